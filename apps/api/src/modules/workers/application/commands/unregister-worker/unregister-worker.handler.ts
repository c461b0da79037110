import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { isInstanceNotFound, Ec2Port } from '../../ports/ec2.port.js';
import { UnregisterWorkerCommand } from './unregister-worker.command.js';

@CommandHandler(UnregisterWorkerCommand)
export class UnregisterWorkerHandler implements ICommandHandler<UnregisterWorkerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  execute({ workerId, terminateInstance, actor }: UnregisterWorkerCommand): Promise<void> {
    return retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      if (terminateInstance && worker.managed && worker.decide('terminate').outcome === 'proceed') {
        // Terminate first: if EC2 refuses, nothing is written and the worker stays managed.
        if (worker.instanceId) {
          try {
            await this.ec2.terminateInstances(worker.region, [worker.instanceId]);
            worker.recordRequested('terminate', ctx, `terminated while unregistering, by ${actor.name}`);
          } catch (err) {
            if (!isInstanceNotFound(err)) throw err;
            worker.observe('missing', endpointPolicy(this.config), ctx);
          }
        } else {
          worker.recordRequested('terminate', ctx);
        }
      }
      worker.unregister(terminateInstance, ctx);
      await this.workers.save(worker);
      worker.commit();
    });
  }
}
