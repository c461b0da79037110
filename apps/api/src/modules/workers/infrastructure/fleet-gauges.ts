import { Injectable, type OnModuleInit } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import type { FleetSummary } from '../application/worker.view.js';
import { WorkerReadModel } from '../application/ports/worker-read-model.port.js';

const REFRESH_MS = 15_000;

/** `ccm.workers` by status as an observable gauge (read from the database at most every 15 s). */
@Injectable()
export class FleetGauges implements OnModuleInit {
  private cached?: { at: number; summary: FleetSummary };

  constructor(private readonly readModel: WorkerReadModel) {}

  onModuleInit(): void {
    const gauge = metrics.getMeter('cml-cloud-manager').createObservableGauge('ccm.workers', { description: 'Managed workers by status', unit: '{worker}' });
    gauge.addCallback(async (result) => {
      const summary = await this.summary().catch(() => undefined);
      if (!summary) return;
      for (const [status, n] of Object.entries(summary.byStatus)) result.observe(n ?? 0, { status });
      result.observe(summary.billable, { status: 'billable' });
    });
  }

  private async summary(): Promise<FleetSummary> {
    if (this.cached && Date.now() - this.cached.at < REFRESH_MS) return this.cached.summary;
    const summary = await this.readModel.summary();
    this.cached = { at: Date.now(), summary };
    return summary;
  }
}
