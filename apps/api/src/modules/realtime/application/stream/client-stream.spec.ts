import { jest } from '@jest/globals';
import { type EventEnvelope, systemActor } from '#kernel';
import { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { ClientStream } from './client-stream.js';
import { FakeFrameSink } from './fake-frame-sink.test.js';

const W1 = '0193a000-0000-7000-8000-000000000001';
const W2 = '0193a000-0000-7000-8000-000000000002';

let seq = 0;
function event(aggregateId = W1, type: EventEnvelope['type'] = 'worker.renamed'): EventEnvelope {
  seq += 1;
  return {
    id: `0193a000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    type,
    aggregateType: 'worker',
    aggregateId,
    aggregateVersion: seq,
    occurredAt: new Date(1_750_000_000_000 + seq).toISOString(),
    actor: systemActor('test'),
    data: { from: 'a', to: 'b' } as never,
  };
}

function setup(options: { bufferEvents?: number; filter?: StreamFilter } = {}) {
  const sink = new FakeFrameSink();
  const metrics = new RealtimeMetrics();
  const client = new ClientStream(sink, options.filter ?? StreamFilter.everything, { bufferEvents: options.bufferEvents ?? 3, overflowGraceMs: 1000 }, metrics);
  const closed: string[] = [];
  client.onClose((reason) => closed.push(reason));
  return { sink, metrics, client, closed };
}

const live = (client: ClientStream, e: EventEnvelope) => client.offer(e, `id: ${e.id}\nevent: ${e.type}\ndata: {}\n\n`);

describe('ClientStream: the bounded buffer', () => {
  afterEach(() => jest.useRealTimers());

  it('writes live events straight through while the transport keeps up', () => {
    const { sink, client, metrics } = setup();
    client.goLive();
    const [a, b] = [event(), event()];
    live(client, a);
    live(client, b);
    expect(sink.ids).toEqual([a.id, b.id]);
    expect(client.backlogSize).toBe(0);
    expect(metrics.snapshot().eventsDelivered).toBe(2);
  });

  it('holds frames while the transport is full and sends them in order once it drains', async () => {
    const { sink, client } = setup({ bufferEvents: 5 });
    client.goLive();
    sink.full = true;
    const events = [event(), event(), event(), event()];
    for (const e of events) live(client, e);
    expect(sink.ids).toEqual([events[0].id]);
    expect(client.backlogSize).toBe(3);
    let writable = false;
    const waiting = client.whenWritable().then(() => (writable = true));
    await Promise.resolve();
    expect(writable).toBe(false);
    sink.drain();
    await waiting;
    expect(sink.ids).toEqual(events.map((e) => e.id));
    expect(client.backlogSize).toBe(0);
  });

  it('tells a client that falls more than bufferEvents behind, ends its stream and holds nothing more for it', () => {
    const { sink, client, metrics, closed } = setup({ bufferEvents: 3 });
    client.goLive();
    sink.full = true;
    for (let i = 0; i < 4; i++) live(client, event());
    expect(client.backlogSize).toBe(3);
    expect(client.closed).toBe(false);

    live(client, event());
    expect(client.closed).toBe(true);
    expect(closed).toEqual(['overflow']);
    expect(sink.events.at(-1)).toBe('overflow');
    expect(sink.data('overflow')[0]).toMatchObject({ bufferEvents: 3 });
    expect(sink.ended).toBe(true);
    expect(client.backlogSize).toBe(0);
    expect(metrics.snapshot()).toMatchObject({ overflowDisconnects: 1, peakClientBacklog: 3 });

    const written = sink.chunks.length;
    for (let i = 0; i < 100; i++) live(client, event());
    expect(sink.chunks.length).toBe(written);
    expect(metrics.snapshot().peakClientBacklog).toBe(3);
  });

  it('cuts the connection of an overflowed client that still does not read, after the grace period', () => {
    jest.useFakeTimers();
    const { sink, client } = setup({ bufferEvents: 1 });
    client.goLive();
    sink.full = true;
    for (let i = 0; i < 3; i++) live(client, event());
    expect(client.closed).toBe(true);
    expect(sink.destroyed).toBe(false);
    jest.advanceTimersByTime(1000);
    expect(sink.destroyed).toBe(true);
  });

  it('skips heartbeats while the transport is full', () => {
    const { sink, client } = setup();
    client.goLive();
    client.heartbeat(new Date());
    sink.full = true;
    live(client, event());
    client.heartbeat(new Date());
    client.heartbeat(new Date());
    expect(sink.events.filter((e) => e === 'heartbeat')).toHaveLength(1);
  });

  it('passes only the events its filter wants; control frames always', () => {
    const { sink, client } = setup({ filter: StreamFilter.parse({ workerIds: W1 }).filter });
    client.goLive();
    live(client, event(W2));
    live(client, event(W1));
    client.control('resync', { reason: 'test' });
    expect(sink.events).toEqual(['worker.renamed', 'resync']);
  });

  it('stops writing once the client is gone', () => {
    const { sink, client, closed } = setup();
    client.goLive();
    sink.clientLeft();
    live(client, event());
    client.heartbeat(new Date());
    expect(sink.chunks).toEqual([]);
    expect(closed).toEqual(['client-gone']);
  });
});

describe('ClientStream: the resume hand-over', () => {
  it('holds live events while replaying, then sends those the replay did not, without repeats', () => {
    const { sink, client } = setup({ bufferEvents: 10 });
    const [e1, e2, e3, e4, e5] = [event(), event(), event(), event(), event()];
    // Live events arrive while the log is read: e3 is also in the replay, e4 and e5 are not.
    live(client, e3);
    client.replay(e1);
    live(client, e4);
    client.replay(e2);
    client.replay(e3);
    client.replay(e3);
    live(client, e5);
    expect(sink.ids).toEqual([e1.id, e2.id, e3.id]);

    client.goLive();
    expect(sink.ids).toEqual([e1.id, e2.id, e3.id, e4.id, e5.id]);
    const e6 = event();
    live(client, e6);
    expect(sink.ids.at(-1)).toBe(e6.id);
  });

  it('sends replayed events as full frames: id, type, and the sanitised public shape', () => {
    const { sink, client } = setup();
    const e = { ...event(), data: { from: 'a', to: 'b', secret: 'x' } as never };
    client.replay(e);
    const frame = sink.chunks[0];
    expect(frame).toMatch(new RegExp(`^id: ${e.id}\nevent: worker.renamed\ndata: \\{.*\\}\n\n$`));
    expect(JSON.parse(/^data: (.+)$/m.exec(frame)![1])).toEqual({ id: e.id, type: 'worker.renamed', workerId: W1, at: e.occurredAt, data: { from: 'a', to: 'b' } });
  });

  it('asks the client to resync when more live events arrive during the replay than it may hold', () => {
    const { sink, client } = setup({ bufferEvents: 2 });
    const held = [event(), event(), event()];
    for (const e of held) live(client, e);
    client.goLive();
    expect(sink.events[0]).toBe('resync');
    expect(sink.ids).toEqual([held[2].id]);
  });

  it('never replays what the filter does not want', () => {
    const { sink, client } = setup({ filter: StreamFilter.parse({ types: 'worker.imported' }).filter });
    client.replay(event(W1, 'worker.renamed'));
    client.replay(event(W1, 'worker.imported'));
    expect(sink.events).toEqual(['worker.imported']);
  });
});
