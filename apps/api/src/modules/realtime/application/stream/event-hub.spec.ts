import { type EventEnvelope, systemActor, uuidv7 } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { EventHistory } from '../ports/event-history.port.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { ClientStream } from './client-stream.js';
import { EventHub } from './event-hub.js';
import { FakeFrameSink } from './fake-frame-sink.test.js';

function event(at = Date.now()): EventEnvelope {
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

class ListHistory extends EventHistory {
  constructor(public events: EventEnvelope[] = []) {
    super();
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

const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', SSE_REPLAY_MAX_EVENTS: '3' });

function liveClient(hub: EventHub): FakeFrameSink {
  const sink = new FakeFrameSink();
  const client = new ClientStream(sink, StreamFilter.everything, { bufferEvents: 10, overflowGraceMs: 0 }, new RealtimeMetrics());
  client.goLive();
  hub.attach(client);
  return sink;
}

describe('EventHub', () => {
  it('delivers each event once to every client, however often it arrives (local bus, Redis, relay repeats)', () => {
    const hub = new EventHub(new ListHistory(), config);
    const [a, b] = [liveClient(hub), liveClient(hub)];
    const e = event();
    expect(hub.receive(e)).toBe(true);
    expect(hub.receive({ ...e })).toBe(false);
    expect(a.ids).toEqual([e.id]);
    expect(b.ids).toEqual([e.id]);
  });

  it('tells its listeners about new events only', () => {
    const hub = new EventHub(new ListHistory(), config);
    const heard: string[] = [];
    const stop = hub.onEvent((e) => heard.push(e.id));
    const e = event();
    hub.receive(e);
    hub.receive(e);
    stop();
    hub.receive(event());
    expect(heard).toEqual([e.id]);
  });

  it('after a fan-out outage, delivers from the log what it missed, and nothing twice', async () => {
    const lostAt = Date.now() - 5000;
    const delivered = event(lostAt + 100);
    const missed = [event(lostAt + 200), event(lostAt + 300)];
    const hub = new EventHub(new ListHistory([delivered, ...missed]), config);
    const sink = liveClient(hub);
    hub.receive(delivered);
    await hub.recover(lostAt);
    expect(sink.ids).toEqual([delivered.id, ...missed.map((e) => e.id)]);
  });

  it('asks clients to resync when the outage hid more than it may replay', async () => {
    const lostAt = Date.now() - 5000;
    const hub = new EventHub(new ListHistory(Array.from({ length: 4 }, (_, i) => event(lostAt + i))), config);
    const sink = liveClient(hub);
    await hub.recover(lostAt);
    expect(sink.events).toEqual(['resync']);
    expect(sink.data('resync')[0]).toMatchObject({ reason: 'fan-out-interrupted' });
  });
});
