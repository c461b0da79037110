import { Injectable } from '@nestjs/common';
import { type ListPrice, PriceCatalogue } from './domain/price-catalogue.js';
import type { WorkerCost } from './application/worker-cost.view.js';
import type { CostSubject } from './application/ports/worker-directory.port.js';

export type { ListPrice } from './domain/price-catalogue.js';
export type { WorkerCost } from './application/worker-cost.view.js';
export { SAVING_RULES, type SavingRule } from './domain/savings.rule.js';
export { monthOf } from './domain/metering.rule.js';
export type { CostSubject } from './application/ports/worker-directory.port.js';
export { MeterCostCommand, type MeterCostSummary } from './application/commands/meter-cost/meter-cost.command.js';

/** What other modules (workers) may ask of the cost module. */
@Injectable()
export class PricesFacade {
  constructor(private readonly catalogue: PriceCatalogue) {}

  /** The on-demand Linux list price of an instance type in a region; undefined when unknown (never 0). */
  onDemandLinux(region: string, instanceType: string): ListPrice | undefined {
    return this.catalogue.onDemandLinux(region, instanceType);
  }
}

/** What other modules (budgets, metrics) may ask of the cost figures. */
@Injectable()
export abstract class CostFacade {
  /** Every worker's cost in a month (`YYYY-MM`, UTC) as of now, terminated workers included. */
  abstract workerCosts(month: string): Promise<WorkerCost[]>;
  /** The month's figures of the given workers, from facts the caller has already read. */
  abstract costsOf(subjects: readonly CostSubject[], month: string): Promise<Map<string, WorkerCost>>;
}
