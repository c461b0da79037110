import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { LabErrors } from '../../../domain/lab.errors.js';
import { LabReadModel, type LabView } from '../../lab.view.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { GetLabQuery } from './get-lab.query.js';

@QueryHandler(GetLabQuery)
export class GetLabHandler implements IQueryHandler<GetLabQuery, LabView> {
  constructor(
    private readonly readModel: LabReadModel,
    private readonly workers: WorkerDirectory,
  ) {}

  async execute({ workerId, labId }: GetLabQuery): Promise<LabView> {
    const worker = await this.workers.get(workerId);
    const view = await this.readModel.get(workerId, labId);
    if (!view) throw LabErrors.notFound({ labId, workerName: worker.name, workerId });
    return { ...view, workerName: worker.name };
  }
}
