import type { Collection, Document } from 'mongodb';
import { type AggregateRoot, ConcurrencyError, type DomainEvent, type EventEnvelope } from '#kernel';
import { DuplicateAggregateError, duplicateKeyIndex, isDuplicateKeyError } from './mongo-errors.js';
import type { OutboxRelay } from './outbox-relay.js';

/** Converts between an aggregate and the state fields of its document (no `_id`, `version`, `_outbox`). */
export interface AggregateMapper<A, D extends Document> {
  toDocument(aggregate: A): D;
  fromDocument(id: string, version: number, document: D): A;
}

/**
 * Stores aggregates as one document each: the state (which is also the read model), a version for
 * optimistic concurrency, and `_outbox`, the events not yet published. State and events change in
 * one single-document write, so no transaction is needed and no event is lost.
 */
export class MongoAggregateStore<A extends AggregateRoot<object>, D extends Document> {
  constructor(
    readonly collection: Collection<Document>,
    private readonly aggregateType: string,
    private readonly mapper: AggregateMapper<A, D>,
    private readonly relay: OutboxRelay,
  ) {
    relay.register(aggregateType, collection);
  }

  async findById(id: string): Promise<A | undefined> {
    const doc = await this.collection.findOne({ _id: id } as Document, { projection: { _outbox: 0 } });
    if (!doc) return undefined;
    const { _id, version, ...state } = doc;
    return this.attach(this.mapper.fromDocument(String(_id), Number(version), state as D));
  }

  /** Several aggregates in one query (ids it does not know are left out), for batch work such as a fleet-wide cycle. */
  async findMany(ids: readonly string[]): Promise<Map<string, A>> {
    const found = new Map<string, A>();
    if (ids.length === 0) return found;
    const cursor = this.collection.find({ _id: { $in: [...ids] } } as Document, { projection: { _outbox: 0 } });
    for await (const doc of cursor) {
      const { _id, version, ...state } = doc;
      found.set(String(_id), this.attach(this.mapper.fromDocument(String(_id), Number(version), state as D)));
    }
    return found;
  }

  /**
   * Writes the aggregate and its pending events atomically. A new aggregate (version 0) is inserted
   * (unique indexes may refuse it: DuplicateAggregateError); an existing one is updated only if nobody
   * else wrote it since it was loaded (otherwise ConcurrencyError).
   */
  async save(aggregate: A): Promise<void> {
    if (!aggregate.hasChanges) return;
    const events = aggregate.unsavedEvents().map((e) => e.toEnvelope());
    const state = this.mapper.toDocument(aggregate);
    if (aggregate.expectedVersion === 0) {
      try {
        await this.collection.insertOne({ _id: aggregate.id, ...state, version: aggregate.version, _outbox: events } as Document);
      } catch (err) {
        if (isDuplicateKeyError(err)) throw new DuplicateAggregateError(this.aggregateType, duplicateKeyIndex(err));
        throw err;
      }
    } else {
      const unset = Object.fromEntries(Object.entries(state).filter(([, v]) => v === undefined).map(([k]) => [k, '']));
      const set = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
      let matched: number;
      try {
        const res = await this.collection.updateOne(
          { _id: aggregate.id, version: aggregate.expectedVersion } as Document,
          {
            $set: { ...set, version: aggregate.version },
            ...(Object.keys(unset).length ? { $unset: unset } : {}),
            $push: { _outbox: { $each: events } },
          } as Document,
        );
        matched = res.matchedCount;
      } catch (err) {
        if (isDuplicateKeyError(err)) throw new DuplicateAggregateError(this.aggregateType, duplicateKeyIndex(err));
        throw err;
      }
      if (matched === 0) throw new ConcurrencyError(this.aggregateType, aggregate.id);
    }
    aggregate.markPersisted();
    this.attach(aggregate);
  }

  /** The events written but not yet in the event log (for read-your-writes timelines). */
  async pendingEvents(id: string): Promise<EventEnvelope[]> {
    const doc = await this.collection.findOne({ _id: id } as Document, { projection: { _outbox: 1 } });
    return (doc?._outbox ?? []) as EventEnvelope[];
  }

  // `aggregate.commit()` (called by handlers after save) hands the events to the relay.
  private attach(aggregate: A): A {
    aggregate.publishAll = (events: DomainEvent[]) => {
      // Copy: the cqrs base empties the array it passes right after this call returns.
      void this.relay.dispatch(this.aggregateType, aggregate.id, [...events]);
    };
    return aggregate;
  }
}
