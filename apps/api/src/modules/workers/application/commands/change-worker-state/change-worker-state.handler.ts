import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { PowerAction } from '../../../domain/worker-transitions.rule.js';
import type { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { CapacityFallbackService, type StartRequest } from '../../capacity-fallback.service.js';
import { isInstanceNotFound } from '../../ports/ec2.port.js';
import { OperationTracker } from '../../../../system/system.public.js';
import { describeOperation, PowerOperationRunner } from '../../power-operations/power-operation.runner.js';
import { ChangeWorkerStateCommand, type StateChangeResult } from './change-worker-state.command.js';

const DONE: Record<PowerAction, string> = {
  start: 'Start requested; EC2 is starting the instance.',
  stop: 'Stop requested; EC2 is stopping the instance.',
  terminate: 'Termination requested; EC2 is terminating the instance.',
};

/** When the controller's steps come first (labs, licence), the answer says so. */
const CHOREOGRAPHED: Record<'stop' | 'terminate', string> = {
  stop: 'Stopping: the running labs first, then EC2',
  terminate: 'Terminating: labs, topologies and the licence first, then EC2',
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
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly capacity: CapacityFallbackService,
    private readonly operations: OperationTracker,
    private readonly runner: PowerOperationRunner,
  ) {}

  execute(command: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    return retryOnConflict(() => this.once(command));
  }

  private async once(command: ChangeWorkerStateCommand): Promise<StateChangeResult> {
    const { workerId, action, actor, reason, trigger, force } = command;
    const worker = await this.workers.get(workerId);
    const ctx = { actor, now: this.clock.now() };
    const waiting = worker.capacityFallback?.next;
    if (waiting && worker.capacityFallback?.action === 'start') {
      if (action === 'start') return { changed: false, message: `A start is already looking for EC2 capacity; next try: ${waiting.option.instanceType} at ${waiting.at}.` };
      // A stop or terminate asked for meanwhile ends the search for capacity.
      worker.cancelCapacityFallback(`${action === 'stop' ? 'Stop' : 'Termination'} requested by ${actor.name}: the start that was looking for capacity ended.`, ctx);
    }
    const decision = worker.decide(action);
    if (decision.outcome === 'noop' || decision.outcome === 'proceed') {
      const running = await this.operations.runningOn(worker.id);
      if (running && (await this.runner.settleIfReached(running, worker))) return this.once(command);
      if (running) {
        // A terminate that waits for its controller is told to go on; anything else waits for it.
        if (action === 'terminate' && force && (await this.runner.force(running, actor))) {
          return { changed: false, message: `The terminate under way no longer waits for the controller (forced by ${actor.name}); the licence may stay held.`, operation: (await this.operations.get(running.id)) ?? running };
        }
        if (decision.outcome === 'proceed') throw WorkerErrors.operationInProgress(worker.name, describeOperation(running));
      }
    }
    worker.ensureAllowed(action);
    if (decision.outcome === 'noop') {
      if (worker.hasChanges) await this.save(worker);
      return { changed: false, message: decision.message };
    }
    if (action === 'start' && worker.instanceId) return this.start(worker, { actor, reason, trigger });
    if (action !== 'start' && worker.instanceId) {
      const begun = await this.runner.begin(worker, action, { actor, reason, trigger, force });
      if (begun.kind === 'gone') return { changed: true, message: `EC2 no longer knows instance ${worker.instanceId}; the worker is now terminated.` };
      const op = begun.operation;
      // Whether the controller's steps come first, however far they got before this answer (a fast controller may be done already).
      const choreographed = op.steps?.some((s) => s.status !== 'skipped' && !s.name.startsWith('ec2-') && !s.name.startsWith('wait-'));
      return { changed: true, message: choreographed ? `${CHOREOGRAPHED[action]} (operation ${op.id}).` : DONE[action], operation: op };
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
}
