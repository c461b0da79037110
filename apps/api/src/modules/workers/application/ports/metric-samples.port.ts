/** One point of a worker's metrics over time. Percentages are 0-100; counts are counts. */
export interface MetricSample {
  workerId: string;
  at: string;
  ec2CpuPercent?: number;
  ec2MemoryPercent?: number;
  cpuPercent?: number;
  memoryPercent?: number;
  diskPercent?: number;
  runningNodes?: number;
}

/** Metric samples kept for charts, removed after the retention period. */
export abstract class MetricSamples {
  abstract record(samples: MetricSample[]): Promise<void>;
  abstract range(workerId: string, from: Date, to: Date, maxPoints: number): Promise<MetricSample[]>;
}
