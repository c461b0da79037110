import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LabReadModel, type LabView, type Page } from '../../lab.view.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { ListLabsQuery } from './list-labs.query.js';

/** Filters, sorts and pages in the database, then names each item's worker (one lookup per worker on the page). */
@QueryHandler(ListLabsQuery)
export class ListLabsHandler implements IQueryHandler<ListLabsQuery, Page<LabView>> {
  constructor(
    private readonly readModel: LabReadModel,
    private readonly workers: WorkerDirectory,
  ) {}

  async execute({ filter, workerMustExist }: ListLabsQuery): Promise<Page<LabView>> {
    if (workerMustExist && filter.workerId) await this.workers.get(filter.workerId);
    const page = await this.readModel.list(filter);
    const names = await this.workers.names(page.items.map((i) => i.workerId));
    return { ...page, items: page.items.map((i) => ({ ...i, workerName: names.get(i.workerId) })) };
  }
}
