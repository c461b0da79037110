import { Injectable } from '@nestjs/common';
import type { FleetSummary } from '../application/worker.view.js';

const TTL_MS = 2000;

/**
 * Fleet totals, shared by the list calls of a moment instead of grouping the whole collection on
 * every request; any worker write in this instance forgets them, so a change shows at once here
 * (other instances see it within two seconds).
 */
@Injectable()
export class FleetSummaryCache {
  private readonly entries = new Map<string, { at: number; value: Promise<FleetSummary> }>();

  get(region: string | undefined, compute: () => Promise<FleetSummary>): Promise<FleetSummary> {
    const key = region ?? '*';
    const cached = this.entries.get(key);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
    const value = compute();
    this.entries.set(key, { at: Date.now(), value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  invalidate(): void {
    this.entries.clear();
  }
}
