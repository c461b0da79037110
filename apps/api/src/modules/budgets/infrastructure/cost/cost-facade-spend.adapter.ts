import { Injectable } from '@nestjs/common';
import { CostFacade, type WorkerCost } from '../../../cost/cost.public.js';
import { BudgetSpend } from '../../application/ports/budget-spend.port.js';

/** The budgets' spend from the cost module's month figures (its CostFacade). */
@Injectable()
export class CostFacadeSpend extends BudgetSpend {
  constructor(private readonly cost: CostFacade) {
    super();
  }

  workerCosts(month: string): Promise<WorkerCost[]> {
    return this.cost.workerCosts(month);
  }
}
