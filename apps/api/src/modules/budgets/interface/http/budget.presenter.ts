import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { BudgetView } from '../../application/queries/budget.queries.js';
import type { BudgetListResponse, BudgetResponse, BudgetScopeResponse } from './budget-response.dto.js';

/** Budgets as the budget routes answer them. */

function scope(v: BudgetView['scope']): BudgetScopeResponse {
  if (v.kind === 'owner') return { kind: 'owner', owner: v.owner };
  if (v.kind === 'tag') return { kind: 'tag', tagKey: v.tagKey, tagValue: v.tagValue };
  return { kind: 'fleet' };
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
