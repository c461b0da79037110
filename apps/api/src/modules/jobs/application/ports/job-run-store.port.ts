import type { Actor } from '#kernel';

export interface JobRun {
  id: string;
  job: string;
  trigger: 'schedule' | 'manual';
  requestedBy?: Actor;
  /** Which app instance ran it (host:pid). */
  instance: string;
  startedAt: string;
  /** For a scheduled run, the start of the schedule slot it was claimed for (one run per slot across instances). */
  scheduledFor?: string;
  finishedAt?: string;
  outcome: 'running' | 'succeeded' | 'failed' | 'skipped';
  /** Figures the run reports (found, imported, stopped, AWS calls, ...). */
  summary?: Record<string, unknown>;
  error?: string;
  durationMs?: number;
}

/** Every run is recorded; the list shows the last one per job. */
export abstract class JobRunStore {
  abstract start(run: Omit<JobRun, 'outcome'>): Promise<void>;
  abstract finish(id: string, outcome: JobRun['outcome'], fields: Pick<JobRun, 'summary' | 'error' | 'durationMs'>): Promise<void>;
  abstract record(run: JobRun): Promise<void>;
  abstract last(job: string): Promise<JobRun | undefined>;
  abstract recent(job: string, limit: number): Promise<JobRun[]>;
  /** Marks runs left `running` by an instance that went away (older than `olderThanMs`) as failed. */
  abstract failAbandoned(olderThanMs: number): Promise<number>;
  /**
   * Marks the job's other runs still `running` as failed: called by the run that has just taken the
   * job's running lease, so any other run marked running lost its lease, i.e. its instance died.
   */
  abstract failInterrupted(job: string, exceptRunId: string): Promise<number>;
}
