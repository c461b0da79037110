import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { PowerAction } from '../../../domain/worker-transitions.rule.js';
import type { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { isInstanceNotFound, Ec2Port } from '../../ports/ec2.port.js';
import { ChangeWorkerStateCommand, type StateChangeResult } from './change-worker-state.command.js';

const DONE: Record<PowerAction, string> = {
  start: 'Start requested; EC2 is starting the instance.',
  stop: 'Stop requested; EC2 is stopping the instance.',
  terminate: 'Termination requested; EC2 is terminating the instance.',
};

/**
 * Checks the transition table, asks EC2, records the request. When another command changed the
 * worker meanwhile, the whole unit runs again on the fresh state (EC2 calls are idempotent), so
 * concurrent start and stop both land in order.
 */
@CommandHandler(ChangeWorkerStateCommand)
export class ChangeWorkerStateHandler implements ICommandHandler<ChangeWorkerStateCommand, StateChangeResult> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  execute(command: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    return retryOnConflict(() => this.once(command));
  }

  private async once({ workerId, action, actor, reason, trigger }: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    const worker = await this.workers.get(workerId);
    const decision = worker.ensureAllowed(action);
    if (decision.outcome === 'noop') return { changed: false, message: decision.message };
    const ctx = { actor, now: this.clock.now() };
    if (worker.instanceId) {
      const gone = await this.callEc2(worker, action);
      if (gone) {
        worker.observe('missing', endpointPolicy(this.config), ctx);
        await this.workers.save(worker);
        worker.commit();
        return { changed: true, message: `EC2 no longer knows instance ${worker.instanceId}; the worker is now terminated.` };
      }
    }
    worker.recordRequested(action, ctx, reason, trigger);
    await this.workers.save(worker);
    worker.commit();
    return { changed: true, message: worker.instanceId ? DONE[action] : 'The worker had no instance and is now terminated.' };
  }

  /** Returns true when the instance no longer exists in EC2. */
  private async callEc2(worker: Worker, action: PowerAction): Promise<boolean> {
    const ids = [worker.instanceId!];
    try {
      if (action === 'start') await this.ec2.startInstances(worker.region, ids);
      if (action === 'stop') await this.ec2.stopInstances(worker.region, ids);
      if (action === 'terminate') await this.ec2.terminateInstances(worker.region, ids);
      return false;
    } catch (err) {
      if (isInstanceNotFound(err)) return true;
      throw err;
    }
  }
}
