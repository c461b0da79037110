import { type AwsCallRecord, AwsCallRecorder } from '../../apps/api/src/modules/workers/application/ports/aws-call-recorder.port.js';

/** An AwsCallRecorder that keeps every record, so tests can count calls by operation. */
export class RecordingAwsCallRecorder extends AwsCallRecorder {
  readonly calls: AwsCallRecord[] = [];

  record(call: AwsCallRecord): void {
    this.calls.push(call);
  }

  /** How many calls of this operation were recorded (optionally only failed or only successful ones). */
  count(operation: string, outcome?: 'failed' | 'succeeded'): number {
    return this.calls.filter((c) => c.operation === operation && (outcome === undefined || (outcome === 'failed') === (c.error !== undefined))).length;
  }

  /** Calls per operation, e.g. `{ DescribeInstances: 3 }`. */
  countsByOperation(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
    return counts;
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[`${c.service}:${c.operation}`] = (counts[`${c.service}:${c.operation}`] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.calls.length = 0;
  }
}
