import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { LabControllerPort, type NodeDefinitionView } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { GetNodeDefinitionsQuery } from './get-node-definitions.query.js';

@QueryHandler(GetNodeDefinitionsQuery)
export class GetNodeDefinitionsHandler implements IQueryHandler<GetNodeDefinitionsQuery, NodeDefinitionView[]> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly throttle: ControllerReadThrottle,
  ) {}

  async execute({ workerId }: GetNodeDefinitionsQuery): Promise<NodeDefinitionView[]> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.throttle.read(worker);
    return this.controller.nodeDefinitions(worker);
  }
}
