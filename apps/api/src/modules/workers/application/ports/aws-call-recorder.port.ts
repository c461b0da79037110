/** Observes every AWS call (for metrics, tracing and the fleet benchmark's call counts). */
export interface AwsCallRecord {
  service: 'ec2' | 'cloudwatch';
  operation: string;
  region: string;
  durationMs: number;
  /** The AWS error code when the call failed. */
  error?: string;
  /** Attempts the SDK made (1 = no retry), when it reports them. */
  attempts?: number;
}

export abstract class AwsCallRecorder {
  abstract record(call: AwsCallRecord): void;
  /** Calls so far by `service:operation` (callers take differences to count a period). */
  abstract counts(): Record<string, number>;
}
