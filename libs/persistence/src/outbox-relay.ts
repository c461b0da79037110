import type { Collection, Document } from 'mongodb';
import { type DomainEvent, type EventEnvelope, eventFromEnvelope } from '#kernel';
import type { MongoEventLog } from './event-log.js';

/** Where relayed events go (the event bus); it must tolerate seeing an event twice. */
export type EventSink = (events: DomainEvent[]) => void | Promise<void>;

export interface RelayLogger {
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

/**
 * Publishes the events aggregates keep in their `_outbox` (written atomically with their state):
 * append to the event log, hand to the sink, then remove from the outbox. Delivery is at least once:
 * if the process dies after the write, the startup replay (and the periodic sweep) publishes what is left.
 */
export class OutboxRelay {
  private readonly collections = new Map<string, Collection<Document>>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly log: MongoEventLog,
    private readonly sink: EventSink,
    private readonly logger: RelayLogger,
  ) {}

  /** Makes the relay sweep an aggregate collection. */
  register(aggregateType: string, collection: Collection<Document>): void {
    this.collections.set(aggregateType, collection);
  }

  /** Publishes events just written; never throws (leftovers are swept later). */
  dispatch(aggregateType: string, aggregateId: string, events: DomainEvent[]): Promise<void> {
    const task = this.publish(aggregateType, aggregateId, events).catch((err: unknown) => {
      this.logger.warn(`Publishing ${events.length} ${aggregateType} event(s) of ${aggregateId} failed; the sweep will retry: ${(err as Error).message}`);
    });
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    return task;
  }

  private async publish(aggregateType: string, aggregateId: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const collection = this.collections.get(aggregateType);
    if (!collection) throw new Error(`No collection registered for aggregate type ${aggregateType}`);
    await this.log.append(events.map((e) => e.toEnvelope()));
    await this.sink(events);
    await collection.updateOne({ _id: aggregateId } as Document, { $pull: { _outbox: { id: { $in: events.map((e) => e.id) } } } } as Document);
  }

  /** Publishes outbox entries older than `minAgeMs` (0 at startup: everything left by a previous run). */
  async sweep(minAgeMs: number): Promise<number> {
    const cutoff = new Date(Date.now() - minAgeMs).toISOString();
    let published = 0;
    for (const [aggregateType, collection] of this.collections) {
      const cursor = collection.find({ '_outbox.0': { $exists: true } } as Document, { projection: { _outbox: 1 } });
      for await (const doc of cursor) {
        const pending = ((doc._outbox ?? []) as EventEnvelope[]).filter((e) => e.occurredAt <= cutoff).sort((a, b) => a.aggregateVersion - b.aggregateVersion);
        if (pending.length === 0) continue;
        await this.publish(aggregateType, String(doc._id), pending.map((e) => eventFromEnvelope(e)));
        published += pending.length;
      }
    }
    return published;
  }

  /** Sweeps now and then every `intervalMs`, for entries older than `minAgeMs`. */
  start(intervalMs: number, minAgeMs: number): void {
    this.stop();
    const run = () =>
      this.sweep(minAgeMs).catch((err: unknown) => this.logger.warn(`Outbox sweep failed: ${(err as Error).message}`));
    this.timer = setInterval(() => void run(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Waits for dispatches in progress (graceful shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}
