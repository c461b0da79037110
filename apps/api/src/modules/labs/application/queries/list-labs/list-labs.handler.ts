import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LabReadModel, type LabView, type Page } from '../../lab.view.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { ListLabsQuery } from './list-labs.query.js';

/** Filters, sorts and pages in the database, then names each item's worker and its status (one read for the page). */
@QueryHandler(ListLabsQuery)
export class ListLabsHandler implements IQueryHandler<ListLabsQuery, Page<LabView>> {
  constructor(
    private readonly readModel: LabReadModel,
    private readonly workers: WorkerDirectory,
  ) {}

  async execute({ filter, workerMustExist }: ListLabsQuery): Promise<Page<LabView>> {
    if (workerMustExist && filter.workerId) await this.workers.get(filter.workerId);
    const page = await this.readModel.list(filter);
    const workers = await this.workers.briefs(page.items.map((i) => i.workerId));
    return { ...page, items: page.items.map((i) => ({ ...i, workerName: workers.get(i.workerId)?.name, workerStatus: workers.get(i.workerId)?.status })) };
  }
}
