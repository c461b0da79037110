import { Injectable } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { type AwsCallRecord, AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';

/** Counts AWS calls and errors by operation (read by metrics, diagnostics and the fleet benchmark). */
@Injectable()
export class AwsCallMetrics extends AwsCallRecorder {
  private readonly otelCalls = metrics.getMeter('cml-cloud-manager').createCounter('ccm.aws.calls', { description: 'AWS API calls', unit: '{call}' });
  private readonly otelDuration = metrics.getMeter('cml-cloud-manager').createHistogram('ccm.aws.call.duration', { description: 'AWS API call duration', unit: 'ms' });
  private readonly calls = new Map<string, { count: number; errors: number; retries: number; totalMs: number }>();

  record(call: AwsCallRecord): void {
    const key = `${call.service}:${call.operation}`;
    const entry = this.calls.get(key) ?? { count: 0, errors: 0, retries: 0, totalMs: 0 };
    entry.retries += Math.max(0, (call.attempts ?? 1) - 1);
    entry.count++;
    entry.totalMs += call.durationMs;
    if (call.error) entry.errors++;
    this.calls.set(key, entry);
    const attrs = { service: call.service, operation: call.operation, region: call.region, error: call.error ?? 'none' };
    this.otelCalls.add(1, attrs);
    this.otelDuration.record(call.durationMs, attrs);
  }

  snapshot(): Record<string, { count: number; errors: number; retries: number; totalMs: number }> {
    return Object.fromEntries([...this.calls].map(([k, v]) => [k, { ...v }]));
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.calls].map(([k, v]) => [k, v.count]));
  }

  total(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v.count;
    return n;
  }

  reset(): void {
    this.calls.clear();
  }
}
