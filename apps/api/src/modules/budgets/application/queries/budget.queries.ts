import type { Actor } from '#kernel';
import type { BudgetDefinition } from '../../domain/budget.aggregate.js';
import type { BudgetStatus } from '../../domain/budget-status.rule.js';

/** A budget with its status in one month. */
export interface BudgetView extends BudgetDefinition {
  id: string;
  createdBy: Actor;
  createdAt: string;
  updatedAt: string;
  status: BudgetStatus;
}

/** Every budget with its status in `month` (`YYYY-MM`; the current one when absent). */
export class ListBudgetsQuery {
  constructor(readonly month?: string) {}
}

/** One budget with its status in the current month. */
export class GetBudgetQuery {
  constructor(readonly id: string) {}
}
