import type { CostGroupBy } from '../cost-report.js';

/** The month of the fleet at a glance (`CostReport`). */
export class GetCostReportQuery {
  constructor(
    readonly month: string,
    readonly groupBy: CostGroupBy,
    readonly tagKey?: string,
  ) {}
}

/** Every worker's cost in a month (`{ items: WorkerMonthCost[], asOf }`). */
export class ListWorkerCostsQuery {
  constructor(readonly month: string) {}
}
