import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { BudgetView } from '../../application/queries/budget.queries.js';
import type { BudgetListResponse, BudgetResponse, BudgetScopeResponse } from './budget-response.dto.js';

/** Budgets as the budget routes answer them. */

/** The scope's fields as stored (only those of its kind are set). */
function scope(v: BudgetView['scope']): BudgetScopeResponse {
  const s = v as { kind: string; owner?: string; tagKey?: string; tagValue?: string };
  return { kind: s.kind, owner: s.owner, tagKey: s.tagKey, tagValue: s.tagValue };
}

function budget(v: BudgetView): BudgetResponse {
  const s = v.status;
  return {
    id: v.id,
    name: v.name,
    scope: scope(v.scope),
    monthlyUsd: v.monthlyUsd,
    thresholdsPercent: [...v.thresholdsPercent],
    stopAtLimit: v.stopAtLimit,
    hard: v.hard,
    createdBy: { kind: v.createdBy.kind, id: v.createdBy.id, name: v.createdBy.name },
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    status: { month: s.month, spentUsd: s.spentUsd, projectedUsd: s.projectedUsd, percent: s.percent, crossedPercent: [...s.crossedPercent], workers: s.workers, stoppedWorkers: s.stoppedWorkers, state: s.state },
  };
}

export const toBudgetResponse = (v: BudgetView): Presented<BudgetResponse> => present<BudgetResponse>(budget(v));
export const toBudgetListResponse = (list: BudgetView[]): Presented<BudgetListResponse> => present<BudgetListResponse>({ items: list.map(budget) });
