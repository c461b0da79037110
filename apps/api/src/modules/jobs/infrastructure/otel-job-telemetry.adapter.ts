import { Injectable } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { MetricsRegistry } from '../../../platform/metrics/metrics-registry.js';
import { withSpan } from '../../../platform/telemetry/telemetry.js';
import { type JobRunLabels, JobTelemetry } from '../application/ports/job-telemetry.port.js';

/** Job runs as OpenTelemetry spans (`job <name>`), the `ccm.job.duration` histogram, and in Prometheus their durations and runs by outcome. */
@Injectable()
export class OtelJobTelemetry extends JobTelemetry {
  private readonly duration = metrics.getMeter('cml-cloud-manager').createHistogram('ccm.job.duration', { description: 'Duration of job runs (e.g. the collection cycle)', unit: 'ms' });

  constructor(private readonly prometheus: MetricsRegistry) {
    super();
  }

  async observe<T>({ job, trigger, runId }: JobRunLabels, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      const result = await withSpan(`job ${job}`, { 'job.name': job, 'job.trigger': trigger, 'job.run_id': runId }, () => run());
      this.record(job, 'succeeded', Date.now() - started);
      return result;
    } catch (err) {
      this.record(job, 'failed', Date.now() - started);
      throw err;
    }
  }

  skipped({ job }: Omit<JobRunLabels, 'runId'>): void {
    this.prometheus.jobRuns.inc({ job, outcome: 'skipped' });
  }

  private record(job: string, outcome: 'succeeded' | 'failed', ms: number): void {
    this.duration.record(ms, { job, outcome });
    this.prometheus.jobRunDuration.observe({ job, outcome }, ms / 1000);
    this.prometheus.jobRuns.inc({ job, outcome });
  }
}
