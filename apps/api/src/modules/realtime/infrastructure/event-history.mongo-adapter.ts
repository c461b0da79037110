import { Injectable } from '@nestjs/common';
import { type EventEnvelope, uuidv7Floor } from '#kernel';
import { type EventLogNarrowing, MongoEventLog } from '#persistence';
import { WORKER_REFERENCE_FIELDS } from '../domain/stream-filter.value-object.js';
import { EventHistory, type HistoryQuery } from '../application/ports/event-history.port.js';

/**
 * The actor, time range and cursor as the log reads them. Event ids are UUIDv7 minted from the
 * moment the event occurred, so a time range is an id range and walks the same indexes, in id order.
 */
function narrowing(query: HistoryQuery): EventLogNarrowing {
  const below = [query.before, query.to === undefined ? undefined : uuidv7Floor(Date.parse(query.to) + 1)].filter((id): id is string => id !== undefined).sort()[0];
  return {
    actor: query.actor,
    idFrom: query.from === undefined ? undefined : uuidv7Floor(Date.parse(query.from)),
    idBelow: below,
  };
}

/**
 * The event log in MongoDB, queried by id ranges (ids are time-ordered). `workerIds` filters also
 * match the payload fields naming a worker (lab events); the log's schema indexes those fields
 * (`OutboxModule.forRoot` in app.module.ts).
 */
@Injectable()
export class MongoEventHistory extends EventHistory {
  constructor(private readonly log: MongoEventLog) {
    super();
  }

  after(afterId: string | undefined, limit: number, query: HistoryQuery = {}): Promise<EventEnvelope[]> {
    return this.log.after(afterId, limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS], narrowing(query));
  }

  countAfter(afterId: string | undefined, max: number, query: HistoryQuery = {}): Promise<number> {
    return this.log.countAfter(afterId, max, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS], narrowing(query));
  }

  latest(limit: number, query: HistoryQuery = {}): Promise<EventEnvelope[]> {
    return this.log.latest(limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS], narrowing(query));
  }

  recordedAt(id: string): Promise<string | null | undefined> {
    return this.log.recordedAtOf(id);
  }

  recordedLate(beforeId: string, recordedSince: string, limit: number, query: HistoryQuery = {}): Promise<EventEnvelope[]> {
    return this.log.recordedLate(beforeId, recordedSince, limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS]);
  }
}
