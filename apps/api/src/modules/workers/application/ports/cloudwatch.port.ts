export interface MetricQuery {
  /** Caller's id for this query, returned with its result; [a-z][a-zA-Z0-9_]* as CloudWatch requires. */
  id: string;
  namespace: string;
  metricName: string;
  dimensions: Record<string, string>;
  /** Seconds: 60 for detailed monitoring, 300 for basic. */
  period: number;
  stat: 'Average' | 'Maximum' | 'Minimum' | 'Sum' | 'SampleCount';
}

export interface MetricResult {
  id: string;
  /** The newest datapoint in the window, by timestamp (not the first one returned). */
  latest?: { timestamp: string; value: number };
  /** Every datapoint in the window, oldest first. */
  points: { timestamp: string; value: number }[];
}

/** CloudWatch metrics, batched fleet-wide: at most 500 queries per GetMetricData call. */
export abstract class CloudWatchPort {
  abstract getMetricData(region: string, queries: MetricQuery[], window: { start: Date; end: Date }): Promise<MetricResult[]>;
}
