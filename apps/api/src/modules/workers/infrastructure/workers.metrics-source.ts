import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { WorkerStatus } from '#kernel';
import { CmlCallMetrics } from '../../../platform/cml/cml-call-metrics.js';
import { MetricsRegistry, type Sample } from '../../../platform/metrics/metrics-registry.js';
import { WorkerReadModel } from '../application/ports/worker-read-model.port.js';
import type { WorkerView } from '../application/worker.view.js';
import { AwsCallMetrics } from './aws/aws-call-metrics.js';

/** Per-worker series are read from the database at most this often, whatever the scrape interval. */
export const WORKER_GAUGES_REFRESH_MS = 15_000;

/** Workers that have per-worker series: every managed one whose instance still exists. */
export const GAUGED_STATUSES: WorkerStatus[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'failed', 'unknown'];

/** The per-worker gauges: Prometheus name, help, and the figure (a ratio 0-1 for percentages). */
export const WORKER_FIGURES: readonly { name: string; help: string; read: (w: WorkerView) => number | undefined }[] = [
  { name: 'ccm_worker_cpu_ratio', help: 'CPU in use on the CML controller (0-1)', read: (w) => ratio(w.telemetry.cpuPercent) },
  { name: 'ccm_worker_memory_ratio', help: 'Memory in use on the CML controller (0-1)', read: (w) => ratio(w.telemetry.memoryPercent) },
  { name: 'ccm_worker_disk_ratio', help: 'Disk in use on the CML controller (0-1)', read: (w) => ratio(w.telemetry.diskPercent) },
  { name: 'ccm_worker_labs', help: 'Labs on the CML controller', read: (w) => w.telemetry.labs },
  { name: 'ccm_worker_nodes_running', help: 'Nodes running on the CML controller', read: (w) => w.telemetry.runningNodes },
];

function ratio(percent: number | undefined): number | undefined {
  return percent === undefined ? undefined : percent / 100;
}

/** Labels that identify a worker: its id (stable) and its name (for people); one series per worker. */
export function workerLabels(w: Pick<WorkerView, 'id' | 'name'>): Record<string, string> {
  return { worker_id: w.id, worker_name: w.name };
}

/** `ccm_worker_status`: 1 for the status each worker is in (only that one, to keep series few). */
export function statusSamples(workers: WorkerView[]): Sample[] {
  return workers.map((w) => ({ labels: { ...workerLabels(w), status: w.status }, value: 1 }));
}

/** One figure of every worker that has it; a figure never read leaves no series rather than a false 0. */
export function figureSamples(workers: WorkerView[], read: (w: WorkerView) => number | undefined): Sample[] {
  const out: Sample[] = [];
  for (const w of workers) {
    const value = read(w);
    if (value !== undefined && Number.isFinite(value)) out.push({ labels: workerLabels(w), value });
  }
  return out;
}

/** Per-operation call counters as samples: calls and errors by service (AWS only) and operation. */
export function awsCallSamples(snapshot: Record<string, { count: number; errors: number; retries: number; totalMs: number }>, field: 'count' | 'errors' | 'retries' | 'seconds'): Sample[] {
  return Object.entries(snapshot).map(([key, v]) => {
    const [service, operation] = key.split(':');
    return { labels: { service, operation }, value: field === 'seconds' ? v.totalMs / 1000 : v[field] };
  });
}

/**
 * Exports what the workers module already counts (AWS and CML calls) and knows (the fleet by
 * status, each worker's status and figures) as Prometheus series, read when Prometheus scrapes.
 */
@Injectable()
export class WorkersMetricsSource implements OnModuleInit {
  private cached?: { at: number; workers: Promise<WorkerView[]> };

  constructor(
    private readonly registry: MetricsRegistry,
    private readonly aws: AwsCallMetrics,
    private readonly cml: CmlCallMetrics,
    private readonly readModel: WorkerReadModel,
  ) {}

  onModuleInit(): void {
    const r = this.registry;
    const labelNames = ['service', 'operation'];
    r.counterFrom({ name: 'ccm_aws_calls_total', help: 'AWS API calls by service and operation', labelNames }, () => awsCallSamples(this.aws.snapshot(), 'count'));
    r.counterFrom({ name: 'ccm_aws_call_errors_total', help: 'AWS API calls that failed (after the SDK retries)', labelNames }, () => awsCallSamples(this.aws.snapshot(), 'errors'));
    r.counterFrom({ name: 'ccm_aws_call_retries_total', help: 'Retries the AWS SDK made', labelNames }, () => awsCallSamples(this.aws.snapshot(), 'retries'));
    r.counterFrom({ name: 'ccm_aws_call_seconds_total', help: 'Time spent in AWS API calls', labelNames }, () => awsCallSamples(this.aws.snapshot(), 'seconds'));
    const cmlOps = () => Object.entries(this.cml.byOperation());
    r.counterFrom({ name: 'ccm_cml_calls_total', help: 'CML controller API calls by operation', labelNames: ['operation'] }, () => cmlOps().map(([operation, e]) => ({ labels: { operation }, value: e.count })));
    r.counterFrom({ name: 'ccm_cml_call_errors_total', help: 'CML controller API calls that failed', labelNames: ['operation'] }, () => cmlOps().map(([operation, e]) => ({ labels: { operation }, value: e.errors })));
    r.gaugeFrom({ name: 'ccm_workers', help: 'Managed workers by status', labelNames: ['status'] }, async () => {
      const summary = await this.readModel.summary();
      return Object.entries(summary.byStatus).map(([status, n]) => ({ labels: { status }, value: n ?? 0 }));
    });
    r.gaugeFrom({ name: 'ccm_worker_status', help: 'The status each worker is in (1 for its current status)', labelNames: ['worker_id', 'worker_name', 'status'] }, async () => statusSamples(await this.workers()));
    for (const f of WORKER_FIGURES) r.gaugeFrom({ name: f.name, help: f.help, labelNames: ['worker_id', 'worker_name'] }, async () => figureSamples(await this.workers(), f.read));
  }

  /** One read serves every per-worker gauge of a scrape (and of the scrapes in the next 15 s). */
  private workers(): Promise<WorkerView[]> {
    if (!this.cached || Date.now() - this.cached.at >= WORKER_GAUGES_REFRESH_MS) {
      const workers = this.readModel.allManaged(GAUGED_STATUSES);
      this.cached = { at: Date.now(), workers };
      workers.catch(() => (this.cached = undefined));
    }
    return this.cached.workers;
  }
}
