import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CostFigures, type WorkerMonthCost } from '../cost-figures.service.js';
import { type CostReport, costReport } from '../cost-report.js';
import { GetCostReportQuery, ListWorkerCostsQuery } from './cost.queries.js';

@QueryHandler(GetCostReportQuery)
export class GetCostReportHandler implements IQueryHandler<GetCostReportQuery, CostReport> {
  constructor(private readonly figures: CostFigures) {}

  async execute({ month, groupBy, tagKey }: GetCostReportQuery): Promise<CostReport> {
    const { items, asOf, discountPercent } = await this.figures.month(month);
    return costReport(items, month, groupBy, tagKey, asOf, discountPercent);
  }
}

@QueryHandler(ListWorkerCostsQuery)
export class ListWorkerCostsHandler implements IQueryHandler<ListWorkerCostsQuery, { items: WorkerMonthCost[]; asOf: Date }> {
  constructor(private readonly figures: CostFigures) {}

  async execute({ month }: ListWorkerCostsQuery): Promise<{ items: WorkerMonthCost[]; asOf: Date }> {
    const { items, asOf } = await this.figures.month(month);
    return { items: items.sort((a, b) => b.totalUsd - a.totalUsd || a.name.localeCompare(b.name)), asOf };
  }
}
