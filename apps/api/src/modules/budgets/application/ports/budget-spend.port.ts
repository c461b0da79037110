import type { WorkerCost } from '../../../cost/cost.public.js';

/** What the budgets read of the cost figures: every worker's cost in a month (the cost module's CostFacade). */
export abstract class BudgetSpend {
  /** Every worker's cost in `month` (`YYYY-MM`, UTC) as of now, terminated workers included. */
  abstract workerCosts(month: string): Promise<WorkerCost[]>;
}
