import { csvDocument } from '#kernel';
import { monthOf, monthStart, nextDayStart, nextMonthStart } from '../domain/metering.rule.js';
import { SAVING_RULES, type SavingRule } from '../domain/savings.rule.js';
import type { WorkerMonthCost } from './cost-figures.service.js';

export type CostGroupBy = 'owner' | 'region' | 'tag' | 'worker';
export const COST_GROUP_BY: readonly CostGroupBy[] = ['owner', 'region', 'tag', 'worker'];

export interface CostGroup {
  key: string;
  computeUsd: number;
  storageUsd: number;
  totalUsd: number;
  savedUsd: number;
  projectedUsd: number | null;
  workers: number;
}

export interface CostReport {
  month: string;
  asOf: string;
  currency: 'USD';
  discountPercent: number;
  totals: Omit<CostGroup, 'key'> & { runningHours: number; unpricedHours: number };
  savedByRule: { rule: SavingRule; usd: number; hours: number; unpricedHours: number }[];
  groupBy: CostGroupBy;
  tagKey?: string;
  groups: CostGroup[];
  days: { day: string; totalUsd: number; byGroup: Record<string, number> }[];
}

/** The group a worker falls in; those without an owner or the tag are kept together under a name that says so. */
export function groupKeyOf(w: WorkerMonthCost, groupBy: CostGroupBy, tagKey?: string): string {
  switch (groupBy) {
    case 'owner':
      return w.owner ?? '(no owner)';
    case 'region':
      return w.region;
    case 'tag':
      return w.tags[tagKey ?? ''] ?? `(no ${tagKey} tag)`;
    default:
      return w.name;
  }
}

const sumOf = (xs: readonly (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((a, b) => a + (b ?? 0), 0));

function totalsOf(items: readonly WorkerMonthCost[]): Omit<CostGroup, 'key'> {
  return {
    computeUsd: items.reduce((a, w) => a + w.computeUsd, 0),
    storageUsd: items.reduce((a, w) => a + w.storageUsd, 0),
    totalUsd: items.reduce((a, w) => a + w.totalUsd, 0),
    savedUsd: items.reduce((a, w) => a + w.savedUsd, 0),
    projectedUsd: items.length ? sumOf(items.map((w) => w.projectedUsd)) : 0,
    workers: items.length,
  };
}

/** The month of a fleet at a glance: totals, savings per rule, groups, and spend per day stacked by group. */
export function costReport(items: readonly WorkerMonthCost[], month: string, groupBy: CostGroupBy, tagKey: string | undefined, asOf: Date, discountPercent: number): CostReport {
  const byGroup = new Map<string, WorkerMonthCost[]>();
  for (const w of items) {
    const key = groupKeyOf(w, groupBy, tagKey);
    byGroup.set(key, [...(byGroup.get(key) ?? []), w]);
  }
  const groups = [...byGroup.entries()].map(([key, ws]) => ({ key, ...totalsOf(ws) })).sort((a, b) => b.totalUsd - a.totalUsd || a.key.localeCompare(b.key));
  const lastDay = monthOf(asOf) === month ? nextDayStart(asOf) : monthOf(asOf) < month ? monthStart(month) : nextMonthStart(monthStart(month));
  const days: CostReport['days'] = [];
  for (let day = monthStart(month); day < lastDay; day = nextDayStart(day)) {
    const dd = day.toISOString().slice(8, 10);
    const entry = { day: day.toISOString().slice(0, 10), totalUsd: 0, byGroup: {} as Record<string, number> };
    for (const w of items) {
      const usd = w.days[dd];
      if (!usd) continue;
      const key = groupKeyOf(w, groupBy, tagKey);
      entry.byGroup[key] = (entry.byGroup[key] ?? 0) + usd;
      entry.totalUsd += usd;
    }
    days.push(entry);
  }
  return {
    month,
    asOf: asOf.toISOString(),
    currency: 'USD',
    discountPercent,
    totals: { ...totalsOf(items), runningHours: items.reduce((a, w) => a + w.runningHours, 0), unpricedHours: items.reduce((a, w) => a + w.unpricedHours, 0) },
    savedByRule: SAVING_RULES.map((rule) => ({
      rule,
      usd: items.reduce((a, w) => a + w.savedByRule[rule], 0),
      hours: items.reduce((a, w) => a + w.savedHours[rule].hours, 0),
      unpricedHours: items.reduce((a, w) => a + w.savedHours[rule].unpricedHours, 0),
    })),
    groupBy,
    ...(groupBy === 'tag' ? { tagKey } : {}),
    groups,
    days,
  };
}

const CSV_COLUMNS = ['worker_id', 'name', 'owner', 'region', 'instance_type', 'status', 'running_hours', 'compute_usd', 'storage_usd', 'total_usd', 'projected_usd', 'saved_usd', ...SAVING_RULES.map((r) => `saved_${r.replace(/-/g, '_')}_usd`), 'unpriced_hours', 'rate_now_usd_per_hour'] as const;

/** The month per worker as CSV (RFC 4180, CRLF), units in the column names. */
export function costCsv(items: readonly WorkerMonthCost[]): string {
  const rows = [...items]
    .sort((a, b) => b.totalUsd - a.totalUsd || a.name.localeCompare(b.name))
    .map((w) => [w.workerId, w.name, w.owner, w.region, w.instanceType, w.status, w.runningHours, w.computeUsd, w.storageUsd, w.totalUsd, w.projectedUsd, w.savedUsd, ...SAVING_RULES.map((r) => w.savedByRule[r]), w.unpricedHours, w.usdPerHourNow]);
  return csvDocument(CSV_COLUMNS, rows);
}
