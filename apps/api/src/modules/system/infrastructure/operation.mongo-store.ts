import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { type Actor, Clock, uuidv7 } from '#kernel';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type Operation, OperationTracker } from '../application/operation.js';
import { OPERATION_MODEL } from './operation.schema.js';

type OperationDoc = Omit<Operation, 'id'> & { _id: string };

const ABANDONED_AFTER_MS = 30 * 60_000;

/** Operations (`operation.schema.ts`). */
@Injectable()
export class MongoOperationTracker extends OperationTracker implements OnModuleInit {
  constructor(
    @InjectModel(OPERATION_MODEL) private readonly model: Model<OperationDoc>,
    private readonly clock: Clock,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
  }

  onModuleInit(): void {
    this.db.whenReady('Operations left running', async () => {
      await this.failAbandoned(ABANDONED_AFTER_MS, 'The operation was interrupted (the app stopped while it ran).');
    });
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  async start(kind: string, subject: Operation['subject'], requestedBy: Actor): Promise<Operation> {
    const op: Operation = { id: uuidv7(), kind, subject, status: 'running', startedAt: this.now(), requestedBy, progress: 'Started' };
    const { id, ...rest } = op;
    await this.model.insertOne({ _id: id, ...rest });
    return op;
  }

  async progress(id: string, message: string): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { progress: message } });
  }

  async succeed(id: string, result?: Record<string, unknown>): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { status: 'succeeded', finishedAt: this.now(), progress: 'Done', ...(result ? { result } : {}) } });
  }

  async fail(id: string, error: string): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { status: 'failed', finishedAt: this.now(), error } });
  }

  async get(id: string): Promise<Operation | undefined> {
    const doc = await this.model.findById(id).lean<OperationDoc>();
    if (!doc) return undefined;
    const { _id, ...rest } = doc;
    return { id: _id, ...rest };
  }

  async failAbandoned(olderThanMs: number, reason: string): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanMs).toISOString();
    const res = await this.model.updateMany({ status: 'running', startedAt: { $lt: cutoff } }, { $set: { status: 'failed', finishedAt: this.now(), error: reason } });
    return res.modifiedCount;
  }
}
