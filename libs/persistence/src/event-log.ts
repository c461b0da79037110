import type { Model, QueryFilter } from 'mongoose';
import type { EventEnvelope, EventType } from '#kernel';
import { isDuplicateKeyError } from './mongo-errors.js';

/** `recordedAt`: when the event reached the log (it may reach it after events with later ids). See `eventLogSchema`. */
export type StoredEvent = Omit<EventEnvelope, 'id'> & { _id: string; recordedAt?: string };

export interface EventPage {
  items: EventEnvelope[];
  total: number;
}

/** Timeline order: the higher version first (ids break ties, which unique versions never need). */
const newestFirst = (a: EventEnvelope, b: EventEnvelope): number => b.aggregateVersion - a.aggregateVersion || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const toEnvelope = ({ _id, recordedAt: _recordedAt, ...rest }: StoredEvent): EventEnvelope => ({ id: _id, ...rest }) as EventEnvelope;

/** Narrows the list and stream reads beyond types and aggregates: who caused the events, and an id range (a time range, ids being time-ordered). */
export interface EventLogNarrowing {
  /** The actor's id or name (`actor.id`, `actor.name`), exactly. */
  actor?: string;
  /** Ids at or above this one. */
  idFrom?: string;
  /** Ids below this one. */
  idBelow?: string;
}

function selection(eventId: string | undefined, types?: EventType[], aggregateIds?: string[], relatedIdFields: string[] = [], narrowing: EventLogNarrowing = {}): QueryFilter<StoredEvent> {
  const filter: Record<string, unknown> = {};
  const id: Record<string, string> = {};
  if (eventId) id.$gt = eventId;
  if (narrowing.idFrom && (!id.$gt || narrowing.idFrom > id.$gt)) {
    delete id.$gt;
    id.$gte = narrowing.idFrom;
  }
  if (narrowing.idBelow) id.$lt = narrowing.idBelow;
  if (Object.keys(id).length) filter._id = id;
  if (types?.length) filter.type = { $in: types };
  const any: Record<string, unknown>[][] = [];
  if (aggregateIds?.length) {
    const byAggregate = { aggregateId: { $in: aggregateIds } };
    any.push([byAggregate, ...relatedIdFields.map((field) => ({ [`data.${field}`]: { $in: aggregateIds } }))]);
  }
  if (narrowing.actor !== undefined) any.push([{ 'actor.id': narrowing.actor }, { 'actor.name': narrowing.actor }]);
  if (any.length === 1) filter.$or = any[0];
  else if (any.length > 1) filter.$and = any.map((alternatives) => ({ $or: alternatives }));
  return filter as QueryFilter<StoredEvent>;
}

/**
 * The durable log of every domain event: the audit timeline of each aggregate and the source
 * for resuming the live stream. Appending is idempotent by event id.
 */
export class MongoEventLog {
  /** `model`: a model of `eventLogSchema` (its indexes are what these reads walk). */
  constructor(private readonly model: Model<StoredEvent>) {}

  /** Appends events; ones already in the log are skipped. Returns how many were new. */
  async append(events: EventEnvelope[]): Promise<number> {
    if (events.length === 0) return 0;
    const recordedAt = new Date().toISOString();
    try {
      // `lean`: envelopes come from the kernel as they are; hydrating each (thousands per fleet cycle) would only copy them.
      const inserted = await this.model.insertMany(
        events.map(({ id, ...rest }) => ({ _id: id, ...rest, recordedAt })),
        { ordered: false, lean: true },
      );
      return inserted.length;
    } catch (err) {
      // Some were already there (a replay after a crash): the others are in.
      if (isDuplicateKeyError(err) || (err as { writeErrors?: unknown[] }).writeErrors) {
        const writeErrors = ((err as { writeErrors?: { code?: number }[] }).writeErrors ?? []) as { code?: number }[];
        if (writeErrors.every((w) => w.code === 11000)) return events.length - writeErrors.length;
      }
      throw err;
    }
  }

  /**
   * One aggregate's events, newest first, paged by the database: it reads at most
   * `pageSize + pending.length` events whatever the page. `pending` are events the aggregate still
   * holds in its outbox (written, maybe not yet in the log): those the log lacks take their place in
   * the order (read-your-writes). Versions are unique per aggregate, so they alone order it.
   */
  async timeline(aggregateType: string, aggregateId: string, page: number, pageSize: number, pending: readonly EventEnvelope[] = [], hideSystem?: readonly string[]): Promise<EventPage> {
    // `hideSystem`: event types left out when the system caused them (observed changes).
    const filter: QueryFilter<StoredEvent> = hideSystem?.length ? { aggregateType, aggregateId, $nor: [{ type: { $in: [...hideSystem] as EventType[] }, 'actor.kind': 'system' }] } : { aggregateType, aggregateId };
    if (hideSystem?.length) pending = pending.filter((e) => !(hideSystem.includes(e.type) && e.actor.kind === 'system'));
    const offset = (page - 1) * pageSize;
    const logged = pending.length
      ? new Set((await this.model.find({ _id: { $in: pending.map((e) => e.id) } }, { _id: 1 }).lean<{ _id: string }[]>()).map((d) => String(d._id)))
      : new Set<string>();
    const unlogged = pending.filter((e) => !logged.has(e.id)).sort(newestFirst);
    // Where each unlogged event falls among the logged ones: how many logged events are newer.
    const newerLogged = await Promise.all(unlogged.map((e) => this.model.countDocuments({ ...filter, aggregateVersion: { $gt: e.aggregateVersion } })));
    // The logged events of this page are among these: at most `unlogged.length` of them moved down into it.
    const skip = Math.max(0, offset - unlogged.length);
    const [docs, loggedTotal] = await Promise.all([
      this.model
        .find(filter)
        .sort({ aggregateVersion: -1 })
        .skip(skip)
        .limit(pageSize + unlogged.length)
        .lean<StoredEvent[]>(),
      this.model.countDocuments(filter),
    ]);
    const placed: { at: number; event: EventEnvelope }[] = [
      ...unlogged.map((event, i) => ({ at: i + newerLogged[i], event })),
      ...docs.map((d, i) => {
        const event = toEnvelope(d);
        return { at: skip + i + unlogged.filter((u) => newestFirst(u, event) < 0).length, event };
      }),
    ];
    const items = placed
      .filter((p) => p.at >= offset && p.at < offset + pageSize)
      .sort((a, b) => a.at - b.at)
      .map((p) => p.event);
    return { items, total: loggedTotal + unlogged.length };
  }

