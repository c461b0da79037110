import type { Budget } from './budget.aggregate.js';

/** Stored budgets (deleted ones are kept, marked, for their history). */
export abstract class BudgetRepository {
  abstract newId(): string;
  /** BUDGET.NOT_FOUND when unknown or deleted. */
  abstract get(id: string): Promise<Budget>;
  abstract save(budget: Budget): Promise<void>;
  /** Every budget not deleted, by name. */
  abstract active(): Promise<Budget[]>;
}
