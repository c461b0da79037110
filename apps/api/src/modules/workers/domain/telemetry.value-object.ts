import type { EventMap } from '#kernel';

/** A worker's figures (percentages 0-100 points, counts): what a telemetry event carries. */
export type TelemetryFigures = EventMap['worker.telemetry-changed'];

/** The latest figures of a worker, and when they were stored. */
export interface Telemetry extends TelemetryFigures {
  collectedAt?: string;
}

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
