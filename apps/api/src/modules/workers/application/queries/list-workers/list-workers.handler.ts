import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { withLiveState } from '../../worker-live-state.mapper.js';
import type { FleetSummary, Page, WorkerView } from '../../worker.view.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { ListWorkersQuery } from './list-workers.query.js';

@QueryHandler(ListWorkersQuery)
export class ListWorkersHandler implements IQueryHandler<ListWorkersQuery, Page<WorkerView> & { summary: FleetSummary }> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ filter }: ListWorkersQuery): Promise<Page<WorkerView> & { summary: FleetSummary }> {
    const [page, summary] = await Promise.all([this.readModel.list(filter), this.readModel.summary(filter.region)]);
    const now = this.clock.now();
    return { ...page, items: page.items.map((v) => withLiveState(v, now, this.config)), summary };
  }
}
