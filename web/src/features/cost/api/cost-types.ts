/**
 * The cost and budgets API as the console uses it (docs/cost.md):
 * GET /api/cost, GET /api/cost/prices and its writes, GET /api/budgets and its writes.
 *
 * Every type is an alias of the generated `components['schemas'][...]` (as
 * notifications/api/notification-types.ts does). Amounts are US dollars, hours decimal hours, months `YYYY-MM` (UTC).
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

/** GET /api/cost/prices and its writes (generated). `usdPerHour` is the price in force before the discount. */
export type InstancePrice = S['InstancePriceResponse'];
export type StoragePrice = S['StoragePriceResponse'];
export type PriceList = S['PriceListResponse'];

/** GET /api/budgets and its writes (generated). */
export type BudgetScope = S['BudgetScopeResponse'];
export type BudgetStatus = S['BudgetStatusResponse'];
export type BudgetState = BudgetStatus['state'];
export type Budget = S['BudgetResponse'];
/** POST /api/budgets (PATCH takes the same fields, each optional). */
export type BudgetInput = S['CreateBudgetBodyDto'];
export type BudgetList = S['BudgetListResponse'];
