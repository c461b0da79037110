import { Injectable } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import type { CmlCallEvent } from '#cml-client';
import { recordSpan } from '../telemetry/telemetry.js';

/** Counts controller calls by controller and operation (metrics, diagnostics, the fleet benchmark). */
@Injectable()
export class CmlCallMetrics {
  private readonly otelCalls = metrics.getMeter('cml-cloud-manager').createCounter('ccm.cml.calls', { description: 'CML controller API calls', unit: '{call}' });
  private readonly otelDuration = metrics.getMeter('cml-cloud-manager').createHistogram('ccm.cml.call.duration', { description: 'CML controller API call duration', unit: 'ms' });
  private readonly byController = new Map<string, Map<string, { count: number; errors: number; totalMs: number }>>();

  record(call: CmlCallEvent): void {
    let ops = this.byController.get(call.controller);
    if (!ops) this.byController.set(call.controller, (ops = new Map()));
    const entry = ops.get(call.operation) ?? { count: 0, errors: 0, totalMs: 0 };
    entry.count++;
    entry.totalMs += call.durationMs;
    if (call.error) entry.errors++;
    ops.set(call.operation, entry);
    const attrs = { operation: call.operation, method: call.method, error: call.error ?? 'none' };
    this.otelCalls.add(1, attrs);
    this.otelDuration.record(call.durationMs, attrs);
    // The client reports a call once it is over; it becomes a span with its real start and end.
    recordSpan(`cml.${call.operation}`, Date.now() - call.durationMs, call.durationMs, { 'cml.controller': call.controller, 'http.request.method': call.method, 'http.response.status_code': call.status ?? 0, 'cml.attempt': call.attempt }, call.error);
  }

  /** Calls per controller (all operations). */
  perController(): Map<string, number> {
    return new Map([...this.byController].map(([c, ops]) => [c, [...ops.values()].reduce((a, e) => a + e.count, 0)]));
  }

  byOperation(): Record<string, { count: number; errors: number }> {
    const out: Record<string, { count: number; errors: number }> = {};
    for (const ops of this.byController.values())
      for (const [op, e] of ops) {
        out[op] ??= { count: 0, errors: 0 };
        out[op].count += e.count;
        out[op].errors += e.errors;
      }
    return out;
  }

  total(): number {
    let n = 0;
    for (const v of this.perController().values()) n += v;
    return n;
  }

  reset(): void {
    this.byController.clear();
  }
}