  /**
   * Events after a given event id (ids are time-ordered), oldest first: for resuming a stream.
   * `relatedIdFields` names payload fields that also carry an aggregate id (lab events name their
   * worker in `data.workerId`): `aggregateIds` then match those fields too.
   */
  async after(eventId: string | undefined, limit: number, types?: EventType[], aggregateIds?: string[], relatedIdFields?: string[], narrowing?: EventLogNarrowing): Promise<EventEnvelope[]> {
    const docs = await this.model
      .find(selection(eventId, types, aggregateIds, relatedIdFields, narrowing))
      .sort({ _id: 1 })
      .limit(limit)
      .lean<StoredEvent[]>();
    return docs.map(toEnvelope);
  }

  /** How many events `after` would find, counting no further than `max` (to tell "too many" cheaply). */
  async countAfter(eventId: string | undefined, max: number, types?: EventType[], aggregateIds?: string[], relatedIdFields?: string[], narrowing?: EventLogNarrowing): Promise<number> {
    return this.model.countDocuments(selection(eventId, types, aggregateIds, relatedIdFields, narrowing)).limit(max);
  }

  /**
   * The newest events, newest first (same filters as `after`); with `narrowing.idBelow` (a cursor:
   * the last id of the previous page), the newest of those before it.
   */
  async latest(limit: number, types?: EventType[], aggregateIds?: string[], relatedIdFields?: string[], narrowing?: EventLogNarrowing): Promise<EventEnvelope[]> {
    const docs = await this.model
      .find(selection(undefined, types, aggregateIds, relatedIdFields, narrowing))
      .sort({ _id: -1 })
      .limit(limit)
      .lean<StoredEvent[]>();
    return docs.map(toEnvelope);
  }

  /**
   * Events with ids before `beforeId` that reached the log at or after `recordedSince`: they
   * committed late, after later events, so a reader that resumes after `beforeId` would skip them.
   */
  async recordedLate(beforeId: string, recordedSince: string, limit: number, types?: EventType[], aggregateIds?: string[], relatedIdFields?: string[]): Promise<EventEnvelope[]> {
    const filter = { ...selection(undefined, types, aggregateIds, relatedIdFields), _id: { $lt: beforeId }, recordedAt: { $gte: recordedSince } } as QueryFilter<StoredEvent>;
    const docs = await this.model.find(filter).sort({ _id: 1 }).limit(limit).lean<StoredEvent[]>();
    return docs.map(toEnvelope);
  }

  /** When the event reached the log: undefined when the log does not hold it, null when it predates the record. */
  async recordedAtOf(eventId: string): Promise<string | null | undefined> {
    const doc = await this.model.findById(eventId, { recordedAt: 1, occurredAt: 1 }).lean<Pick<StoredEvent, 'recordedAt'>>();
    if (!doc) return undefined;
    return doc.recordedAt ?? null;
  }

  /**
   * Events of these types that occurred at or after `occurredFrom` (ISO 8601), oldest first, at most
   * `limit`; only those of `aggregateIds` when given. For histories over a time range (the fleet
   * timeline's running periods).
   */
  /**
   * Which aggregates have events of these types recorded since `recordedFrom` (when the log received
   * them, whatever their `occurredAt`), oldest recorded first, by the index on `recordedAt`: a
   * projection's way to find what changed since its last run.
   */
  async recordedSince(types: EventType[], recordedFrom: string, limit: number): Promise<{ aggregateId: string; occurredAt: string; recordedAt: string }[]> {
    const docs = await this.model
      .find({ recordedAt: { $gte: recordedFrom }, type: { $in: types } } as QueryFilter<StoredEvent>, { aggregateId: 1, occurredAt: 1, recordedAt: 1 })
      .sort({ recordedAt: 1, _id: 1 })
      .limit(limit)
      .lean<{ aggregateId: string; occurredAt: string; recordedAt: string }[]>();
    return docs.map(({ aggregateId, occurredAt, recordedAt }) => ({ aggregateId, occurredAt, recordedAt }));
  }

  async occurredSince(types: EventType[], occurredFrom: string, limit: number, aggregateIds?: string[]): Promise<EventEnvelope[]> {
    const filter: Record<string, unknown> = { type: { $in: types }, occurredAt: { $gte: occurredFrom } };
    if (aggregateIds) filter.aggregateId = { $in: aggregateIds };
    const docs = await this.model
      .find(filter as QueryFilter<StoredEvent>)
      .sort({ occurredAt: 1, _id: 1 })
      .limit(limit)
      .lean<StoredEvent[]>();
    return docs.map(toEnvelope);
  }

  async byId(eventId: string): Promise<EventEnvelope | undefined> {
    const doc = await this.model.findById(eventId).lean<StoredEvent>();
    return doc ? toEnvelope(doc) : undefined;
  }
}
