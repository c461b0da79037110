/** What a job run is known by in traces and metrics. */
export interface JobRunLabels {
  job: string;
  trigger: string;
  runId: string;
}

/** Traces and times job runs: one span per run, and its duration by job and outcome. */
export abstract class JobTelemetry {
  /** Runs `run` inside the run's span and records how long it took and whether it failed; its result or error passes through. */
  abstract observe<T>(labels: JobRunLabels, run: () => Promise<T>): Promise<T>;
  /** A run that did not start because the previous one was still going. */
  abstract skipped(labels: Omit<JobRunLabels, 'runId'>): void;
}
