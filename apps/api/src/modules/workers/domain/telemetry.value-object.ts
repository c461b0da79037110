/** The latest figures of a worker: percentages are 0-100 points, counts are counts. */
export interface Telemetry {
  /** CloudWatch `AWS/EC2 CPUUtilization`, percent. */
  ec2CpuPercent?: number;
  /** CloudWatch agent `CWAgent mem_used_percent`, percent. */
  ec2MemoryPercent?: number;
  /** CML `system_stats` (all computes), percent. */
  cpuPercent?: number;
  memoryPercent?: number;
  diskPercent?: number;
  runningNodes?: number;
  totalNodes?: number;
  labs?: number;
  /** When the figures were last stored. */
  collectedAt?: string;
}

/** The figures without their timestamp (what a telemetry event carries). */
export type TelemetryFigures = Omit<Telemetry, 'collectedAt'>;

export const PERCENT_FIGURES = ['ec2CpuPercent', 'ec2MemoryPercent', 'cpuPercent', 'memoryPercent', 'diskPercent'] as const;
export const COUNT_FIGURES = ['runningNodes', 'totalNodes', 'labs'] as const;

/** New figures over the old ones: a figure that was not read keeps its last value. */
export function mergeTelemetry(before: Telemetry, figures: TelemetryFigures, collectedAt: string): Telemetry {
  const read = Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined));
  return { ...before, ...read, collectedAt };
}

/** The figures of `telemetry`, without when they were collected. */
export function figuresOf(telemetry: Telemetry): TelemetryFigures {
  const { collectedAt: _at, ...figures } = telemetry;
  return figures;
}
