/**
 * What a worker's instance cost, from its running intervals and the prices in force. EC2 bills
 * Linux instances per second with a one-minute minimum each time an instance starts; a price that
 * changes during a run applies from its change on; months are calendar months in UTC.
 */

/** One stretch of an instance running (from EC2 `running` to the next `stopping`/`stopped`/...). */
export interface RunInterval {
  start: Date;
  /** Absent: still running. */
  end?: Date;
  region: string;
  instanceType: string;
}

/** An hourly price in force from `from` on (until the next entry's `from`). */
export interface PriceStep {
  from: Date;
  /** Undefined: unknown from `from` on (an admin's price cleared on a type the catalogue does not list). */
  usdPerHour: number | undefined;
}

/** The price history of one instance type in one region, oldest first; empty when unknown. */
export type PriceHistory = (region: string, instanceType: string) => readonly PriceStep[];

export interface MonthCompute {
  /** `YYYY-MM` (UTC). */
  month: string;
  runningSeconds: number;
  /** Seconds EC2 bills: running seconds plus the one-minute minimum of short runs. */
  billedSeconds: number;
  usd: number;
  /** Billed seconds whose price is unknown (not in `usd`: unknown is never free or guessed). */
  unpricedSeconds: number;
}

const MINIMUM_SECONDS = 60;

/** `YYYY-MM` of an instant, UTC. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The first instant of the month after `at`'s, UTC. */
export function nextMonthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** Seconds in a calendar month. */
export function secondsInMonth(month: string): number {
  const start = monthStart(month);
  return (nextMonthStart(start).getTime() - start.getTime()) / 1000;
}

/** The price in force at an instant; undefined when none is known. */
export function priceAt(history: readonly PriceStep[], at: Date): number | undefined {
  let price: number | undefined;
  for (const step of history) if (step.from <= at) price = step.usdPerHour;
  return price;
}

/** Compute figures of one period (a UTC month `YYYY-MM` or day `YYYY-MM-DD`). */
interface PeriodCompute {
  period: string;
  runningSeconds: number;
  billedSeconds: number;
  usd: number;
  unpricedSeconds: number;
}

/** How runs are cut: at month starts (key `YYYY-MM`) or day starts (key `YYYY-MM-DD`). */
interface Periods {
  keyOf(at: Date): string;
  nextStart(at: Date): Date;
}

const MONTHS: Periods = { keyOf: monthOf, nextStart: nextMonthStart };
const DAYS: Periods = { keyOf: dayOf, nextStart: nextDayStart };

/** `YYYY-MM-DD` of an instant, UTC. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The first instant of the day after `at`'s, UTC. */
export function nextDayStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

function add(periods: Map<string, PeriodCompute>, period: string, seconds: number, running: boolean, usdPerHour: number | undefined): void {
  const entry = periods.get(period) ?? { period, runningSeconds: 0, billedSeconds: 0, usd: 0, unpricedSeconds: 0 };
  if (running) entry.runningSeconds += seconds;
  entry.billedSeconds += seconds;
  if (usdPerHour === undefined) entry.unpricedSeconds += seconds;
  else entry.usd += (seconds * usdPerHour) / 3600;
  periods.set(period, entry);
}

function meter(runs: readonly RunInterval[], prices: PriceHistory, now: Date, cut: Periods): PeriodCompute[] {
  const periods = new Map<string, PeriodCompute>();
  for (const run of runs) {
    const end = run.end && run.end < now ? run.end : now;
    if (end <= run.start) continue;
    const history = prices(run.region, run.instanceType);
    const cuts = [run.start, ...history.map((p) => p.from).filter((f) => f > run.start && f < end), end];
    for (let m = cut.nextStart(run.start); m < end; m = cut.nextStart(m)) cuts.push(m);
    const points = [...new Set(cuts.map((c) => c.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
    for (let i = 0; i < points.length - 1; i++) {
      add(periods, cut.keyOf(points[i]), (points[i + 1].getTime() - points[i].getTime()) / 1000, true, priceAt(history, points[i]));
    }
    const seconds = (end.getTime() - run.start.getTime()) / 1000;
    // The minimum is for a finished run: one still going may yet pass a minute.
    if (run.end && run.end <= now && seconds < MINIMUM_SECONDS) add(periods, cut.keyOf(run.start), MINIMUM_SECONDS - seconds, false, priceAt(history, run.start));
  }
  return [...periods.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * The compute cost of runs, by month. A run still going counts up to `now`. Each run is split at
 * month starts and price changes; a run shorter than a minute is billed a minute, in its month,
 * at its starting price.
 */
export function meterRuns(runs: readonly RunInterval[], prices: PriceHistory, now: Date): MonthCompute[] {
  return meter(runs, prices, now, MONTHS).map(({ period, ...figures }) => ({ month: period, ...figures }));
}

/** The compute cost of one day (UTC), for the day-by-day charts. */
export interface DayCompute {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  runningSeconds: number;
  billedSeconds: number;
  usd: number;
  unpricedSeconds: number;
}

/** Like `meterRuns`, by UTC day: the days of a month add up to the month. */
export function meterRunDays(runs: readonly RunInterval[], prices: PriceHistory, now: Date): DayCompute[] {
  return meter(runs, prices, now, DAYS).map(({ period, ...figures }) => ({ day: period, ...figures }));
}

/** A volume attached to the worker's instance while it existed. */
export interface VolumeSpan {
  start: Date;
  /** Absent: still there. */
  end?: Date;
  sizeGiB: number;
  volumeType: string;
  region: string;
}

/** USD per GiB-month of a volume type in a region; undefined when unknown. */
export type StoragePrice = (region: string, volumeType: string) => number | undefined;

export interface MonthStorage {
  month: string;
  /** GiB-months: a 100 GiB volume kept half a month is 50. */
  gibMonths: number;
  usd: number;
  unpricedGibMonths: number;
}

/** The storage cost of volumes, by month: EBS bills provisioned size for the time it exists, running or not. */
export function meterVolumes(volumes: readonly VolumeSpan[], price: StoragePrice, now: Date): MonthStorage[] {
  const months = new Map<string, MonthStorage>();
  for (const v of volumes) {
    const end = v.end && v.end < now ? v.end : now;
    const perGib = price(v.region, v.volumeType);
    for (let from = v.start; from < end; from = nextMonthStart(from)) {
      const to = nextMonthStart(from) < end ? nextMonthStart(from) : end;
      const month = monthOf(from);
      const gibMonths = (v.sizeGiB * (to.getTime() - from.getTime())) / 1000 / secondsInMonth(month);
      const entry = months.get(month) ?? { month, gibMonths: 0, usd: 0, unpricedGibMonths: 0 };
      entry.gibMonths += gibMonths;
      if (perGib === undefined) entry.unpricedGibMonths += gibMonths;
      else entry.usd += gibMonths * perGib;
      months.set(month, entry);
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * The month's total projected to its end at the pace so far: spent so far divided by the share of
 * the month that has passed. Undefined in the month's first hour (too little to go on).
 */
export function projectToMonthEnd(spentUsd: number, month: string, now: Date): number | undefined {
  const start = monthStart(month);
  const elapsed = (Math.min(now.getTime(), nextMonthStart(start).getTime()) - start.getTime()) / 1000;
  if (elapsed < 3600) return undefined;
  return (spentUsd * secondsInMonth(month)) / elapsed;
}
