import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { type ImageDefinitionView, LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { GetImageDefinitionsQuery } from './get-image-definitions.query.js';

@QueryHandler(GetImageDefinitionsQuery)
export class GetImageDefinitionsHandler implements IQueryHandler<GetImageDefinitionsQuery, ImageDefinitionView[]> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly throttle: ControllerReadThrottle,
  ) {}

  async execute({ workerId }: GetImageDefinitionsQuery): Promise<ImageDefinitionView[]> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.throttle.read(worker);
    return this.controller.imageDefinitions(worker);
  }
}
