import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { Clock } from '#kernel';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type JobRun, JobRunStore } from '../application/ports/job-run-store.port.js';

type RunDoc = Omit<JobRun, 'id'> & { _id: string };
const toRun = ({ _id, ...rest }: RunDoc): JobRun => ({ id: _id, ...rest });

@Injectable()
export class MongoJobRunStore extends JobRunStore implements OnModuleInit {
  private readonly collection: Collection<RunDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly clock: Clock,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.collection = connection.collection('job_runs') as unknown as Collection<RunDoc>;
  }

  onModuleInit(): void {
    this.db.whenReady('Job run indexes', async () => {
      await this.collection.createIndex({ job: 1, startedAt: -1 });
      await this.failAbandoned(60 * 60_000);
    });
  }

  async start(run: Omit<JobRun, 'outcome'>): Promise<void> {
    const { id, ...rest } = run;
    await this.collection.insertOne({ _id: id, ...rest, outcome: 'running' });
  }

  async finish(id: string, outcome: JobRun['outcome'], fields: Pick<JobRun, 'summary' | 'error' | 'durationMs'>): Promise<void> {
    await this.collection.updateOne({ _id: id }, { $set: { outcome, finishedAt: this.clock.now().toISOString(), ...fields } });
  }

  async record(run: JobRun): Promise<void> {
    const { id, ...rest } = run;
    await this.collection.insertOne({ _id: id, ...rest });
  }

  async last(job: string): Promise<JobRun | undefined> {
    const doc = await this.collection.find({ job, outcome: { $ne: 'skipped' } }).sort({ startedAt: -1 }).limit(1).next();
    return doc ? toRun(doc) : undefined;
  }

  async recent(job: string, limit: number): Promise<JobRun[]> {
    return (await this.collection.find({ job }).sort({ startedAt: -1 }).limit(limit).toArray()).map(toRun);
  }

  async failAbandoned(olderThanMs: number): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanMs).toISOString();
    const res = await this.collection.updateMany({ outcome: 'running', startedAt: { $lt: cutoff } }, { $set: { outcome: 'failed', error: 'Interrupted: the instance running it went away.' } });
    return res.modifiedCount;
  }
}
