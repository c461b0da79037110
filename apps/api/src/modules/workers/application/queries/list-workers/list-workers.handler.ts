import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type FleetSummary, type Page, WorkerReadModel, type WorkerView } from '../../worker.view.js';
import { ListWorkersQuery } from './list-workers.query.js';

@QueryHandler(ListWorkersQuery)
export class ListWorkersHandler implements IQueryHandler<ListWorkersQuery, Page<WorkerView> & { summary: FleetSummary }> {
  constructor(private readonly readModel: WorkerReadModel) {}

  async execute({ filter }: ListWorkersQuery): Promise<Page<WorkerView> & { summary: FleetSummary }> {
    const [page, summary] = await Promise.all([this.readModel.list(filter), this.readModel.summary(filter.region)]);
    return { ...page, summary };
  }
}
