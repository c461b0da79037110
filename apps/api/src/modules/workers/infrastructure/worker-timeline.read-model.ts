import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { EventEnvelope } from '#kernel';
import { type AggregateDocument, MongoEventLog, OUTBOX_FIELD } from '#persistence';
import { WorkerTimeline } from '../application/ports/worker-timeline.port.js';
import type { WorkerDocument } from './worker.mapper.js';
import { WORKER_MODEL } from './worker.schema.js';

/** Timeline = the event log plus events still in the worker's outbox (read-your-writes). */
@Injectable()
export class WorkerMongoTimeline extends WorkerTimeline {
  constructor(
    @InjectModel(WORKER_MODEL) private readonly model: Model<AggregateDocument<WorkerDocument>>,
    private readonly log: MongoEventLog,
  ) {
    super();
  }

  async events(workerId: string, page: number, pageSize: number, hideSystem?: readonly string[]): Promise<{ items: EventEnvelope[]; total: number } | undefined> {
    const doc = await this.model.findById(workerId, { [OUTBOX_FIELD]: 1 }).lean<{ _outbox?: EventEnvelope[] }>();
    if (!doc) return undefined;
    // The log pages in the database; the outbox (events not relayed yet) is merged in their place.
    return this.log.timeline('worker', workerId, page, pageSize, doc._outbox ?? [], hideSystem);
  }
}
