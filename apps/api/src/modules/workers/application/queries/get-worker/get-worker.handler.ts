import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { workerNotFound } from '../../../domain/worker.errors.js';
import { WorkerReadModel, type WorkerView } from '../../worker.view.js';
import { GetWorkerQuery } from './get-worker.query.js';

@QueryHandler(GetWorkerQuery)
export class GetWorkerHandler implements IQueryHandler<GetWorkerQuery, WorkerView> {
  constructor(private readonly readModel: WorkerReadModel) {}

  async execute({ workerId }: GetWorkerQuery): Promise<WorkerView> {
    const view = await this.readModel.get(workerId);
    if (!view) throw workerNotFound(workerId);
    return view;
  }
}
