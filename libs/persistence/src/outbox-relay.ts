import type { Model } from 'mongoose';
import { type DomainEvent, type EventEnvelope, eventFromEnvelope } from '#kernel';
import { OUTBOX_FIELD } from './aggregate-document.schema.js';
import type { MongoEventLog } from './event-log.js';

/** What the relay needs of an aggregate model: the outbox of each document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate schema: the relay reads and writes only `_id` and `_outbox`.
type AggregateModel = Model<any>;

/** Where relayed events go (the event bus); it must tolerate seeing an event twice. */
export type EventSink = (events: DomainEvent[]) => void | Promise<void>;

export interface RelayLogger {
  warn(message: string): void;
  error(message: string, err?: unknown): void;
}

/** Aggregates whose events one relay batch publishes together, at most. */
const MAX_BATCH_AGGREGATES = 200;

interface Dispatch {
  aggregateType: string;
  aggregateId: string;
  events: DomainEvent[];
  done: () => void;
}

/**
 * Publishes the events aggregates keep in their `_outbox` (written atomically with their state):
 * append to the event log, hand to the sink, then remove from the outbox. Delivery is at least once:
 * if the process dies after the write, the startup replay (and the periodic sweep) publishes what is left.
 *
 * Dispatches are group-committed: those made while a batch is being published wait and go out
 * together as the next batch (one event-log insert and one outbox update per aggregate type,
 * instead of two writes per aggregate), in the order they were made. A quiet relay publishes a
 * single dispatch at once; a busy one (a fleet-wide job saving thousands of workers) batches.
 */
export class OutboxRelay {
  private readonly models = new Map<string, AggregateModel>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly queue: Dispatch[] = [];
  private flushing = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly log: MongoEventLog,
    private readonly sink: EventSink,
    private readonly logger: RelayLogger,
  ) {}

  /** Makes the relay sweep the outboxes of an aggregate model (an `aggregateDocumentSchema`). */
  register(aggregateType: string, model: AggregateModel): void {
    this.models.set(aggregateType, model);
  }

  /** Publishes events just written; never throws (leftovers are swept later). */
  dispatch(aggregateType: string, aggregateId: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const task = new Promise<void>((done) => this.queue.push({ aggregateType, aggregateId, events, done }));
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    if (!this.flushing) {
      this.flushing = true;
      // Let the dispatches of this turn of the event loop join the first batch.
      setImmediate(() => void this.flush());
    }
    return task;
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH_AGGREGATES);
      try {
        await this.publishBatch(batch);
      } catch (err) {
        const events = batch.reduce((n, d) => n + d.events.length, 0);
        this.logger.warn(`Publishing ${events} event(s) of ${batch.length} aggregate(s) failed; the sweep will retry: ${(err as Error).message}`);
      }
      for (const d of batch) d.done();
    }
    this.flushing = false;
  }

  private async publishBatch(batch: Dispatch[]): Promise<void> {
    const events = batch.flatMap((d) => d.events);
    for (const d of batch) if (!this.models.has(d.aggregateType)) throw new Error(`No collection registered for aggregate type ${d.aggregateType}`);
    await this.log.append(events.map((e) => e.toEnvelope()));
    await this.sink(events);
    const byType = new Map<string, { ids: Set<string>; eventIds: string[] }>();
    for (const d of batch) {
      const entry = byType.get(d.aggregateType) ?? { ids: new Set<string>(), eventIds: [] };
      entry.ids.add(d.aggregateId);
      entry.eventIds.push(...d.events.map((e) => e.id));
      byType.set(d.aggregateType, entry);
    }
    // Event ids are unique, so one update per type can pull each aggregate's own entries.
    for (const [type, { ids, eventIds }] of byType) {
      await this.models.get(type)!.updateMany({ _id: { $in: [...ids] } }, { $pull: { [OUTBOX_FIELD]: { id: { $in: eventIds } } } });
    }
  }

  private async publish(aggregateType: string, aggregateId: string, events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const model = this.models.get(aggregateType);
    if (!model) throw new Error(`No collection registered for aggregate type ${aggregateType}`);
    await this.log.append(events.map((e) => e.toEnvelope()));
    await this.sink(events);
    await model.updateOne({ _id: aggregateId }, { $pull: { [OUTBOX_FIELD]: { id: { $in: events.map((e) => e.id) } } } });
  }

  /** Publishes outbox entries older than `minAgeMs` (0 at startup: everything left by a previous run). */
  async sweep(minAgeMs: number): Promise<number> {
    const cutoff = new Date(Date.now() - minAgeMs).toISOString();
    let published = 0;
    for (const [aggregateType, model] of this.models) {
      const cursor = model
        .find({ [`${OUTBOX_FIELD}.0`]: { $exists: true } }, { [OUTBOX_FIELD]: 1 })
        .lean<{ _id: string; _outbox?: EventEnvelope[] }>()
        .cursor();
      for await (const doc of cursor) {
        const pending = (doc._outbox ?? []).filter((e) => e.occurredAt <= cutoff).sort((a, b) => a.aggregateVersion - b.aggregateVersion);
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

  /** Waits for dispatches in progress, including ones made while waiting (graceful shutdown, tests). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}
