import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { PowerAction } from '../../../domain/worker-transitions.rule.js';
import type { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { CapacityFallbackService, type StartRequest } from '../../capacity-fallback.service.js';
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
    private readonly capacity: CapacityFallbackService,
  ) {}

  execute(command: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    return retryOnConflict(() => this.once(command));
  }

  private async once({ workerId, action, actor, reason, trigger }: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    const worker = await this.workers.get(workerId);
    const ctx = { actor, now: this.clock.now() };
    const waiting = worker.capacityFallback?.next;
    if (waiting && worker.capacityFallback?.action === 'start') {
      if (action === 'start') return { changed: false, message: `A start is already looking for EC2 capacity; next try: ${waiting.option.instanceType} at ${waiting.at}.` };
      // A stop or terminate asked for meanwhile ends the search for capacity.
      worker.cancelCapacityFallback(`${action === 'stop' ? 'Stop' : 'Termination'} requested by ${actor.name}: the start that was looking for capacity ended.`, ctx);
    }
    const decision = worker.ensureAllowed(action);
    if (decision.outcome === 'noop') {
      if (worker.hasChanges) await this.save(worker);
      return { changed: false, message: decision.message };
    }
    if (action === 'start' && worker.instanceId) return this.start(worker, { actor, reason, trigger });
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
    await this.save(worker);
    return { changed: true, message: worker.instanceId ? DONE[action] : 'The worker had no instance and is now terminated.' };
  }

  /**
   * StartInstances once; when EC2 has no capacity, the fallback begins (docs/stop-and-start.md) and
   * the `capacity-fallback` job makes its further tries, so the request does not wait for them.
   */
  private async start(worker: Worker, request: StartRequest): Promise<StateChangeResult> {
    let result;
    try {
      result = await this.capacity.firstStart(worker, request);
    } catch (err) {
      if (!isInstanceNotFound(err)) throw err;
      worker.observe('missing', endpointPolicy(this.config), { actor: request.actor, now: this.clock.now() });
      await this.save(worker);
      return { changed: true, message: `EC2 no longer knows instance ${worker.instanceId}; the worker is now terminated.` };
    }
    if (result.kind === 'started') worker.recordRequested('start', { actor: request.actor, now: this.clock.now() }, request.reason, request.trigger);
    await this.save(worker);
    if (result.kind === 'started') return { changed: true, message: DONE.start };
    const shortage = worker.capacityFallback!.attempts[0];
    if (result.kind === 'waiting') {
      const { option, at } = result.next;
      return { changed: true, message: `EC2 has no capacity for ${shortage.instanceType} (${shortage.errorCode}); trying ${option.instanceType} next (at ${at.toISOString()}), in the background. The worker's timeline shows every try.` };
    }
    if (result.kind !== 'ended') throw new Error(`A start cannot launch an instance (${worker.name})`);
    throw WorkerErrors.noCapacity(worker.name, result.next.kind === 'give-up' ? result.next.summary : shortage.error ?? '');
  }

  private async save(worker: Worker): Promise<void> {
    await this.workers.save(worker);
    worker.commit();
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
