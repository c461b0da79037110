import { Injectable } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { withSpan } from '../../../platform/telemetry/telemetry.js';
import { type JobRunLabels, JobTelemetry } from '../application/ports/job-telemetry.port.js';

/** Job runs as OpenTelemetry spans (`job <name>`) and the `ccm.job.duration` histogram. */
@Injectable()
export class OtelJobTelemetry extends JobTelemetry {
  private readonly duration = metrics.getMeter('cml-cloud-manager').createHistogram('ccm.job.duration', { description: 'Duration of job runs (e.g. the collection cycle)', unit: 'ms' });

  async observe<T>({ job, trigger, runId }: JobRunLabels, run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    try {
      const result = await withSpan(`job ${job}`, { 'job.name': job, 'job.trigger': trigger, 'job.run_id': runId }, () => run());
      this.duration.record(Date.now() - started, { job, outcome: 'succeeded' });
      return result;
    } catch (err) {
      this.duration.record(Date.now() - started, { job, outcome: 'failed' });
      throw err;
    }
  }
}
