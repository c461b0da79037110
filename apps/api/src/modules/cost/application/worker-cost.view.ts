import type { SavingRule } from '../domain/savings.rule.js';

/**
 * What one worker cost in one calendar month (UTC), as the API, the budgets and the metrics read it.
 * Every amount is in US dollars and is an estimate from list prices (less the discount), never an
 * invoice; hours whose price is unknown are counted apart and are not in the amounts.
 */
export interface WorkerCost {
  workerId: string;
  name: string;
  owner?: string;
  region: string;
  instanceType: string;
  status: string;
  tags: Readonly<Record<string, string>>;
  /** `YYYY-MM`. */
  month: string;
  /** What it costs per hour right now: compute while it runs (or starts), storage always; null when unknown. */
  usdPerHourNow: number | null;
  /** Compute (instance hours) so far this month. */
  computeUsd: number;
  /** EBS storage so far this month (stopped workers keep paying it). */
  storageUsd: number;
  /** computeUsd + storageUsd. */
  totalUsd: number;
  /** At the pace so far, the month's total at its end; null in a month's first hour. */
  projectedUsd: number | null;
  /** What automatic stops saved this month (docs/cost.md, "Saved"). */
  savedUsd: number;
  savedByRule: Readonly<Record<SavingRule, number>>;
  runningHours: number;
  /** Billed hours whose price is unknown (not in the amounts). */
  unpricedHours: number;
}
