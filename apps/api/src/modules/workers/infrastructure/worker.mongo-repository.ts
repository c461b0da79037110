import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { uuidv7 } from '#kernel';
import { DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { WorkerErrors } from '../domain/worker.errors.js';
import type { Worker } from '../domain/worker.aggregate.js';
import { WorkerRepository } from '../domain/worker.repository.port.js';
import { FleetSummaryCache } from './fleet-summary.cache.js';
import { instanceKey, type WorkerDocument, workerMapper } from './worker.mapper.js';

export const WORKERS_COLLECTION = 'workers';

@Injectable()
export class WorkerMongoRepository extends WorkerRepository implements OnModuleInit {
  private readonly collection: Collection<Document>;
  private readonly store: MongoAggregateStore<Worker, WorkerDocument>;

  constructor(
    @InjectConnection() connection: Connection,
    relay: OutboxRelay,
    private readonly db: MongoConnectionSupervisor,
    private readonly summaries: FleetSummaryCache,
  ) {
    super();
    this.collection = connection.collection(WORKERS_COLLECTION) as unknown as Collection<Document>;
    this.store = new MongoAggregateStore(this.collection, 'worker', workerMapper, relay);
  }

  onModuleInit(): void {
    this.db.whenReady('Worker indexes', async () => {
      // One managed worker per (region, instance id): the key exists only while managed.
      await this.collection.createIndex({ instanceKey: 1 }, { unique: true, sparse: true, name: 'instanceKey_unique' });
      await this.collection.createIndex({ managed: 1, status: 1, name: 1 });
      await this.collection.createIndex({ region: 1, status: 1 });
      // The list filtered by region (the console's region filter), in its default order.
      await this.collection.createIndex({ managed: 1, region: 1, name: 1 });
      await this.collection.createIndex({ name: 1 });
      await this.collection.createIndex({ 'lifecycle.createdAt': -1 });
    });
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

  async save(worker: Worker): Promise<void> {
    try {
      await this.store.save(worker);
      this.summaries.invalidate();
    } catch (err) {
      if (!(err instanceof DuplicateAggregateError) || !worker.instanceId) throw err;
      const owner = await this.collection.findOne({ instanceKey: instanceKey(worker.region, worker.instanceId) }, { projection: { name: 1 } });
      throw WorkerErrors.alreadyRegistered(worker.region, worker.instanceId, { id: String(owner?._id ?? 'unknown'), name: String(owner?.name ?? 'unknown') });
    }
  }
}
