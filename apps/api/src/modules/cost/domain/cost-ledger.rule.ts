import { meterRunDays, monthOf, nextMonthStart, priceAt, type PriceHistory, type RunInterval } from './metering.rule.js';
import { isSavingRule, SAVING_RULES, type SavingRule } from './savings.rule.js';
import type { Usage, UsageStop } from './usage-history.rule.js';

/** What automatic stops saved, per rule, in one month. */
export type SavedByRule = Record<SavingRule, { usd: number; hours: number; unpricedHours: number }>;

/** One worker's compute and savings in one UTC month. */
export interface MonthFigures {
  /** `YYYY-MM`. */
  month: string;
  runningSeconds: number;
  billedSeconds: number;
  computeUsd: number;
  unpricedSeconds: number;
  /** Compute USD per day of the month (`DD` -> USD). */
  days: Record<string, number>;
  saved: SavedByRule;
}

/** The run and the stop of a worker that have not ended yet: they grow with time, so they are metered at each read. */
export interface OpenUsage {
  run?: RunInterval;
  stop?: UsageStop;
}

export function emptySaved(): SavedByRule {
  return Object.fromEntries(SAVING_RULES.map((r) => [r, { usd: 0, hours: 0, unpricedHours: 0 }])) as SavedByRule;
}

export function emptyMonth(month: string): MonthFigures {
  return { month, runningSeconds: 0, billedSeconds: 0, computeUsd: 0, unpricedSeconds: 0, days: {}, saved: emptySaved() };
}

/** Adds `b` into `a` (same month). */
export function addMonth(a: MonthFigures, b: MonthFigures): MonthFigures {
  a.runningSeconds += b.runningSeconds;
  a.billedSeconds += b.billedSeconds;
  a.computeUsd += b.computeUsd;
  a.unpricedSeconds += b.unpricedSeconds;
  for (const [day, usd] of Object.entries(b.days)) a.days[day] = (a.days[day] ?? 0) + usd;
  for (const rule of SAVING_RULES) {
    a.saved[rule].usd += b.saved[rule].usd;
    a.saved[rule].hours += b.saved[rule].hours;
    a.saved[rule].unpricedHours += b.saved[rule].unpricedHours;
  }
  return a;
}

/** The figures of finished runs and stops, and what is still going. Finished figures never change, so they are stored. */
export function splitUsage(usage: Usage): { closed: Usage; open: OpenUsage } {
  const openRun = usage.runs.find((r) => !r.end);
  const openStop = usage.stops.find((s) => !s.until);
  return { closed: { runs: usage.runs.filter((r) => r.end), stops: usage.stops.filter((s) => s.until) }, open: { run: openRun, stop: openStop } };
}

const FAR_FUTURE = new Date(8.64e15);

/**
 * Compute and savings by month. Runs are metered per second with EC2's one-minute minimum (a run
 * still going up to `now`); a stop by a saving rule saves its stopped hours at its price when it
 * stopped, until the next start, the worker's end, `now` or `capHours` after it, whichever is first,
 * split between the months those hours fall in.
 */
export function meterUsage(usage: Usage, prices: PriceHistory, capHours: number, now: Date = FAR_FUTURE): MonthFigures[] {
  const months = new Map<string, MonthFigures>();
  const monthEntry = (month: string) => {
    let m = months.get(month);
    if (!m) months.set(month, (m = emptyMonth(month)));
    return m;
  };
  for (const d of meterRunDays(usage.runs, prices, now)) {
    const m = monthEntry(d.day.slice(0, 7));
    m.runningSeconds += d.runningSeconds;
    m.billedSeconds += d.billedSeconds;
    m.computeUsd += d.usd;
    m.unpricedSeconds += d.unpricedSeconds;
    if (d.usd > 0) m.days[d.day.slice(8)] = (m.days[d.day.slice(8)] ?? 0) + d.usd;
  }
  for (const stop of usage.stops) {
    if (!isSavingRule(stop.trigger)) continue;
    const until = Math.min(stop.until?.getTime() ?? Infinity, now.getTime(), stop.at.getTime() + capHours * 3_600_000);
    const usdPerHour = priceAt(prices(stop.region, stop.instanceType), stop.at);
    for (let from = stop.at; from.getTime() < until; from = nextMonthStart(from)) {
      const to = Math.min(nextMonthStart(from).getTime(), until);
      const hours = (to - from.getTime()) / 3_600_000;
      const saved = monthEntry(monthOf(from)).saved[stop.trigger];
      saved.hours += hours;
      if (usdPerHour === undefined) saved.unpricedHours += hours;
      else saved.usd += hours * usdPerHour;
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** One month of `meterUsage`, or an empty month. */
export function monthOfUsage(usage: Usage, prices: PriceHistory, capHours: number, month: string, now: Date): MonthFigures {
  return meterUsage(usage, prices, capHours, now).find((m) => m.month === month) ?? emptyMonth(month);
}

