import { Injectable, Logger } from '@nestjs/common';
import { Clock, uuidv7Time } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import type { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { EventHistory, historyQueryOf } from '../ports/event-history.port.js';
import { RealtimeMetrics } from '../realtime-metrics.js';
import { ClientStream } from './client-stream.js';
import { EventHub } from './event-hub.js';
import type { FrameSink } from './frame-sink.js';
import { retryFrame } from './sse-frames.js';
import { type StreamSlot, StreamSlots } from './stream-slots.js';

// Replay pages are small so a resuming client is fed at the pace it reads, not all at once.
const REPLAY_PAGE = 200;
// setTimeout holds at most 2^31-1 ms (~24.8 days); a later expiry is left to the heartbeat re-check.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface OpenStream {
  filter: StreamFilter;
  /** Resume after this event id (Last-Event-ID). */
  lastEventId?: string;
  /** When the caller's credentials end for sure (a bearer token's `exp`). */
  expiresAt?: Date;
  /** Asked at every heartbeat, without counting as activity; false ends the stream with `auth.expired`. */
  stillAuthorised?: () => Promise<boolean>;
  /** The caller's place among the open streams (`admit`), freed when the stream closes. */
  slot?: StreamSlot;
}

/**
 * Opens live-stream subscriptions: the reconnection hint, the resume from the event log with a
 * gap-free hand-over to live events, heartbeats, and the end of the caller's authorisation.
 */
@Injectable()
export class EventStreamService {
  private readonly logger = new Logger('EventStream');

  constructor(
    private readonly hub: EventHub,
    private readonly history: EventHistory,
    private readonly config: AppConfig,
    private readonly metrics: RealtimeMetrics,
    private readonly clock: Clock,
    private readonly slots: StreamSlots,
  ) {}

  /**
   * Takes a place for one more stream of `holder` before anything is sent, or throws 429
   * `EVENTS.TOO_MANY_STREAMS` naming the limit. Pass it to `open`; release it if `open` is never reached.
   */
  admit(holder: string): StreamSlot {
    return this.slots.take(holder);
  }

  async open(sink: FrameSink, request: OpenStream): Promise<ClientStream> {
    const { clientBufferEvents, overflowGraceMs, retryMs, heartbeatSeconds } = this.config.realtime;
    const client = new ClientStream(sink, request.filter, { bufferEvents: clientBufferEvents, overflowGraceMs }, this.metrics);
    this.metrics.clientConnected();
    client.onClose(() => {
      this.metrics.clientDisconnected();
      request.slot?.release();
    });
    sink.write(retryFrame(retryMs));

    // Attached before the log is read: an event is published on the bus only after it is in the log,
    // so each one is either in what the replay reads or among the live events held meanwhile.
    this.hub.attach(client);
    this.watch(client, request);

    const replayed = request.lastEventId === undefined ? 0 : await this.replay(client, request.lastEventId);
    client.goLive();
    client.control('ready', { resumed: request.lastEventId !== undefined, replayed, heartbeatSeconds });
    return client;
  }

  /**
   * Replays what the client missed: first the events with earlier ids that reached the log after
   * (or just before) the client's last event, which it may not have been sent (they committed late,
   * e.g. on another instance), then everything after its last event. The first part may repeat an
   * event the client already has; clients deduplicate by id. Returns how many were sent.
   */
  private async replay(client: ClientStream, lastEventId: string): Promise<number> {
    const { replayMaxEvents: max, resumeOverlapSeconds } = this.config.realtime;
    const query = historyQueryOf(client.filter);
    try {
      // Every event a client was sent is in the log; one that is not (another deployment's, a restored
      // database, a made-up id) says nothing about what the client has.
      const recordedAt = await this.history.recordedAt(lastEventId);
      if (recordedAt === undefined) {
        client.control('resync', { reason: 'unknown-event', detail: `Event ${lastEventId} is not known here; refetch what you show.` });
        return 0;
      }
      // Entries logged before the log recorded arrival times: the id's own time is the best guess.
      const anchor = recordedAt ? Date.parse(recordedAt) : (uuidv7Time(lastEventId) ?? this.clock.now().getTime());
      const since = new Date(anchor - resumeOverlapSeconds * 1000).toISOString();
      const late = await this.history.recordedLate(lastEventId, since, max + 1, query);
      const missed = late.length + (await this.history.countAfter(lastEventId, max + 1 - late.length, query));
      if (missed > max) {
        client.control('resync', { reason: 'too-many-missed', max, detail: `More than ${max} events happened since ${lastEventId}; refetch what you show.` });
        return 0;
      }
      for (const event of late) client.replay(event);
      let sent = late.length;
      await client.whenWritable();
      const pageSize = Math.max(1, Math.min(REPLAY_PAGE, this.config.realtime.clientBufferEvents));
      let after = lastEventId;
      // Bounded by `max`: what arrives after that is among the held live events.
      while (!client.closed && sent < max) {
        const page = await this.history.after(after, Math.min(pageSize, max - sent), query);
        for (const event of page) client.replay(event);
        sent += page.length;
        if (page.length < pageSize) break;
        after = page[page.length - 1].id;
        await client.whenWritable();
      }
      return sent;
    } catch (err) {
      this.logger.warn(`Resuming a stream from ${lastEventId} failed: ${(err as Error).message}`);
      client.control('resync', { reason: 'history-unavailable', detail: 'The missed events could not be read; refetch what you show.' });
      return 0;
    }
  }

  private watch(client: ClientStream, request: OpenStream): void {
    let checking = false;
    const beat = setInterval(() => {
      client.heartbeat(this.clock.now());
      if (!request.stillAuthorised || checking) return;
      checking = true;
      request
        .stillAuthorised()
        .then((ok) => {
          if (!ok) this.expire(client, 'Your session has ended; sign in again.');
        })
        // Not knowing (the session store is away) is not a reason to cut a client off.
        .catch((err: unknown) => this.logger.warn(`Re-checking a stream's session failed: ${(err as Error).message}`))
        .finally(() => (checking = false));
    }, this.config.realtime.heartbeatSeconds * 1000);
    beat.unref();

    let expiry: NodeJS.Timeout | undefined;
    const ms = request.expiresAt ? request.expiresAt.getTime() - this.clock.now().getTime() : Infinity;
    if (ms <= MAX_TIMER_MS) {
      expiry = setTimeout(() => this.expire(client, 'Your access token has expired; reconnect with a fresh one.'), Math.max(0, ms));
      expiry.unref();
    }
    client.onClose(() => {
      clearInterval(beat);
      if (expiry) clearTimeout(expiry);
    });
  }

  private expire(client: ClientStream, detail: string): void {
    if (client.closed) return;
    this.metrics.increment('authExpiredDisconnects');
    client.close('auth-expired', { name: 'auth.expired', data: { detail } });
  }
}
