import { type Presented, present, presentAll } from '../../../../platform/http/presenter.js';
import type { JobDefinition } from '../../application/job-definition.js';
import type { JobRun } from '../../application/ports/job-run-store.port.js';
import type { JobResponse, JobRunResponse } from './job-response.dto.js';

/** Scheduled jobs and their runs. */

function toRun(run: JobRun): JobRunResponse {
  return {
    id: run.id,
    job: run.job,
    trigger: run.trigger,
    requestedBy: run.requestedBy ? { kind: run.requestedBy.kind, id: run.requestedBy.id, name: run.requestedBy.name } : undefined,
    instance: run.instance,
    startedAt: run.startedAt,
    scheduledFor: run.scheduledFor,
    finishedAt: run.finishedAt,
    outcome: run.outcome,
    durationMs: run.durationMs,
    summary: run.summary ? { ...run.summary } : undefined,
    error: run.error,
  };
}

export const toJobRunResponse = (run: JobRun): Presented<JobRunResponse> => present(toRun(run));

export const toJobRunResponses = (runs: JobRun[]): Presented<JobRunResponse[]> => presentAll(runs, toRun);

/** What the list shows of a job: its definition and schedule, whether it runs now, its last and next run. */
export interface JobStatus {
  job: JobDefinition;
  schedule: string;
  running: boolean;
  lastRun?: JobRun;
  nextRunAt?: string;
}

export function toJobResponses(jobs: JobStatus[]): Presented<JobResponse[]> {
  return presentAll(jobs, ({ job, schedule, running, lastRun, nextRunAt }): JobResponse => ({
    name: job.name,
    description: job.description,
    enabled: job.enabled,
    disabledReason: job.disabledReason,
    intervalSeconds: job.intervalSeconds,
    schedule,
    running,
    lastRun: lastRun && toRun(lastRun),
    nextRunAt,
  }));
}
