import { type BudgetScope, type CoveredWorker, covers } from './budget-scope.value-object.js';
import { type BudgetState, budgetState, spentPercent } from './budget-threshold.rule.js';

/** One worker's cost in the month, as far as a budget reads it. */
export interface CostLine extends CoveredWorker {
  totalUsd: number;
  projectedUsd: number | null;
}

export interface BudgetStatus {
  month: string;
  spentUsd: number;
  /** The covered workers' projections summed; null when one of them has none (a month's first hour). */
  projectedUsd: number | null;
  percent: number;
  crossedPercent: number[];
  /** Covered workers with a cost this month. */
  workers: number;
  stoppedWorkers: number;
  state: BudgetState;
}

/** What a budget spent in a month: the costs of the workers its scope covers, summed. */
export function budgetStatus(budget: { scope: BudgetScope; monthlyUsd: number; thresholdsPercent: readonly number[] }, month: string, costs: readonly CostLine[], record: { crossedPercent: readonly number[]; stoppedWorkerIds: readonly string[] }): BudgetStatus {
  const covered = costs.filter((c) => covers(budget.scope, c));
  const spentUsd = covered.reduce((sum, c) => sum + c.totalUsd, 0);
  const projectedUsd = covered.some((c) => c.projectedUsd === null) ? null : covered.reduce((sum, c) => sum + (c.projectedUsd ?? 0), 0);
  const percent = spentPercent(spentUsd, budget.monthlyUsd);
  return {
    month,
    spentUsd,
    projectedUsd,
    percent,
    crossedPercent: [...record.crossedPercent],
    workers: covered.length,
    stoppedWorkers: record.stoppedWorkerIds.length,
    state: budgetState(budget.thresholdsPercent, percent),
  };
}
