/** One fleet-wide collection cycle: EC2 state and checks, CloudWatch, and the CML side of running workers. */
export class CollectFleetMetricsCommand {}

export interface FleetCollectionSummary {
  regions: number;
  /** Regions whose instances were read in full (DescribeInstances) this cycle; the others' states came from the status checks. */
  regionsDescribed: number;
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
  /** Where the time went, in ms: how long each phase had work in progress. AWS, controller and write time overlap, so these add up to more than `durationMs`. */
  phasesMs: { loadWorkers: number; aws: number; cml: number; writes: number; samples: number };
  errors: string[];
}
