import type { EventEnvelope } from '#kernel';
import { toStreamEvent } from '../../domain/stream-event.js';
import type { StreamFilter } from '../../domain/stream-filter.value-object.js';
import type { RealtimeMetrics } from '../realtime-metrics.js';
import type { FrameSink } from './frame-sink.js';
import { type ControlEvent, controlFrame, eventFrame } from './sse-frames.js';

export interface ClientStreamOptions {
  /** Most frames held for a client whose transport is full; one more and it is disconnected. */
  bufferEvents: number;
  /** How long a client told about its overflow may still read before the connection is cut. */
  overflowGraceMs: number;
}

export type CloseReason = 'client-gone' | 'overflow' | 'auth-expired' | 'shutdown';

interface Pending {
  frame: string;
  kind: 'live' | 'replay' | 'control';
}

/**
 * One subscriber of the live stream. It starts in hand-over: live events are held while the
 * missed ones are replayed from the event log, then the held ones not already replayed follow,
 * so the client sees no gap and no repeat. Then it is live.
 *
 * Memory is bounded: frames wait only while the transport is full (`write` returned false), at
 * most `bufferEvents` of them; a client that falls further behind is told (`overflow`) and cut off.
 */
export class ClientStream {
  private state: 'handover' | 'live' | 'closed' = 'handover';
  private held: { id: string; frame: string }[] = [];
  private heldOverflowed = false;
  private readonly replayed = new Set<string>();
  private backlog: Pending[] = [];
  private blocked = false;
  private waiters: (() => void)[] = [];
  private readonly closeListeners: ((reason: CloseReason) => void)[] = [];
  private cutOff?: NodeJS.Timeout;

  constructor(
    private readonly sink: FrameSink,
    readonly filter: StreamFilter,
    private readonly options: ClientStreamOptions,
    private readonly metrics: RealtimeMetrics,
  ) {
    sink.onDrain(() => this.flush());
    sink.onClose(() => {
      if (this.cutOff) clearTimeout(this.cutOff);
      this.close('client-gone');
    });
  }

  get closed(): boolean {
    return this.state === 'closed';
  }

  /** Frames waiting for the transport (for tests and metrics). */
  get backlogSize(): number {
    return this.backlog.length;
  }

  onClose(listener: (reason: CloseReason) => void): void {
    this.closeListeners.push(listener);
  }

  wants(event: EventEnvelope): boolean {
    return this.state !== 'closed' && this.filter.matches(event);
  }

  /** A live event, already deduplicated across the process; `frame` is made once for every client. */
  offer(event: EventEnvelope, frame: string): void {
    if (!this.wants(event)) return;
    if (this.state === 'handover') {
      if (this.held.length >= this.options.bufferEvents) {
        // The resume takes too long for what arrives meanwhile: the client will refetch instead.
        this.held = [];
        this.heldOverflowed = true;
      }
      this.held.push({ id: event.id, frame });
      return;
    }
    this.send({ frame, kind: 'live' });
  }

  /** An event read back from the log while resuming. */
  replay(event: EventEnvelope): void {
    if (this.state !== 'handover' || !this.filter.matches(event) || this.replayed.has(event.id)) return;
    this.replayed.add(event.id);
    this.send({ frame: eventFrame(toStreamEvent(event)), kind: 'replay' });
  }

  /** Ends the hand-over: the live events held meanwhile follow, minus those the replay already sent. */
  goLive(): void {
    if (this.state !== 'handover') return;
    const held = this.held;
    this.held = [];
    this.state = 'live';
    if (this.heldOverflowed) this.control('resync', { reason: 'too-many-events-while-resuming', detail: 'Events were missed while catching up; refetch what you show.' });
    for (const h of held) if (!this.replayed.has(h.id)) this.send({ frame: h.frame, kind: 'live' });
    this.replayed.clear();
  }

  control(name: ControlEvent, data: Record<string, unknown>): void {
    if (this.state === 'closed') return;
    if (name === 'resync') this.metrics.increment('resyncsSent');
    this.send({ frame: controlFrame(name, data), kind: 'control' });
  }

  /** Skipped while the transport is full: a client that is behind needs no keep-alive. */
  heartbeat(at: Date): void {
    if (this.state === 'closed' || this.blocked || this.backlog.length > 0) return;
    this.write({ frame: controlFrame('heartbeat', { at: at.toISOString() }), kind: 'control' });
  }

  /** Resolves once everything sent so far has been handed to the transport (or the stream closed). */
  whenWritable(): Promise<void> {
    if (this.state === 'closed' || (!this.blocked && this.backlog.length === 0)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Ends the stream, with a last control frame if the transport still takes one. */
  close(reason: CloseReason, last?: { name: ControlEvent; data: Record<string, unknown> }): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.backlog = [];
    this.held = [];
    this.replayed.clear();
    if (reason !== 'client-gone' && this.sink.writable) {
      if (last) this.sink.write(controlFrame(last.name, last.data));
      this.sink.end();
      // A client that does not read would keep the socket, and what it buffers, forever.
      if (this.blocked) {
        this.cutOff = setTimeout(() => this.sink.destroy(), this.options.overflowGraceMs);
        this.cutOff.unref();
      }
    }
    this.releaseWaiters();
    for (const listener of this.closeListeners) listener(reason);
  }

  private send(item: Pending): void {
    if (this.state === 'closed') return;
    if (this.blocked || this.backlog.length > 0) {
      if (this.backlog.length >= this.options.bufferEvents) {
        this.overflow();
        return;
      }
      this.backlog.push(item);
      this.metrics.backlog(this.backlog.length);
      return;
    }
    this.write(item);
  }

  private write(item: Pending): void {
    const accepted = this.sink.write(item.frame);
    if (item.kind !== 'control') {
      this.metrics.increment('eventsDelivered');
      if (item.kind === 'replay') this.metrics.increment('eventsReplayed');
    }
    if (!accepted) this.blocked = true;
  }

  private flush(): void {
    if (this.state === 'closed') return;
    this.blocked = false;
    while (this.backlog.length > 0 && !this.blocked) this.write(this.backlog.shift()!);
    if (!this.blocked) this.releaseWaiters();
  }

  private overflow(): void {
    this.metrics.increment('overflowDisconnects');
    this.close('overflow', {
      name: 'overflow',
      data: { bufferEvents: this.options.bufferEvents, detail: 'You fell too far behind the live events and were disconnected; reconnect and refetch what you show.' },
    });
  }

  private releaseWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
