import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { CmlObservation } from '../../../domain/cml-observation.value-object.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { CmlControllerPort } from '../../ports/cml-controller.port.js';
import { SyncWorkerCmlCommand } from './sync-worker-cml.command.js';

/** Only running workers have a controller to ask; for the others the service is simply unavailable. */
@CommandHandler(SyncWorkerCmlCommand)
export class SyncWorkerCmlHandler implements ICommandHandler<SyncWorkerCmlCommand, CmlObservation | undefined> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly cml: CmlControllerPort,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ workerId, actor, probe }: SyncWorkerCmlCommand): Promise<CmlObservation | undefined> {
    const worker = await this.workers.get(workerId);
    if (!worker.managed || worker.status !== 'running') return undefined;
    const observation = await this.cml.observe({ name: worker.name, instanceId: worker.instanceId, endpoint: worker.endpoint, endpointProblem: worker.endpointProblem }, { probe });
    await retryOnConflict(async () => {
      const fresh = await this.workers.get(workerId);
      if (fresh.status !== 'running') return;
      fresh.observeCml(observation, this.config.cml.telemetryThresholdPercent, { actor, now: this.clock.now() });
      await this.workers.save(fresh);
      fresh.commit();
    });
    return observation;
  }
}
