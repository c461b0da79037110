import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { isValidEndpoint } from '../../../domain/worker-endpoint.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { UpdateWorkerCommand } from './update-worker.command.js';

@CommandHandler(UpdateWorkerCommand)
export class UpdateWorkerHandler implements ICommandHandler<UpdateWorkerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, changes, actor }: UpdateWorkerCommand): Promise<void> {
    if (changes.name === undefined && changes.endpoint === undefined && changes.idleDetectionEnabled === undefined && changes.idleTimeoutMinutes === undefined) {
      throw WorkerErrors.nothingToUpdate();
    }
    if (typeof changes.endpoint === 'string' && !isValidEndpoint(changes.endpoint)) {
      throw WorkerErrors.endpointInvalid();
    }
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      if (changes.name !== undefined) worker.rename(changes.name, ctx);
      if (changes.endpoint !== undefined) worker.overrideEndpoint(changes.endpoint ?? undefined, endpointPolicy(this.config), ctx);
      if (changes.idleDetectionEnabled !== undefined) worker.setIdleDetection(changes.idleDetectionEnabled, ctx);
      if (changes.idleTimeoutMinutes !== undefined) worker.setIdleTimeout(changes.idleTimeoutMinutes ?? undefined, ctx);
      await this.workers.save(worker);
      worker.commit();
    });
  }
}
