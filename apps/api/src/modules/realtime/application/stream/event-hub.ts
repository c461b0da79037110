import { Injectable, Logger } from '@nestjs/common';
import { type EventEnvelope, uuidv7Floor } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { toStreamEvent } from '../../domain/stream-event.js';
import { EventHistory } from '../ports/event-history.port.js';
import type { ClientStream, CloseReason } from './client-stream.js';
import { type ControlEvent, eventFrame } from './sse-frames.js';
import { RecentIds } from './recent-ids.js';

// Enough to cover an outbox sweep repeating an event many seconds later on a busy deployment.
const REMEMBERED_IDS = 20_000;
// Events can reach the log a little after later ones (concurrent writers): look back this much further.
const RECOVERY_MARGIN_MS = 30_000;

/**
 * This instance's live-stream clients. Every event reaches it once or more (the local event bus,
 * Redis from other instances, repeats of the at-least-once relay); each is delivered once.
 */
@Injectable()
export class EventHub {
  private readonly logger = new Logger('EventHub');
  private readonly clients = new Set<ClientStream>();
  private readonly seen = new RecentIds(REMEMBERED_IDS);
  private readonly listeners = new Set<(event: EventEnvelope) => void>();

  constructor(
    private readonly history: EventHistory,
    private readonly config: AppConfig,
  ) {}

  get clientCount(): number {
    return this.clients.size;
  }

  attach(client: ClientStream): void {
    this.clients.add(client);
    client.onClose(() => this.clients.delete(client));
  }

  /** Delivers `event` to the clients that want it, unless it was seen before; true when it was new. */
  receive(event: EventEnvelope): boolean {
    if (!this.seen.add(event.id)) return false;
    let frame: string | undefined;
    for (const client of this.clients) {
      if (!client.wants(event)) continue;
      frame ??= eventFrame(toStreamEvent(event));
      client.offer(event, frame);
    }
    for (const listener of this.listeners) listener(event);
    return true;
  }

  /** Called with every new event (e.g. to wake the CloudEvents publisher). */
  onEvent(listener: (event: EventEnvelope) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  broadcast(name: ControlEvent, data: Record<string, unknown>): void {
    for (const client of this.clients) client.control(name, data);
  }

  /**
   * After the fan-out was cut (Redis went away) since `sinceMs`, delivers from the log what other
   * instances published meanwhile; repeats are dropped. Too much to replay: clients are told to resync.
   */
  async recover(sinceMs: number): Promise<void> {
    const max = this.config.realtime.replayMaxEvents;
    try {
      const missed = await this.history.after(uuidv7Floor(sinceMs - RECOVERY_MARGIN_MS), max + 1);
      if (missed.length > max) {
        this.broadcast('resync', { reason: 'fan-out-interrupted', detail: 'Live events from other instances were interrupted; refetch what you show.' });
        return;
      }
      let delivered = 0;
      for (const event of missed) if (this.receive(event)) delivered += 1;
      if (delivered > 0) this.logger.log(`Delivered ${delivered} event(s) missed while the fan-out was interrupted`);
    } catch (err) {
      this.logger.warn(`Could not read the events missed while the fan-out was interrupted: ${(err as Error).message}`);
      this.broadcast('resync', { reason: 'fan-out-interrupted', detail: 'Live events from other instances were interrupted; refetch what you show.' });
    }
  }

  closeAll(reason: CloseReason): void {
    for (const client of [...this.clients]) client.close(reason);
  }
}
