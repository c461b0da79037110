import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { uuidv7 } from '#kernel';
import { type AggregateDocument, DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import { WorkerErrors } from '../domain/worker.errors.js';
import type { Worker } from '../domain/worker.aggregate.js';
import { WorkerRepository } from '../domain/worker.repository.port.js';
import { FleetSummaryCache } from './fleet-summary.cache.js';
import { instanceKey, type WorkerDocument, workerMapper } from './worker.mapper.js';
import { WORKER_MODEL } from './worker.schema.js';

/** Workers, one document each with their outbox (`worker.schema.ts`, whose indexes the database module creates). */
@Injectable()
export class WorkerMongoRepository extends WorkerRepository {
  private readonly store: MongoAggregateStore<Worker, WorkerDocument>;

  constructor(
    @InjectModel(WORKER_MODEL) private readonly model: Model<AggregateDocument<WorkerDocument>>,
    relay: OutboxRelay,
    private readonly summaries: FleetSummaryCache,
  ) {
    super();
    this.store = new MongoAggregateStore(model, 'worker', workerMapper, relay);
  }

  newId(): string {
    return uuidv7();
  }

  findById(id: string): Promise<Worker | undefined> {
    return this.store.findById(id);
  }

  async get(id: string): Promise<Worker> {
    const worker = await this.store.findById(id);
    if (!worker) throw WorkerErrors.notFound(id);
    return worker;
  }

  getMany(ids: readonly string[]): Promise<Map<string, Worker>> {
    return this.store.findMany(ids);
  }

  async save(worker: Worker, options: { grouped?: boolean } = {}): Promise<void> {
    try {
      await this.store.save(worker, options);
      this.summaries.invalidate();
    } catch (err) {
      if (!(err instanceof DuplicateAggregateError) || !worker.instanceId) throw err;
      const owner = await this.model.findOne({ instanceKey: instanceKey(worker.region, worker.instanceId) }, { name: 1 }).lean<{ _id: string; name?: string }>();
      throw WorkerErrors.alreadyRegistered(worker.region, worker.instanceId, { id: String(owner?._id ?? 'unknown'), name: String(owner?.name ?? 'unknown') });
    }
  }
}
