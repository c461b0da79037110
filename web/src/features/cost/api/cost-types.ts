/**
 * The cost and budgets API as the console uses it (issue 15; /work contract "Cost API contract"):
 * GET /api/cost, GET /api/cost/prices and its writes, GET /api/budgets and its writes.
 *
 * The figures' types are the generated ones; what the API on main does not serve yet is written
 * by hand from the contract below, to become aliases of `components['schemas'][...]` (as
 * notifications/api/notification-types.ts does) when it lands, with no other file changing.
 * Amounts are US dollars, hours decimal hours, months `YYYY-MM` (UTC).
 */
import type { components } from '../../../lib/api-types';

type S = components['schemas'];

/** GET /api/cost?month=&groupBy=&tagKey= (generated). */
export type CostReport = S['CostReportResponse'];
export type CostTotals = S['CostTotalsResponse'];
export type SavedByRule = S['SavedByRuleResponse'];
export type SavingRule = SavedByRule['rule'];
export type CostGroup = S['CostGroupResponse'];
export type CostDay = S['CostDayResponse'];
export type CostGroupBy = CostReport['groupBy'];

// ---- Not generated yet (prices, budgets): written from the contract. The worker's `cost` is the workers feature's. ----

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
