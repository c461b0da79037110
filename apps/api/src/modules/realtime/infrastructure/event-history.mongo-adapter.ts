import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EventEnvelope } from '#kernel';
import { MongoEventLog } from '#persistence';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { WORKER_REFERENCE_FIELDS } from '../domain/stream-filter.value-object.js';
import { EventHistory, type HistoryQuery } from '../application/ports/event-history.port.js';

/** The event log in MongoDB, queried by id ranges (ids are time-ordered). */
@Injectable()
export class MongoEventHistory extends EventHistory implements OnModuleInit {
  constructor(
    private readonly log: MongoEventLog,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
  }

  onModuleInit(): void {
    // `workerIds` filters also match the payload fields naming a worker (lab events): index those too.
    this.db.whenReady('Event log filter indexes', () => this.log.ensureFilterIndexes(WORKER_REFERENCE_FIELDS));
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
