import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { type ComputeHostView, LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { GetComputeHostsQuery } from './get-compute-hosts.query.js';

/** A live controller read, like the definitions: it counts against the worker's read budget. */
@QueryHandler(GetComputeHostsQuery)
export class GetComputeHostsHandler implements IQueryHandler<GetComputeHostsQuery, ComputeHostView[]> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly throttle: ControllerReadThrottle,
  ) {}

  async execute({ workerId }: GetComputeHostsQuery): Promise<ComputeHostView[]> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.throttle.read(worker);
    return this.controller.computeHosts(worker);
  }
}
