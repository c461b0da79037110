import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { MetricsRegistry, type Sample } from '../../../../platform/metrics/metrics-registry.js';
import { CostFigures, type WorkerMonthCost } from '../../application/cost-figures.service.js';
import { monthOf } from '../../domain/metering.rule.js';
import { SAVING_RULES } from '../../domain/savings.rule.js';

/** The month's figures are computed at most this often, whatever the scrape interval. */
export const COST_GAUGES_REFRESH_MS = 60_000;
const NO_OWNER = '';

/** Adds each worker's figure into its group. */
export function groupSamples(items: readonly WorkerMonthCost[], labelsOf: (w: WorkerMonthCost) => Record<string, string> | undefined, read: (w: WorkerMonthCost) => number): Sample[] {
  const groups = new Map<string, Sample>();
  for (const w of items) {
    const labels = labelsOf(w);
    if (!labels) continue;
    const key = JSON.stringify(labels);
    const entry = groups.get(key) ?? { labels, value: 0 };
    entry.value += read(w);
    groups.set(key, entry);
  }
  return [...groups.values()];
}

/**
 * The month so far as Prometheus gauges (they start again at 0 each month, so they are gauges, not
 * counters): spend and savings per owner, per rule, per value of the tags COST_METRICS_TAG_KEYS
 * names, and per worker (ADR 0035: series read at scrape time).
 */
@Injectable()
export class CostMetricsSource implements OnModuleInit {
  private cached?: { at: number; items: Promise<WorkerMonthCost[]> };

  constructor(
    private readonly registry: MetricsRegistry,
    private readonly figures: CostFigures,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const r = this.registry;
    const owner = (w: WorkerMonthCost) => ({ owner: w.owner ?? NO_OWNER });
    r.gaugeFrom({ name: 'ccm_cost_month_to_date_usd', help: 'US dollars spent so far this month (compute + storage, list prices less the discount), by owner', labelNames: ['owner'] }, async () => groupSamples(await this.items(), owner, (w) => w.totalUsd));
    r.gaugeFrom({ name: 'ccm_cost_saved_month_to_date_usd', help: 'US dollars automatic stops saved so far this month, by owner and rule', labelNames: ['owner', 'rule'] }, async () => {
      const items = await this.items();
      return SAVING_RULES.flatMap((rule) => groupSamples(items, (w) => ({ ...owner(w), rule }), (w) => w.savedByRule[rule]));
    });
    r.gaugeFrom({ name: 'ccm_cost_tag_month_to_date_usd', help: 'US dollars spent so far this month, by value of the tags COST_METRICS_TAG_KEYS names', labelNames: ['tag_key', 'tag_value'] }, async () => {
      const items = await this.items();
      return this.config.cost.metricsTagKeys.flatMap((key) => groupSamples(items, (w) => (w.tags[key] === undefined ? undefined : { tag_key: key, tag_value: w.tags[key] }), (w) => w.totalUsd));
    });
    r.gaugeFrom({ name: 'ccm_cost_tag_saved_month_to_date_usd', help: 'US dollars automatic stops saved so far this month, by value of the tags COST_METRICS_TAG_KEYS names', labelNames: ['tag_key', 'tag_value'] }, async () => {
      const items = await this.items();
      return this.config.cost.metricsTagKeys.flatMap((key) => groupSamples(items, (w) => (w.tags[key] === undefined ? undefined : { tag_key: key, tag_value: w.tags[key] }), (w) => w.savedUsd));
    });
    const worker = (w: WorkerMonthCost) => ({ worker_id: w.workerId, worker_name: w.name });
    r.gaugeFrom({ name: 'ccm_worker_cost_month_to_date_usd', help: 'US dollars each worker cost so far this month', labelNames: ['worker_id', 'worker_name'] }, async () => (await this.items()).map((w) => ({ labels: worker(w), value: w.totalUsd })));
    r.gaugeFrom({ name: 'ccm_worker_cost_usd_per_hour', help: 'US dollars per hour each worker costs now (absent when its price is unknown)', labelNames: ['worker_id', 'worker_name'] }, async () =>
      (await this.items()).flatMap((w) => (w.usdPerHourNow === null ? [] : [{ labels: worker(w), value: w.usdPerHourNow }])),
    );
  }

  /** One computation serves every cost gauge of a scrape (and of the scrapes in the next minute). */
  private items(): Promise<WorkerMonthCost[]> {
    if (!this.cached || Date.now() - this.cached.at >= COST_GAUGES_REFRESH_MS) {
      const items = this.figures.month(monthOf(this.clock.now())).then((m) => m.items);
      this.cached = { at: Date.now(), items };
      items.catch(() => (this.cached = undefined));
    }
    return this.cached.items;
  }
}
