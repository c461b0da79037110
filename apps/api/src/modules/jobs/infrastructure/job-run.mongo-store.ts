import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Clock } from '#kernel';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type JobRun, JobRunStore } from '../application/ports/job-run-store.port.js';
import { JOB_RUN_MODEL } from './job-run.schema.js';

type RunDoc = Omit<JobRun, 'id'> & { _id: string };
const toRun = ({ _id, ...rest }: RunDoc): JobRun => ({ id: _id, ...rest });

/** Job runs (`job-run.schema.ts`). */
@Injectable()
export class MongoJobRunStore extends JobRunStore implements OnModuleInit {
  constructor(
    @InjectModel(JOB_RUN_MODEL) private readonly model: Model<RunDoc>,
    private readonly clock: Clock,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
  }

  onModuleInit(): void {
    this.db.whenReady('Abandoned job runs', async () => {
      await this.failAbandoned(60 * 60_000);
    });
  }

  async start(run: Omit<JobRun, 'outcome'>): Promise<void> {
    const { id, ...rest } = run;
    await this.model.insertOne({ _id: id, ...rest, outcome: 'running' });
  }

  async finish(id: string, outcome: JobRun['outcome'], fields: Pick<JobRun, 'summary' | 'error' | 'durationMs'>): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { outcome, finishedAt: this.clock.now().toISOString(), ...fields } });
  }

  async record(run: JobRun): Promise<void> {
    const { id, ...rest } = run;
    await this.model.insertOne({ _id: id, ...rest });
  }

  async last(job: string): Promise<JobRun | undefined> {
    const doc = await this.model.findOne({ job, outcome: { $ne: 'skipped' } }).sort({ startedAt: -1 }).lean<RunDoc>();
    return doc ? toRun(doc) : undefined;
  }

  async recent(job: string, limit: number): Promise<JobRun[]> {
    return (await this.model.find({ job }).sort({ startedAt: -1 }).limit(limit).lean<RunDoc[]>()).map(toRun);
  }

  async failAbandoned(olderThanMs: number): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanMs).toISOString();
    const res = await this.model.updateMany({ outcome: 'running', startedAt: { $lt: cutoff } }, { $set: { outcome: 'failed', error: 'Interrupted: the instance running it went away.' } });
    return res.modifiedCount;
  }

  async failInterrupted(job: string, exceptRunId: string): Promise<number> {
    const res = await this.model.updateMany(
      { job, outcome: 'running', _id: { $ne: exceptRunId } },
      { $set: { outcome: 'failed', finishedAt: this.clock.now().toISOString(), error: 'Interrupted: the instance running it went away before it finished (its lease expired); a later run took over.' } },
    );
    return res.modifiedCount;
  }
}
