import { Logger } from '@nestjs/common';
import { Clock, type EventEnvelope, systemActor, uuidv7 } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { MemoryKeyValueStore } from '../../../../platform/kv/memory-key-value.store.js';
import { CloudEventSink, type SinkOutcome } from '../ports/cloud-event-sink.port.js';
import { type DeliveryCursor, DeliveryLedger } from '../ports/delivery-ledger.port.js';
import { EventHistory } from '../ports/event-history.port.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { EventHub } from '../stream/event-hub.js';
import { CloudEventPublisher } from './cloud-event-publisher.js';
import { InstanceIdentity } from '../instance-identity.js';

// The warnings these failures log are expected here.
beforeAll(() => Logger.overrideLogger(false));

function event(at: number): EventEnvelope {
  return {
    id: uuidv7(at),
    type: 'worker.renamed',
    aggregateType: 'worker',
    aggregateId: '0193a000-0000-7000-8000-000000000001',
    aggregateVersion: 1,
    occurredAt: new Date(at).toISOString(),
    actor: systemActor('test'),
    data: { from: 'a', to: 'b' },
  };
}

class SortedHistory extends EventHistory {
  events: EventEnvelope[] = [];
  add(...events: EventEnvelope[]): void {
    this.events.push(...events);
    this.events.sort((a, b) => a.id.localeCompare(b.id));
  }
  async after(afterId: string | undefined, limit: number): Promise<EventEnvelope[]> {
    return this.events.filter((e) => !afterId || e.id > afterId).slice(0, limit);
  }
  async countAfter(afterId: string | undefined, max: number): Promise<number> {
    return Math.min(max, (await this.after(afterId, max)).length);
  }
  async latest(limit: number): Promise<EventEnvelope[]> {
    return [...this.events].reverse().slice(0, limit);
  }
  async recordedAt(id: string): Promise<string | undefined> {
    return this.events.some((e) => e.id === id) ? new Date(0).toISOString() : undefined;
  }
  async recordedLate(): Promise<EventEnvelope[]> {
    return [];
  }
}

class MemoryLedger extends DeliveryLedger {
  doc?: DeliveryCursor & { sink: string };
  readonly records = new Set<string>();
  async cursor(sink: string): Promise<DeliveryCursor | undefined> {
    return this.doc?.sink === sink ? { position: this.doc.position, origin: this.doc.origin } : undefined;
  }
  async begin(sink: string, position: string): Promise<void> {
    this.records.clear();
    this.doc = { sink, position, origin: position };
  }
  async delivered(sink: string, eventId: string): Promise<void> {
    this.records.add(eventId);
    if (this.doc?.sink === sink && eventId > this.doc.position) this.doc.position = eventId;
  }
  async deliveredAmong(ids: string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.records.has(id)));
  }
  async forget(beforeId: string): Promise<void> {
    for (const id of this.records) if (id < beforeId) this.records.delete(id);
  }
}

/** Answers from a script of outcomes, then "delivered"; records every attempt. */
class ScriptedSink extends CloudEventSink {
  readonly attempts: string[] = [];
  readonly delivered: string[] = [];
  script: SinkOutcome[] = [];
  down = false;
  async send(event: EventEnvelope): Promise<SinkOutcome> {
    this.attempts.push(event.id);
    const outcome: SinkOutcome = this.down ? { delivered: false, retry: true, reason: 'HTTP 503' } : (this.script.shift() ?? { delivered: true });
    if (outcome.delivered) this.delivered.push(event.id);
    return outcome;
  }
}

// After the moment a new sink starts at (now), so these events come after its cursor.
const T0 = Date.now() + 60_000;

function setup(shared?: { history: SortedHistory; ledger: MemoryLedger; store: MemoryKeyValueStore; sink: ScriptedSink }) {
  const config = loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/x',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x',
    CLOUD_EVENT_SINK: 'http://127.0.0.1:1/sink',
    CLOUD_EVENT_MAX_ATTEMPTS: '3',
    CLOUD_EVENT_BACKOFF_MS: '0',
    CLOUD_EVENT_POLL_SECONDS: '3600',
    CLOUD_EVENT_LATE_WINDOW_SECONDS: '60',
  });
  const history = shared?.history ?? new SortedHistory();
  const ledger = shared?.ledger ?? new MemoryLedger();
  const store = shared?.store ?? new MemoryKeyValueStore();
  const sink = shared?.sink ?? new ScriptedSink();
  const metrics = new RealtimeMetrics();
  const hub = new EventHub(history, config);
  const clock = new (class extends Clock {
    now() {
      return new Date();
    }
  })();
  const publisher = new CloudEventPublisher(config, history, sink, ledger, store, hub, metrics, new InstanceIdentity(), clock);
  const round = async (lookBack = false) => {
    publisher.kick(lookBack);
    await publisher.idle();
  };
  return { history, ledger, store, sink, metrics, hub, publisher, round };
}

