import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import type { Budget } from '../../domain/budget.aggregate.js';
import { BudgetErrors } from '../../domain/budget.errors.js';
import { isMonth, monthOf } from '../../domain/budget-month.rule.js';
import { BudgetRepository } from '../../domain/budget.repository.port.js';
import { budgetStatus, type CostLine } from '../../domain/budget-status.rule.js';
import { BudgetSpend } from '../ports/budget-spend.port.js';
import { type BudgetView, GetBudgetQuery, ListBudgetsQuery } from './budget.queries.js';

export function toBudgetView(budget: Budget, month: string, costs: readonly CostLine[]): BudgetView {
  const s = budget.snapshot();
  const def = budget.definition();
  return { id: budget.id, ...def, createdBy: s.createdBy, createdAt: s.createdAt, updatedAt: s.updatedAt, status: budgetStatus(def, month, costs, budget.monthRecord(month)) };
}

@QueryHandler(ListBudgetsQuery)
export class ListBudgetsHandler implements IQueryHandler<ListBudgetsQuery, BudgetView[]> {
  constructor(
    private readonly budgets: BudgetRepository,
    private readonly spend: BudgetSpend,
    private readonly clock: Clock,
  ) {}

  async execute({ month }: ListBudgetsQuery): Promise<BudgetView[]> {
    if (month !== undefined && !isMonth(month)) throw BudgetErrors.monthInvalid(month);
    const m = month ?? monthOf(this.clock.now());
    const budgets = await this.budgets.active();
    if (budgets.length === 0) return [];
    const costs = await this.spend.workerCosts(m);
    return budgets.map((b) => toBudgetView(b, m, costs));
  }
}

@QueryHandler(GetBudgetQuery)
export class GetBudgetHandler implements IQueryHandler<GetBudgetQuery, BudgetView> {
  constructor(
    private readonly budgets: BudgetRepository,
    private readonly spend: BudgetSpend,
    private readonly clock: Clock,
  ) {}

  async execute({ id }: GetBudgetQuery): Promise<BudgetView> {
    const budget = await this.budgets.get(id);
    const month = monthOf(this.clock.now());
    return toBudgetView(budget, month, await this.spend.workerCosts(month));
  }
}
