/** One fleet-wide collection cycle: EC2 state and checks, CloudWatch, and the CML side of running workers. */
export class CollectFleetMetricsCommand {}

export interface FleetCollectionSummary {
  regions: number;
  workers: number;
  running: number;
  /** Workers whose controller answered. */
  cmlAvailable: number;
  cmlUnavailable: number;
  eventsEmitted: number;
  samples: number;
  awsCalls: number;
  awsCallsByOperation: Record<string, number>;
  cmlCalls: number;
  /** Average controller calls per running worker with an endpoint, this cycle. */
  cmlCallsPerRunningWorker: number;
  durationMs: number;
  /** Where the time went, in ms: loading the workers, AWS (regions in parallel), the controllers, the worker writes, the metric samples. */
  phasesMs: { loadWorkers: number; aws: number; cml: number; writes: number; samples: number };
  errors: string[];
}
