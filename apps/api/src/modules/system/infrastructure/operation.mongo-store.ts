import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { type Actor, Clock, uuidv7 } from '#kernel';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type Operation, type OperationStart, OperationTracker, type StepStatus } from '../application/operation.js';
import { OPERATION_MODEL } from './operation.schema.js';

type OperationDoc = Omit<Operation, 'id'> & { _id: string };
/** The subject an exclusive operation holds: its `_id` is the subject's id, unique by nature. */
type LockDoc = { _id: string; operationId: string };
const DUPLICATE_KEY = 11000;

const LOCKS_COLLECTION = 'operation_locks';

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

  private get locks() {
    return this.model.db.collection<LockDoc>(LOCKS_COLLECTION);
  }

  async startExclusive(input: OperationStart): Promise<{ started: Operation } | { conflict: Operation }> {
    const now = this.now();
    const op: Operation = {
      id: uuidv7(),
      kind: input.kind,
      subject: input.subject,
      status: 'running',
      startedAt: now,
      requestedBy: input.requestedBy,
      progress: 'Started',
      steps: (input.steps ?? []).map((s) => ({ name: s.name, title: s.title, status: s.status ?? 'pending', ...(s.detail ? { detail: s.detail } : {}) })),
      options: input.options ?? {},
      resumable: input.resumable ?? false,
      heartbeatAt: now,
    };
    // Two tries: a lock left by an operation that finished without releasing it is taken over once.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await this.locks.insertOne({ _id: input.subject.id, operationId: op.id });
      } catch (err) {
        if ((err as { code?: number }).code !== DUPLICATE_KEY) throw err;
        const lock = await this.locks.findOne({ _id: input.subject.id });
        const holder = lock && (await this.get(lock.operationId));
        if (holder?.status === 'running') return { conflict: holder };
        if (lock) await this.locks.deleteOne({ _id: input.subject.id, operationId: lock.operationId });
        continue;
      }
      const { id, ...rest } = op;
      await this.model.insertOne({ _id: id, ...rest });
      return { started: op };
    }
    const holder = await this.runningOn(input.subject.id);
    if (holder) return { conflict: holder };
    throw new Error(`Could not take the operation lock of ${input.subject.type} ${input.subject.id}`);
  }

  async runningOn(subjectId: string): Promise<Operation | undefined> {
    const lock = await this.locks.findOne({ _id: subjectId });
    const op = lock ? await this.get(lock.operationId) : undefined;
    return op?.status === 'running' ? op : undefined;
  }

  async step(id: string, name: string, status: StepStatus, detail?: string): Promise<void> {
    const op = await this.get(id);
    if (!op || op.status !== 'running' || !op.steps) return;
    const now = this.now();
    const steps = op.steps.map((s) =>
      s.name !== name
        ? s
        : {
            ...s,
            status,
            ...(detail !== undefined ? { detail } : {}),
            ...(status === 'running' && !s.startedAt ? { startedAt: now } : {}),
            ...(status !== 'running' && status !== 'pending' ? { finishedAt: now } : {}),
          },
    );
    const current = steps.find((s) => s.name === name);
    const progress = current ? `${current.title}${current.detail ? `: ${current.detail}` : ''}` : op.progress;
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { steps, progress, heartbeatAt: now } });
  }

  async setOptions(id: string, options: Record<string, unknown>): Promise<boolean> {
    const set = Object.fromEntries(Object.entries(options).map(([k, v]) => [`options.${k}`, v]));
    const res = await this.model.updateOne({ _id: id, status: 'running' }, { $set: set });
    return res.matchedCount > 0;
  }

  async heartbeat(id: string): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { heartbeatAt: this.now() } });
  }

  async claimStale(kinds: string[], staleMs: number): Promise<Operation | undefined> {
    const cutoff = new Date(this.clock.now().getTime() - staleMs).toISOString();
    const doc = await this.model
      .findOneAndUpdate({ status: 'running', resumable: true, kind: { $in: kinds }, heartbeatAt: { $lt: cutoff } }, { $set: { heartbeatAt: this.now() } }, { new: true })
      .lean<OperationDoc>();
    if (!doc) return undefined;
    const { _id, ...rest } = doc;
    return { id: _id, ...rest };
  }

  async hasStale(kinds: string[], staleMs: number): Promise<boolean> {
    const cutoff = new Date(this.clock.now().getTime() - staleMs).toISOString();
    return (await this.model.exists({ status: 'running', resumable: true, kind: { $in: kinds }, heartbeatAt: { $lt: cutoff } })) !== null;
  }

  async listFor(subjectId: string, limit: number): Promise<Operation[]> {
    const docs = await this.model.find({ 'subject.id': subjectId }).sort({ startedAt: -1 }).limit(limit).lean<OperationDoc[]>();
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }

  private async release(id: string): Promise<void> {
    const op = await this.get(id);
    if (op) await this.locks.deleteOne({ _id: op.subject.id, operationId: id });
  }

  async progress(id: string, message: string): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { progress: message } });
  }

  async succeed(id: string, result?: Record<string, unknown>): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { status: 'succeeded', finishedAt: this.now(), progress: 'Done', ...(result ? { result } : {}) } });
    await this.release(id);
  }

  async fail(id: string, error: string): Promise<void> {
    await this.model.updateOne({ _id: id, status: 'running' }, { $set: { status: 'failed', finishedAt: this.now(), error } });
    await this.release(id);
  }

  async get(id: string): Promise<Operation | undefined> {
    const doc = await this.model.findById(id).lean<OperationDoc>();
    if (!doc) return undefined;
    const { _id, ...rest } = doc;
    return { id: _id, ...rest };
  }

  async failAbandoned(olderThanMs: number, reason: string): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanMs).toISOString();
    const res = await this.model.updateMany({ status: 'running', resumable: { $ne: true }, startedAt: { $lt: cutoff } }, { $set: { status: 'failed', finishedAt: this.now(), error: reason } });
    return res.modifiedCount;
  }
}
