import { Injectable } from '@nestjs/common';
import { CostFacade } from '../cost.public.js';
import { CostFigures, type WorkerMonthCost } from './cost-figures.service.js';
import type { CostSubject } from './ports/worker-directory.port.js';

/** The cost figures as other modules see them. */
@Injectable()
export class CostFiguresFacade extends CostFacade {
  constructor(private readonly figures: CostFigures) {
    super();
  }

  async workerCosts(month: string): Promise<WorkerMonthCost[]> {
    return (await this.figures.month(month)).items;
  }

  async costsOf(subjects: readonly CostSubject[], month: string): Promise<Map<string, WorkerMonthCost>> {
    return this.figures.of(subjects, month);
  }
}
