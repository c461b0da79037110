/**
 * The console's connection to GET /api/events/stream (Server-Sent Events).
 *
 * Frames: `event: <domain event type>` with `data: {id,type,workerId,at,data}` (and `id:`), and the
 * control frames `ready`, `heartbeat`, `resync`, `overflow` and `auth.expired`. EventSource needs a
 * listener per event name, hence the list of types the console cares about.
 *
 * Reconnection is ours rather than the browser's: the browser gives up for good after a non-200
 * answer and retries a dropped stream at a fixed pace. We retry with exponential backoff and jitter
 * and resume after the last event seen (`?lastEventId=`), so nothing is missed across a reconnect;
 * the server answers `resync` when too much was missed to replay.
 */

import type { components } from '../api-types';

/**
 * One domain event as a frame carries it: a union on `type`, so `data` is the payload schema the
 * API publishes for that type (generated from the OpenAPI document, like every other API type).
 */
export type LiveEvent = components['schemas']['StreamEventResponse'];

/** The events of one type. */
export type LiveEventOf<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;

export type ControlFrame = 'ready' | 'heartbeat' | 'resync' | 'overflow' | 'auth.expired';
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface StreamState {
  status: StreamStatus;
  /** Failed attempts since the stream was last live. */
  failures: number;
  /** When the next attempt starts (epoch ms), while reconnecting. */
  retryAt?: number;
  /** When the server last said anything (event or heartbeat). */
  lastSeenAt?: number;
}

export interface LiveStreamHandlers {
  onEvent(event: LiveEvent): void;
  onControl?(frame: ControlFrame, data: Record<string, unknown>): void;
  onState?(state: StreamState): void;
}

export interface LiveStreamOptions {
  url?: string;
  /** Event names to listen for: the generated ones, and any the map does not have yet (notifications). */
  eventTypes: readonly (LiveEvent['type'] | (string & {}))[];
  /** First retry delay; doubles per failure up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** The EventSource constructor (tests pass a fake). */
  EventSourceImpl?: typeof EventSource;
  random?: () => number;
}

const CONTROL_FRAMES: readonly ControlFrame[] = ['ready', 'heartbeat', 'resync', 'overflow', 'auth.expired'];

/** Delay before attempt `failures` (1-based): base * 2^(failures-1), capped, plus up to 25 % jitter so clients do not reconnect in step. */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exp + exp * 0.25 * random());
}

const RECENT_IDS = 500;

export class LiveStream {
  private source?: EventSource;
  private timer?: ReturnType<typeof setTimeout>;
  private lastEventId?: string;
  /** Ids of recent events: a resume may repeat an event that committed late, which is shown once. */
  private readonly recent = new Set<string>();
  private state: StreamState = { status: 'closed', failures: 0 };
  private stopped = true;
  private readonly url: string;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly EventSourceImpl: typeof EventSource;
  private readonly random: () => number;

  constructor(
    private readonly handlers: LiveStreamHandlers,
    private readonly options: LiveStreamOptions,
  ) {
    this.url = options.url ?? '/api/events/stream';
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.EventSourceImpl = options.EventSourceImpl ?? EventSource;
    this.random = options.random ?? Math.random;
  }

  get current(): StreamState {
    return this.state;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect('connecting');
  }

  /** Closes the stream for good (sign-out, unmount). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.source?.close();
    this.source = undefined;
    this.setState({ status: 'closed', failures: 0 });
  }

  private setState(patch: Partial<StreamState>): void {
    this.state = { ...this.state, ...patch };
    this.handlers.onState?.(this.state);
  }

  private connect(status: 'connecting' | 'reconnecting'): void {
    if (this.stopped) return;
    const url = this.lastEventId ? `${this.url}${this.url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(this.lastEventId)}` : this.url;
    const source = new this.EventSourceImpl(url, { withCredentials: true });
    this.source = source;
    this.setState({ status, retryAt: undefined });

    const onDomainEvent = (e: MessageEvent<string>) => {
      if (source !== this.source) return;
      let event: LiveEvent;
      try {
        // The wire's JSON becomes the generated type here, once; from here on `type` narrows `data`.
        event = JSON.parse(e.data) as LiveEvent;
      } catch {
        return;
      }
      const id = e.lastEventId || event.id;
      // Ids are time-ordered: resume after the newest seen, not after a late one replayed first.
      if (id && (!this.lastEventId || id > this.lastEventId)) this.lastEventId = id;
      this.seen();
      if (id) {
        if (this.recent.has(id)) return;
        this.recent.add(id);
        if (this.recent.size > RECENT_IDS) this.recent.delete(this.recent.values().next().value as string);
      }
      this.handlers.onEvent(event);
    };
    for (const type of this.options.eventTypes) source.addEventListener(type, onDomainEvent as EventListener);

    for (const frame of CONTROL_FRAMES) {
      source.addEventListener(frame, ((e: MessageEvent<string>) => {
        if (source !== this.source) return;
        let data: Record<string, unknown> = {};
        try {
          data = e.data ? (JSON.parse(e.data) as Record<string, unknown>) : {};
        } catch {
          /* a control frame without JSON still counts */
        }
        this.seen();
        this.handlers.onControl?.(frame, data);
        // The server ends the stream after these: an expired session must not be retried.
        if (frame === 'auth.expired') this.stop();
        else if (frame === 'overflow') this.retry();
      }) as EventListener);
    }

    source.onopen = () => {
      if (source === this.source) this.seen();
    };
    source.onerror = () => {
      if (source !== this.source) return;
      this.retry();
    };
  }

  /** Anything from the server proves the connection works: the backoff starts over. */
  private seen(): void {
    this.setState({ status: 'live', failures: 0, lastSeenAt: Date.now() });
  }

  private retry(): void {
    this.source?.close();
    this.source = undefined;
    if (this.stopped) return;
    clearTimeout(this.timer);
    const failures = this.state.failures + 1;
    const delay = backoffDelay(failures, this.baseDelayMs, this.maxDelayMs, this.random);
    this.setState({ status: 'reconnecting', failures, retryAt: Date.now() + delay });
    this.timer = setTimeout(() => this.connect('reconnecting'), delay);
  }
}
