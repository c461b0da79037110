/**
 * The cost and budgets API as the console uses it (issue 15; /work contract "Cost API contract"):
 * GET /api/cost, GET /api/cost/prices and its writes, GET /api/budgets and its writes, and the
 * `cost` figures on a worker.
 *
 * Written by hand from the contract until the API is on main: then every type here becomes an
 * alias of `components['schemas'][...]` (as notifications/api/notification-types.ts does) and no
 * other file changes. Amounts are US dollars, hours decimal hours, months `YYYY-MM` (UTC).
 */

export type SavingRule = 'idle-detection' | 'schedule' | 'runtime-limit' | 'reservation' | 'budget';
export type CostGroupBy = 'owner' | 'region' | 'tag' | 'worker';

export interface CostTotals {
  computeUsd: number;
  storageUsd: number;
  totalUsd: number;
  savedUsd: number;
  projectedUsd: number | null;
  runningHours: number;
  unpricedHours: number;
  workers: number;
}

export interface SavedByRule {
  rule: SavingRule;
  usd: number;
  hours: number;
  unpricedHours: number;
}

export interface CostGroup {
  key: string;
  computeUsd: number;
  storageUsd: number;
  totalUsd: number;
  savedUsd: number;
  projectedUsd: number | null;
  workers: number;
}

export interface CostDay {
  day: string;
  totalUsd: number;
  byGroup: Record<string, number>;
}

/** GET /api/cost?month=&groupBy=&tagKey= */
export interface CostReport {
  month: string;
  asOf: string;
  currency: 'USD';
  discountPercent: number;
  totals: CostTotals;
  savedByRule: SavedByRule[];
  groupBy: CostGroupBy;
  tagKey?: string;
  groups: CostGroup[];
  days: CostDay[];
}

/** The `cost` figures on GET /api/workers items and GET /api/workers/{id}. */
export interface WorkerCostFigures {
  month: string;
  usdPerHourNow: number | null;
  monthToDateUsd: number;
  savedUsd: number;
  projectedUsd: number | null;
}

export interface InstancePrice {
  region: string;
  instanceType: string;
  /** Effective, before the discount. */
  usdPerHour: number;
  listUsdPerHour: number | null;
  source: string;
  asOf: string;
  overridden: boolean;
  setBy?: string;
  setAt?: string;
}

export interface StoragePrice {
  region: string;
  volumeType: string;
  usdPerGibMonth: number;
  listUsdPerGibMonth: number | null;
  source: string;
  asOf: string;
  overridden: boolean;
  setBy?: string;
  setAt?: string;
}

/** GET /api/cost/prices */
export interface PriceList {
  discountPercent: number;
  discountSetBy?: string;
  discountSetAt?: string;
  instances: InstancePrice[];
  storage: StoragePrice[];
}

export type BudgetScope = { kind: 'fleet' } | { kind: 'owner'; owner: string } | { kind: 'tag'; tagKey: string; tagValue: string };
export type BudgetState = 'ok' | 'warning' | 'exceeded';

export interface BudgetStatus {
  month: string;
  spentUsd: number;
  projectedUsd: number | null;
  percent: number;
  crossedPercent: number[];
  workers: number;
  stoppedWorkers: number;
  state: BudgetState;
}

export interface Budget {
  id: string;
  name: string;
  scope: BudgetScope;
  monthlyUsd: number;
  thresholdsPercent: number[];
  stopAtLimit: boolean;
  hard: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  status: BudgetStatus;
}

/** POST /api/budgets (PATCH takes the same fields, each optional). */
export interface BudgetInput {
  name: string;
  scope: BudgetScope;
  monthlyUsd: number;
  thresholdsPercent: number[];
  stopAtLimit: boolean;
  hard: boolean;
}

export interface BudgetList {
  items: Budget[];
}
