import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { withLiveState } from '../../worker-live-state.mapper.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import type { WorkerView } from '../../worker.view.js';
import { GetWorkerQuery } from './get-worker.query.js';

@QueryHandler(GetWorkerQuery)
export class GetWorkerHandler implements IQueryHandler<GetWorkerQuery, WorkerView> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ workerId }: GetWorkerQuery): Promise<WorkerView> {
    const view = await this.readModel.get(workerId);
    if (!view) throw WorkerErrors.notFound(workerId);
    return withLiveState(view, this.clock.now(), this.config);
  }
}
