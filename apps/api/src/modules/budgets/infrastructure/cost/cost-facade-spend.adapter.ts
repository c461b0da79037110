import { Injectable, Optional } from '@nestjs/common';
import { CostFacade, type WorkerCost } from '../../../cost/cost.public.js';
import { BudgetSpend } from '../../application/ports/budget-spend.port.js';

/**
 * The budgets' spend from the cost module's figures. Optional while the cost ledger is being
 * built (issue 15): without a CostFacade bound, reading spend fails with a message saying so,
 * and the rest of the app runs.
 */
@Injectable()
export class CostFacadeSpend extends BudgetSpend {
  constructor(@Optional() private readonly cost?: CostFacade) {
    super();
  }

  workerCosts(month: string): Promise<WorkerCost[]> {
    if (!this.cost) return Promise.reject(new Error('The cost figures are not available: the cost module binds no CostFacade yet.'));
    return this.cost.workerCosts(month);
  }
}
