import type { Document } from 'mongodb';
import type { Model } from 'mongoose';
import { type AggregateRoot, ConcurrencyError, type DomainEvent, type EventEnvelope } from '#kernel';
import { type AggregateDocument, OUTBOX_FIELD } from './aggregate-document.schema.js';
import { GroupedUpdates, WRITE_ID_FIELD } from './grouped-updates.js';
import { DuplicateAggregateError, duplicateKeyIndex, isDuplicateKeyError } from './mongo-errors.js';
import type { OutboxRelay } from './outbox-relay.js';

/** Converts between an aggregate and the state fields of its document (no `_id`, `version`, `_outbox`). */
export interface AggregateMapper<A, D extends object> {
  toDocument(aggregate: A): D;
  fromDocument(id: string, version: number, document: D): A;
}

/**
 * Stores aggregates as one document each: the state (which is also the read model), a version for
 * optimistic concurrency, and `_outbox`, the events not yet published. State and events change in
 * one single-document write, so no transaction is needed and no event is lost.
 *
 * `model` is a model of an `aggregateDocumentSchema`: its version key names the version field,
 * and `_outbox` is left out of reads unless asked for. Reads are lean (the mapper builds the
 * aggregate; a Mongoose document would only be copied).
 */
/** How a save is written. */
export interface SaveOptions {
  /**
   * Written together with the other grouped saves made at the same time, in one bulk write (a
   * fleet-wide job saving every worker); same guarantees as a save of its own. Inserts are never grouped.
   */
  grouped?: boolean;
}

export class MongoAggregateStore<A extends AggregateRoot<object>, D extends object> {
  private readonly versionKey: string;
  private readonly grouped: GroupedUpdates;

  constructor(
    readonly model: Model<AggregateDocument<D>>,
    private readonly aggregateType: string,
    private readonly mapper: AggregateMapper<A, D>,
    private readonly relay: OutboxRelay,
  ) {
    const versionKey = model.schema.get('versionKey');
    if (typeof versionKey !== 'string' || !model.schema.path(OUTBOX_FIELD)) {
      throw new Error(`The ${model.modelName} schema is not an aggregate schema (a version key and ${OUTBOX_FIELD}): build it with aggregateDocumentSchema`);
    }
    this.versionKey = versionKey;
    this.grouped = new GroupedUpdates(model.collection as never);
    relay.register(aggregateType, model);
  }

  async findById(id: string): Promise<A | undefined> {
    const doc = await this.model.findById(id).lean<AggregateDocument<D>>();
    return doc ? this.fromStored(doc) : undefined;
  }

  /** Several aggregates in one query (ids it does not know are left out), for batch work such as a fleet-wide cycle. */
  async findMany(ids: readonly string[]): Promise<Map<string, A>> {
    const found = new Map<string, A>();
    if (ids.length === 0) return found;
    const docs = await this.model.find({ _id: { $in: [...ids] } }).lean<AggregateDocument<D>[]>();
    for (const doc of docs) found.set(String(doc._id), this.fromStored(doc));
    return found;
  }

  /** Builds aggregates from documents read elsewhere (without their outbox), e.g. by a query of the repository's own. */
  fromStored(doc: AggregateDocument<D> | (D & { _id: string })): A {
    const { _id, [this.versionKey]: version, [OUTBOX_FIELD]: _outbox, [WRITE_ID_FIELD]: _write, ...state } = doc as Record<string, unknown>;
    return this.attach(this.mapper.fromDocument(String(_id), Number(version), state as D));
  }

  /**
   * Writes the aggregate and its pending events atomically. A new aggregate (version 0) is inserted
   * (unique indexes may refuse it: DuplicateAggregateError); an existing one is updated only if nobody
   * else wrote it since it was loaded (otherwise ConcurrencyError).
   *
   * The write goes to the model's collection as the mapper made it, not through Mongoose's casting:
   * casting a whole worker's state costs about 1 ms of CPU per save, a fleet cycle saves every
   * worker (ADR 0028). The schema's spec checks that it declares every field the mapper writes.
   */
  async save(aggregate: A, options: SaveOptions = {}): Promise<void> {
    if (!aggregate.hasChanges) return;
    const events = aggregate.unsavedEvents().map((e) => e.toEnvelope());
    const state = this.mapper.toDocument(aggregate);
    const collection = this.model.collection;
    if (aggregate.expectedVersion === 0) {
      try {
        // `Document`: the driver assumes ObjectId ids; ours are the aggregates' own (strings).
        await collection.insertOne({ _id: aggregate.id, ...state, [this.versionKey]: aggregate.version, [OUTBOX_FIELD]: events } as Document);
      } catch (err) {
        if (isDuplicateKeyError(err)) throw new DuplicateAggregateError(this.aggregateType, duplicateKeyIndex(err));
        throw err;
      }
    } else {
      const unset = Object.fromEntries(Object.entries(state).filter(([, v]) => v === undefined).map(([k]) => [k, '']));
      const set = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
      let matched: number;
      try {
        const update: Document = {
          $set: { ...set, [this.versionKey]: aggregate.version },
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
          $push: { [OUTBOX_FIELD]: { $each: events } },
        };
        const filter = { _id: aggregate.id, [this.versionKey]: aggregate.expectedVersion } as Document;
        matched = options.grouped ? Number(await this.grouped.update(aggregate.id, filter, update)) : (await collection.updateOne(filter, update)).matchedCount;
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
    const doc = await this.model.findById(id, { [OUTBOX_FIELD]: 1 }).lean<{ _outbox?: EventEnvelope[] }>();
    return doc?._outbox ?? [];
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
