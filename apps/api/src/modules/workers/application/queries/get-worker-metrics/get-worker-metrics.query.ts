import type { MetricSample } from '../../ports/metric-samples.port.js';

export class GetWorkerMetricsQuery {
  constructor(
    readonly workerId: string,
    readonly from: Date,
    readonly to: Date,
  ) {}
}

export interface WorkerMetricsView {
  workerId: string;
  from: string;
  to: string;
  units: Record<string, string>;
  points: Omit<MetricSample, 'workerId'>[];
}