describe('CloudEventPublisher', () => {
  const running: CloudEventPublisher[] = [];
  const start = (p: CloudEventPublisher) => {
    running.push(p);
    p.onApplicationBootstrap();
    return p.idle();
  };
  afterEach(async () => {
    for (const p of running.splice(0)) await p.beforeApplicationShutdown();
  });

  it('starts a new sink after the newest event, then publishes what follows in order', async () => {
    const s = setup();
    const old = event(T0);
    s.history.add(old);
    await start(s.publisher);
    expect(s.ledger.doc?.position).toBe(old.id);
    const next = [event(T0 + 1), event(T0 + 2)];
    s.history.add(...next);
    await s.round();
    expect(s.sink.delivered).toEqual(next.map((e) => e.id));
    expect(s.ledger.doc?.position).toBe(next[1].id);
    expect(s.metrics.snapshot().cloudEventsDelivered).toBe(2);
  });

  it('wakes up when the hub sees a new event', async () => {
    const s = setup();
    await start(s.publisher);
    const e = event(Date.now());
    s.history.add(e);
    s.hub.receive(e);
    await s.publisher.idle();
    expect(s.sink.delivered).toEqual([e.id]);
  });

  it('retries an event, and moves the cursor past it only once the sink took it', async () => {
    const s = setup();
    await start(s.publisher);
    const [a, b] = [event(T0 + 10), event(T0 + 11)];
    s.history.add(a, b);
    s.sink.script = [{ delivered: false, retry: true, reason: 'HTTP 503' }, { delivered: false, retry: true, reason: 'timeout' }];
    await s.round();
    expect(s.sink.attempts).toEqual([a.id, a.id, a.id, b.id]);
    expect(s.sink.delivered).toEqual([a.id, b.id]);
    expect(s.metrics.snapshot()).toMatchObject({ cloudEventsFailed: 2, cloudEventsDelivered: 2 });
  });

  it('stops a round at an event the sink keeps failing, and picks it up again in a later round', async () => {
    const s = setup();
    await start(s.publisher);
    const position = s.ledger.doc!.position;
    const [a, b] = [event(T0 + 20), event(T0 + 21)];
    s.history.add(a, b);
    s.sink.down = true;
    await s.round();
    expect(s.sink.attempts).toEqual([a.id, a.id, a.id]);
    expect(s.ledger.doc?.position).toBe(position);
    s.sink.down = false;
    await s.round();
    expect(s.sink.delivered).toEqual([a.id, b.id]);
  });

  it('counts the events the sink has not taken yet, capped, and none once it took them', async () => {
    const s = setup();
    expect(await s.publisher.pending(10)).toBe(0);
    await start(s.publisher);
    s.history.add(event(T0 + 25), event(T0 + 26), event(T0 + 27));
    s.sink.down = true;
    await s.round();
    expect(await s.publisher.pending(10)).toBe(3);
    expect(await s.publisher.pending(2)).toBe(2);
    s.sink.down = false;
    await s.round();
    expect(await s.publisher.pending(10)).toBe(0);
  });

  it('passes over an event the sink refuses for good, and says so', async () => {
    const s = setup();
    await start(s.publisher);
    const [a, b] = [event(T0 + 30), event(T0 + 31)];
    s.history.add(a, b);
    s.sink.script = [{ delivered: false, retry: false, reason: 'HTTP 400' }];
    await s.round();
    expect(s.sink.attempts).toEqual([a.id, b.id]);
    expect(s.metrics.snapshot()).toMatchObject({ cloudEventsRejected: 1, cloudEventsDelivered: 1 });
    expect(s.ledger.doc?.position).toBe(b.id);
  });

  it('resumes from the stored cursor after a restart: nothing lost, nothing sent twice', async () => {
    const first = setup();
    await start(first.publisher);
    const [a, b, c] = [event(T0 + 40), event(T0 + 41), event(T0 + 42)];
    first.history.add(a);
    await first.round();
    first.sink.down = true;
    first.history.add(b, c);
    await first.round();
    await first.publisher.beforeApplicationShutdown();

    first.sink.down = false;
    const second = setup({ history: first.history, ledger: first.ledger, store: first.store, sink: first.sink });
    await start(second.publisher);
    expect(first.sink.delivered).toEqual([a.id, b.id, c.id]);
  });

  it('leaves publishing to the instance that holds the lease', async () => {
    const a = setup();
    await start(a.publisher);
    const b = setup({ history: a.history, ledger: a.ledger, store: a.store, sink: new ScriptedSink() });
    await start(b.publisher);
    const e = event(T0 + 50);
    a.history.add(e);
    await b.round(true);
    expect(b.sink.attempts).toEqual([]);
    await a.round();
    expect(a.sink.delivered).toEqual([e.id]);
  });

  it('publishes an event that reached the log after later ones, once, and never one from before the sink started', async () => {
    const s = setup();
    const beforeStart = event(Date.now() - 10_000);
    s.history.add(beforeStart, event(Date.now() - 9_000));
    await start(s.publisher);
    const t = Date.now();
    const [early, later] = [event(t + 1), event(t + 2)];
    s.history.add(later);
    await s.round(true);
    // `early` was made first but is written to the log only now, behind the cursor.
    s.history.add(early);
    await s.round();
    expect(s.sink.delivered).toEqual([later.id]);
    await s.round(true);
    await s.round(true);
    expect(s.sink.delivered).toEqual([later.id, early.id]);
    expect(s.sink.attempts).not.toContain(beforeStart.id);
  });
});
