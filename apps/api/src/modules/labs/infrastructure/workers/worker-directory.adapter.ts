import { Injectable } from '@nestjs/common';
import { WorkersFacade } from '../../../workers/workers.public.js';
import { WorkerDirectory } from '../../application/ports/worker-directory.port.js';
import type { LabWorker } from '../../domain/lab-worker.rule.js';

/** The workers module's public facade, narrowed to what labs need. */
@Injectable()
export class WorkersFacadeDirectory extends WorkerDirectory {
  constructor(private readonly workers: WorkersFacade) {
    super();
  }

  async get(workerId: string): Promise<LabWorker> {
    const w = await this.workers.get(workerId);
    return { id: w.id, name: w.name, status: w.status, managed: w.managed, instanceId: w.instanceId, endpoint: w.endpoint };
  }

  briefs(workerIds: string[]): Promise<Map<string, { name: string; status: string }>> {
    return this.workers.briefs(workerIds);
  }
}
