import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, KeyValueStore, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { restoreDecision } from '../../../domain/instance-type-restore.rule.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { isInstanceNotFound, type Ec2Instance, Ec2Port, type Ec2StatusCheck } from '../../ports/ec2.port.js';
import { observed } from '../../ec2-instance.mapper.js';
import { RestoreWorkerInstanceTypeCommand } from '../restore-worker-instance-type/restore-worker-instance-type.command.js';
import { SyncWorkerCmlCommand } from '../sync-worker-cml/sync-worker-cml.command.js';
import { RefreshWorkerCommand } from './refresh-worker.command.js';

@CommandHandler(RefreshWorkerCommand)
export class RefreshWorkerHandler implements ICommandHandler<RefreshWorkerCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly store: KeyValueStore,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute({ workerId, actor, force }: RefreshWorkerCommand): Promise<void> {
    const worker = await this.workers.get(workerId);
    const interval = this.config.workers.refreshMinIntervalSeconds;
    // One refresh per worker per interval across every app instance (the store is shared through Redis).
    if (!force && interval > 0 && !(await this.store.setIfAbsent(`throttle:refresh:${workerId}`, actor.id, interval))) {
      const wait = (await this.store.ttl(`throttle:refresh:${workerId}`)) ?? interval;
      throw WorkerErrors.refreshThrottled(worker.name, wait);
    }
    if (!worker.instanceId || !worker.managed) return;

    let instance: Ec2Instance | 'missing';
    let checks: Ec2StatusCheck | undefined;
    try {
      const [found] = await this.ec2.describeInstances(worker.region, { instanceIds: [worker.instanceId] });
      instance = found ?? 'missing';
      if (found) [checks] = await this.ec2.describeInstanceStatus(worker.region, [worker.instanceId]);
    } catch (err) {
      if (!isInstanceNotFound(err)) throw err;
      instance = 'missing';
    }

    let restore = false;
    await retryOnConflict(async () => {
      const fresh = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      fresh.observe(instance === 'missing' ? 'missing' : observed(instance), endpointPolicy(this.config), ctx);
      if (checks) fresh.observeStatusChecks({ instance: checks.instanceStatus, system: checks.systemStatus }, ctx);
      restore = restoreDecision(fresh).kind === 'restore';
      await this.workers.save(fresh);
      fresh.commit();
    });
    // Seen stopped and waiting to go back to its own type after a capacity fallback: changed back now.
    if (restore) await this.commands.execute(new RestoreWorkerInstanceTypeCommand(workerId));
    // A running worker's controller is read too, so "refresh" shows the whole picture; a person asked,
    // so a controller whose circuit is open is tried now rather than after its cooldown.
    await this.commands.execute(new SyncWorkerCmlCommand(workerId, actor, actor.kind !== 'system'));
  }
}
