import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { type Actor, Clock, DomainError, KeyValueStore, uuidv7 } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { JobErrors } from '../domain/job.errors.js';
import { slotOf, slotStart } from '../domain/job-schedule.js';
import { JobCatalog, type JobDefinition } from './job-definition.js';
import { type JobRun, JobRunStore } from './ports/job-run-store.port.js';
import { JobTelemetry } from './ports/job-telemetry.port.js';


/**
 * Runs jobs once across every app instance: a scheduled slot is claimed by one instance only
 * (`setIfAbsent` on a key per job and slot), and a run holds a renewed "running" lease so a run still
 * going is never started again. With Redis the leases are shared; without it, they are per process.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');
  readonly instance = `${hostname()}:${process.pid}`;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly catalog: JobCatalog,
    private readonly runs: JobRunStore,
    private readonly kv: KeyValueStore,
    private readonly clock: Clock,
    private readonly telemetry: JobTelemetry,
    private readonly config: AppConfig,
  ) {}

  /** A running job holds this lease (JOB_RUN_LEASE_SECONDS) and renews it every third of it, so a crashed holder's lease expires. */
  private get leaseSeconds(): number {
    return this.config.jobs.runLeaseSeconds;
  }

  find(name: string): JobDefinition {
    const job = this.catalog.all().find((j) => j.name === name);
    if (!job) throw JobErrors.notFound(name);
    return job;
  }

  async isRunning(name: string): Promise<boolean> {
    return (await this.kv.get(`job:running:${name}`)) !== undefined;
  }

  /** Called by the scheduler tick: runs every enabled job whose current slot nobody claimed yet. */
  async tick(): Promise<void> {
    const now = this.clock.now().getTime();
    for (const job of this.catalog.all()) {
      if (!job.enabled) continue;
      if (job.due && !(await job.due().catch(() => true))) continue;
      const slot = slotOf(now, job.intervalSeconds);
      const claimed = await this.kv.setIfAbsent(`job:slot:${job.name}:${slot}`, this.instance, Math.max(60, job.intervalSeconds * 2)).catch(() => false);
      if (!claimed) continue;
      this.track(this.execute(job, 'schedule', slotStart(slot, job.intervalSeconds).toISOString()));
    }
  }

  /** "Run now": 409 while a run is going; otherwise starts it and returns its record at once. */
  async runNow(name: string, actor: Actor): Promise<JobRun> {
    const job = this.find(name);
    if (!job.enabled) throw JobErrors.disabled(name, job.disabledReason);
    const run = await this.begin(job, 'manual', actor);
    if (!run) throw JobErrors.alreadyRunning(name);
    this.track(this.complete(job, run.run, run.release));
    return run.run;
  }

  private async execute(job: JobDefinition, trigger: JobRun['trigger'], scheduledFor?: string): Promise<void> {
    const started = await this.begin(job, trigger, undefined, scheduledFor);
    if (!started) {
      this.telemetry.skipped({ job: job.name, trigger });
      const now = this.clock.now().toISOString();
      await this.runs.record({ id: uuidv7(), job: job.name, trigger, instance: this.instance, startedAt: now, scheduledFor, finishedAt: now, outcome: 'skipped', error: 'The previous run is still going.' });
      return;
    }
    await this.complete(job, started.run, started.release);
  }

  private async begin(job: JobDefinition, trigger: JobRun['trigger'], requestedBy?: Actor, scheduledFor?: string): Promise<{ run: JobRun; release: () => Promise<void> } | undefined> {
    const id = uuidv7();
    const key = `job:running:${job.name}`;
    if (!(await this.kv.setIfAbsent(key, id, this.leaseSeconds))) return undefined;
    const timer = setInterval(() => void this.kv.renewIf(key, id, this.leaseSeconds).catch(() => undefined), (this.leaseSeconds * 1000) / 3);
    timer.unref();
    const run: JobRun = { id, job: job.name, trigger, requestedBy, instance: this.instance, startedAt: this.clock.now().toISOString(), ...(scheduledFor ? { scheduledFor } : {}), outcome: 'running' };
    await this.runs.start(run);
    // Holding the lease, this is the job's only live run: one still marked running died with its instance.
    const interrupted = await this.runs.failInterrupted(job.name, id).catch(() => 0);
    if (interrupted) this.logger.warn(`Job ${job.name}: ${interrupted} earlier run(s) were interrupted (their instance went away); marked failed`);
    const release = async () => {
      clearInterval(timer);
      await this.kv.deleteIf(key, id).catch(() => undefined);
    };
    return { run, release };
  }

  private async complete(job: JobDefinition, run: JobRun, release: () => Promise<void>): Promise<void> {
    const started = Date.now();
    try {
      const summary = await this.telemetry.observe({ job: job.name, trigger: run.trigger, runId: run.id }, () => job.run());
      await this.runs.finish(run.id, 'succeeded', { summary, durationMs: Date.now() - started });
    } catch (err) {
      const error = err instanceof DomainError ? err.message : `${(err as Error).name}: ${(err as Error).message}`;
      this.logger.warn(`Job ${job.name} failed: ${error}`);
      await this.runs.finish(run.id, 'failed', { error, durationMs: Date.now() - started }).catch(() => undefined);
    } finally {
      await release();
    }
  }

  private track(task: Promise<unknown>): void {
    const t = task.catch((err: unknown) => this.logger.error(`Job bookkeeping failed: ${(err as Error).message}`));
    this.inFlight.add(t);
    void t.finally(() => this.inFlight.delete(t));
  }

  /** Waits for runs in progress (graceful shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}
