import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Clock, type EventEnvelope, systemActor } from '#kernel';
import { loadConfig } from '../../../../config/app-config.js';
import { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { EventHistory, type HistoryQuery } from '../ports/event-history.port.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { EventHub } from './event-hub.js';
import { EventStreamService, type OpenStream } from './event-stream.service.js';
import { StreamSlots } from './stream-slots.js';
import { FakeFrameSink } from './fake-frame-sink.test.js';

// The warnings these failures log are expected here.
beforeAll(() => Logger.overrideLogger(false));

const W1 = '0193a000-0000-7000-8000-000000000001';

let seq = 0;
function event(type: EventEnvelope['type'] = 'worker.renamed'): EventEnvelope {
  seq += 1;
  return {
    id: `0193a000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    type,
    aggregateType: 'worker',
    aggregateId: W1,
    aggregateVersion: seq,
    occurredAt: new Date(1_750_000_000_000 + seq).toISOString(),
    actor: systemActor('test'),
    data: { from: 'a', to: String(seq) } as never,
  };
}

/** The log in memory; `duringRead` runs inside each read, the moment live events can slip in. */
class MemoryHistory extends EventHistory {
  readonly events: EventEnvelope[] = [];
  duringRead?: () => void;
  failing = false;
  reads = 0;

  private select(afterId: string | undefined, query: HistoryQuery = {}): EventEnvelope[] {
    return this.events.filter((e) => (!afterId || e.id > afterId) && (!query.types || query.types.includes(e.type)));
  }

  async after(afterId: string | undefined, limit: number, query?: HistoryQuery): Promise<EventEnvelope[]> {
    this.reads += 1;
    if (this.failing) throw new Error('MongoDB is away');
    const page = this.select(afterId, query).slice(0, limit);
    this.duringRead?.();
    return page;
  }

  async countAfter(afterId: string | undefined, max: number, query?: HistoryQuery): Promise<number> {
    if (this.failing) throw new Error('MongoDB is away');
    return Math.min(max, this.select(afterId, query).length);
  }

  async latest(limit: number): Promise<EventEnvelope[]> {
    return [...this.events].reverse().slice(0, limit);
  }

  /** Events reach this log in array order, a minute apart (ids need not be in that order). */
  private arrival(index: number): string {
    return new Date(1_750_000_000_000 + index * 60_000).toISOString();
  }

  async recordedAt(id: string): Promise<string | undefined> {
    if (this.failing) throw new Error('MongoDB is away');
    const index = this.events.findIndex((e) => e.id === id);
    return index < 0 ? undefined : this.arrival(index);
  }

  async recordedLate(beforeId: string, since: string, limit: number, query?: HistoryQuery): Promise<EventEnvelope[]> {
    return this.select(undefined, query)
      .filter((e) => e.id < beforeId && this.arrival(this.events.indexOf(e)) >= since)
      .sort((a, b) => a.id.localeCompare(b.id))
      .slice(0, limit);
  }
}

class FixedClock extends Clock {
  at = new Date('2026-01-01T00:00:00Z');
  now(): Date {
    return this.at;
  }
}

function setup(env: Record<string, string> = {}) {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', SSE_REPLAY_MAX_EVENTS: '5', SSE_HEARTBEAT_SECONDS: '20', ...env });
  const history = new MemoryHistory();
  const metrics = new RealtimeMetrics();
  const hub = new EventHub(history, config);
  const clock = new FixedClock();
  const slots = new StreamSlots(config, metrics);
  const service = new EventStreamService(hub, history, config, metrics, clock, slots);
  const sink = new FakeFrameSink();
  const open = (request: Partial<OpenStream> = {}) => service.open(sink, { filter: StreamFilter.everything, ...request });
  return { history, hub, sink, open, metrics, clock, service, slots };
}

describe('EventStreamService: resuming from Last-Event-ID', () => {
  afterEach(() => jest.useRealTimers());

  it('starts with the retry hint, then ready; nothing is replayed without Last-Event-ID', async () => {
    const { sink, open, history } = setup();
    history.events.push(event());
    await open();
    expect(sink.events).toEqual(['retry', 'ready']);
    expect(sink.chunks[0]).toBe('retry: 3000\n\n');
    expect(sink.data('ready')[0]).toEqual({ resumed: false, replayed: 0, heartbeatSeconds: 20 });
  });

  it('replays exactly the missed events in order, then the live ones that arrived meanwhile, each once', async () => {
    const { history, hub, sink, open } = setup();
    const [seen, m1, m2] = [event(), event(), event()];
    history.events.push(seen, m1, m2);
    const [late, fresh] = [event(), event()];
    history.duringRead = () => {
      history.duringRead = undefined;
      // While the log is read: a repeat of a replayed event, one new event (logged, then published).
      hub.receive(m2);
      history.events.push(late);
      hub.receive(late);
      hub.receive(fresh);
    };
    await open({ lastEventId: seen.id });
    expect(sink.ids).toEqual([m1.id, m2.id, late.id, fresh.id]);
    expect(sink.events.slice(-1)).toEqual(['ready']);
    expect(sink.data('ready')[0]).toMatchObject({ resumed: true, replayed: 2 });

    const next = event();
    hub.receive(next);
    hub.receive(next);
    expect(sink.ids).toEqual([m1.id, m2.id, late.id, fresh.id, next.id]);
  });

  it("replays an event that reached the log after the client's last event although its id is earlier", async () => {
    const { history, sink, open } = setup();
    const [slow, fast, next] = [event(), event(), event()];
    // `slow` was raised first but committed after `fast`, which the client saw before it went away.
    history.events.push(fast, slow, next);
    await open({ lastEventId: fast.id });
    expect(sink.ids).toEqual([slow.id, next.id]);
    expect(sink.data('ready')[0]).toMatchObject({ resumed: true, replayed: 2 });
  });

  it('counts late events against the replay cap', async () => {
    const { history, sink, open } = setup({ SSE_REPLAY_MAX_EVENTS: '2' });
    const [a, b, c, last] = [event(), event(), event(), event()];
    history.events.push(last, a, b, c);
    await open({ lastEventId: last.id });
    expect(sink.events).toEqual(['retry', 'resync', 'ready']);
  });

  it('pages through a long replay at the pace the client reads', async () => {
    const { history, sink, open } = setup({ SSE_REPLAY_MAX_EVENTS: '100', SSE_CLIENT_BUFFER_EVENTS: '4' });
    const first = event();
    const missed = Array.from({ length: 10 }, () => event());
    history.events.push(first, ...missed);
    sink.full = true;
    const opening = open({ lastEventId: first.id });
    await new Promise((r) => setTimeout(r, 10));
    // One page of four, then it waits for the reader.
    expect(sink.ids).toHaveLength(1);
    expect(history.reads).toBe(1);
    for (let i = 0; i < 5 && sink.ids.length < missed.length; i++) {
      sink.drain();
      sink.full = true;
      await new Promise((r) => setTimeout(r, 5));
    }
    sink.drain();
    await opening;
    expect(sink.ids).toEqual(missed.map((e) => e.id));
  });

  it('asks a client that missed more than SSE_REPLAY_MAX_EVENTS to resync instead of replaying', async () => {
    const { history, sink, open, metrics } = setup();
    const first = event();
    history.events.push(first, ...Array.from({ length: 6 }, () => event()));
    await open({ lastEventId: first.id });
    expect(sink.events).toEqual(['retry', 'resync', 'ready']);
    expect(sink.data('resync')[0]).toMatchObject({ reason: 'too-many-missed', max: 5 });
    expect(metrics.snapshot().resyncsSent).toBe(1);
  });

  it('asks for a resync when Last-Event-ID names no event of the log', async () => {
    const { history, sink, open } = setup();
    history.events.push(event(), event());
    await open({ lastEventId: '00000000-0000-7000-8000-000000000000' });
    expect(sink.events).toEqual(['retry', 'resync', 'ready']);
    expect(sink.data('resync')[0]).toMatchObject({ reason: 'unknown-event' });
  });

  it('counts only what the filter wants against the cap', async () => {
    const { history, sink, open } = setup();
    const first = event();
    const imported = event('worker.imported');
    history.events.push(first, ...Array.from({ length: 6 }, () => event()), imported);
    await open({ lastEventId: first.id, filter: StreamFilter.parse({ types: 'worker.imported' }).filter });
    expect(sink.ids).toEqual([imported.id]);
  });

  it('asks for a resync when the log cannot be read, and still goes live', async () => {
    const { history, hub, sink, open } = setup();
    history.failing = true;
    await open({ lastEventId: event().id });
    expect(sink.events).toEqual(['retry', 'resync', 'ready']);
    const next = event();
    hub.receive(next);
    expect(sink.ids).toEqual([next.id]);
  });
});

describe('EventStreamService: heartbeats and the end of authorisation', () => {
  afterEach(() => jest.useRealTimers());

  it('sends a heartbeat every SSE_HEARTBEAT_SECONDS', async () => {
    jest.useFakeTimers();
    const { sink, open } = setup({ SSE_HEARTBEAT_SECONDS: '2' });
    await open();
    jest.advanceTimersByTime(6000);
    expect(sink.events.filter((e) => e === 'heartbeat')).toHaveLength(3);
  });

  it('closes with auth.expired when the re-check at a heartbeat says the session ended', async () => {
    jest.useFakeTimers();
    const { sink, open, metrics } = setup({ SSE_HEARTBEAT_SECONDS: '1' });
    let allowed = true;
    const client = await open({ stillAuthorised: async () => allowed });
    await jest.advanceTimersByTimeAsync(2000);
    expect(client.closed).toBe(false);
    allowed = false;
    await jest.advanceTimersByTimeAsync(1000);
    expect(client.closed).toBe(true);
    expect(sink.events.at(-1)).toBe('auth.expired');
    expect(sink.ended).toBe(true);
    expect(metrics.snapshot().authExpiredDisconnects).toBe(1);
  });

  it('keeps the stream when the re-check fails for want of an answer', async () => {
    jest.useFakeTimers();
    const { open } = setup({ SSE_HEARTBEAT_SECONDS: '1' });
    const client = await open({ stillAuthorised: async () => Promise.reject(new Error('Redis is away')) });
    await jest.advanceTimersByTimeAsync(3000);
    expect(client.closed).toBe(false);
  });

  it('closes with auth.expired the moment a bearer token expires', async () => {
    jest.useFakeTimers();
    const { sink, open, clock } = setup();
    const client = await open({ expiresAt: new Date(clock.at.getTime() + 3000) });
    jest.advanceTimersByTime(2999);
    expect(client.closed).toBe(false);
    jest.advanceTimersByTime(1);
    expect(client.closed).toBe(true);
    expect(sink.data('auth.expired')[0].detail).toContain('token has expired');
  });

  it('stops its timers and forgets the client when it leaves', async () => {
    jest.useFakeTimers();
    const { sink, open, hub, metrics } = setup({ SSE_HEARTBEAT_SECONDS: '1' });
    await open({ expiresAt: new Date(Date.now() + 60_000) });
    expect(hub.clientCount).toBe(1);
    expect(metrics.snapshot().clientsConnected).toBe(1);
    sink.clientLeft();
    expect(hub.clientCount).toBe(0);
    expect(metrics.snapshot().clientsConnected).toBe(0);
    const written = sink.chunks.length;
    jest.advanceTimersByTime(120_000);
    expect(sink.chunks.length).toBe(written);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('frees the caller’s stream slot when the client leaves, and when the server ends the stream', async () => {
    jest.useFakeTimers();
    const { sink, open, service, slots, clock } = setup({ SSE_MAX_STREAMS_PER_IDENTITY: '1' });
    await open({ slot: service.admit('user:u1') });
    expect(() => service.admit('user:u1')).toThrow(expect.objectContaining({ code: 'EVENTS.TOO_MANY_STREAMS' }));
    sink.clientLeft();
    expect(slots.count('user:u1')).toBe(0);

    const next = new FakeFrameSink();
    const client = await service.open(next, { filter: StreamFilter.everything, slot: service.admit('user:u1'), expiresAt: new Date(clock.at.getTime() + 1_000) });
    expect(slots.count()).toBe(1);
    jest.advanceTimersByTime(1_000);
    expect(client.closed).toBe(true);
    expect(slots.count()).toBe(0);
  });
});
