import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, type LiveEvent, LiveStream, type StreamState } from './live-stream';

/** Just enough of EventSource to drive the stream by hand. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown, lastEventId = '') {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
  static last() {
    return FakeEventSource.instances.at(-1)!;
  }
}

const event = (id: string): LiveEvent => ({ id, type: 'worker.status-changed', workerId: 'w1', at: '2026-11-25T10:00:00Z', data: { from: 'running', to: 'stopping', trigger: 'user', reason: 'stop requested' } });

describe('the live stream', () => {
  let events: LiveEvent[];
  let states: StreamState[];
  let controls: string[];
  let stream: LiveStream;

  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.instances = [];
    events = [];
    states = [];
    controls = [];
    stream = new LiveStream(
      { onEvent: (e) => events.push(e), onControl: (f) => controls.push(f), onState: (s) => states.push(s) },
      { eventTypes: ['worker.status-changed'], EventSourceImpl: FakeEventSource as unknown as typeof EventSource, random: () => 0 },
    );
  });
  afterEach(() => {
    stream.stop();
    vi.useRealTimers();
  });

  it('connects with credentials and delivers domain events', () => {
    stream.start();
    const es = FakeEventSource.last();
    expect(es.url).toBe('/api/events/stream');
    expect(es.init).toEqual({ withCredentials: true });
    es.emit('ready', {});
    es.emit('worker.status-changed', event('e1'), 'e1');
    expect(events.map((e) => e.id)).toEqual(['e1']);
    expect(stream.current.status).toBe('live');
  });

  it('reconnects with exponential backoff after failures and resumes after the last event seen', () => {
    stream.start();
    FakeEventSource.last().emit('worker.status-changed', event('e7'), 'e7');
    FakeEventSource.last().onerror!();
    expect(stream.current).toMatchObject({ status: 'reconnecting', failures: 1 });
    expect(FakeEventSource.instances[0].closed).toBe(true);

    vi.advanceTimersByTime(999);
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.last().url).toBe('/api/events/stream?lastEventId=e7');

    FakeEventSource.last().onerror!();
    vi.advanceTimersByTime(1_999);
    expect(FakeEventSource.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeEventSource.instances).toHaveLength(3);

    // Back in business: the next failure starts from the first delay again.
    FakeEventSource.last().emit('heartbeat', {});
    expect(stream.current).toMatchObject({ status: 'live', failures: 0 });
    FakeEventSource.last().onerror!();
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.instances).toHaveLength(4);
  });

  it('shows an event repeated by a resume once, and resumes after the newest event seen', () => {
    stream.start();
    FakeEventSource.last().emit('worker.status-changed', event('e5'), 'e5');
    FakeEventSource.last().emit('worker.status-changed', event('e8'), 'e8');
    FakeEventSource.last().onerror!();
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.last().url).toBe('/api/events/stream?lastEventId=e8');
    // The server replays a late event (earlier id) and one the client already had.
    FakeEventSource.last().emit('worker.status-changed', event('e6'), 'e6');
    FakeEventSource.last().emit('worker.status-changed', event('e5'), 'e5');
    FakeEventSource.last().emit('worker.status-changed', event('e9'), 'e9');
    expect(events.map((e) => e.id)).toEqual(['e5', 'e8', 'e6', 'e9']);
    FakeEventSource.last().onerror!();
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.last().url).toBe('/api/events/stream?lastEventId=e9');
  });

  it('stops for good when the server says the session expired', () => {
    stream.start();
    FakeEventSource.last().emit('auth.expired', {});
    expect(controls).toEqual(['auth.expired']);
    expect(stream.current.status).toBe('closed');
    vi.advanceTimersByTime(60_000);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('passes resync on and reconnects after an overflow', () => {
    stream.start();
    FakeEventSource.last().emit('resync', {});
    FakeEventSource.last().emit('overflow', {});
    expect(controls).toEqual(['resync', 'overflow']);
    vi.advanceTimersByTime(1_000);
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('ignores a stream it has already replaced', () => {
    stream.start();
    const first = FakeEventSource.last();
    first.onerror!();
    vi.advanceTimersByTime(1_000);
    first.emit('worker.status-changed', event('late'));
    expect(events).toEqual([]);
    expect(states.at(-1)?.status).toBe('reconnecting');
  });
});

describe('backoffDelay', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [5, 16_000],
    [6, 30_000],
    [12, 30_000],
  ])('waits %i failures -> %i ms (no jitter)', (failures, ms) => {
    expect(backoffDelay(failures, 1_000, 30_000, () => 0)).toBe(ms);
  });

  it('adds at most a quarter of jitter', () => {
    expect(backoffDelay(3, 1_000, 30_000, () => 1)).toBe(5_000);
  });
});
