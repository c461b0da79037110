import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '#kernel';
import { MongoEventLog } from '#persistence';
import { WORKER_REFERENCE_FIELDS } from '../domain/stream-filter.value-object.js';
import { EventHistory, type HistoryQuery } from '../application/ports/event-history.port.js';

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
    return this.log.after(afterId, limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS]);
  }

  countAfter(afterId: string | undefined, max: number, query: HistoryQuery = {}): Promise<number> {
    return this.log.countAfter(afterId, max, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS]);
  }

  latest(limit: number, query: HistoryQuery = {}): Promise<EventEnvelope[]> {
    return this.log.latest(limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS]);
  }

  recordedAt(id: string): Promise<string | null | undefined> {
    return this.log.recordedAtOf(id);
  }

  recordedLate(beforeId: string, recordedSince: string, limit: number, query: HistoryQuery = {}): Promise<EventEnvelope[]> {
    return this.log.recordedLate(beforeId, recordedSince, limit, query.types, query.workerIds, [...WORKER_REFERENCE_FIELDS]);
  }
}
