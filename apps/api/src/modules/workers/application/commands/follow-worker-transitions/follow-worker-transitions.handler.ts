import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { restoreDecision } from '../../../domain/instance-type-restore.rule.js';
import { CHANGING_STATUSES } from '../../../domain/status-follow.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy, followPolicy } from '../../worker-config.policy.js';
import { isInstanceNotFound, type Ec2Instance, Ec2Port } from '../../ports/ec2.port.js';
import { observed } from '../../ec2-instance.mapper.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { workersToFollow } from '../../status-follow.service.js';
import type { WorkerView } from '../../worker.view.js';
import { RestoreWorkerInstanceTypeCommand } from '../restore-worker-instance-type/restore-worker-instance-type.command.js';
import { FollowWorkerTransitionsCommand, type FollowSummary } from './follow-worker-transitions.command.js';

/**
 * A stop or start shows in the console as soon as EC2 has done it, not at the next collection
 * cycle: instances that are changing state are read every WORKER_FOLLOW_INTERVAL_SECONDS for up to
 * WORKER_FOLLOW_MAX_MINUTES, all of a region in one DescribeInstances call.
 */
@CommandHandler(FollowWorkerTransitionsCommand)
export class FollowWorkerTransitionsHandler implements ICommandHandler<FollowWorkerTransitionsCommand, FollowSummary> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute(): Promise<FollowSummary> {
    const views = await workersToFollow(this.readModel, this.clock.now(), followPolicy(this.config));
    const byRegion = new Map<string, WorkerView[]>();
    for (const w of views) byRegion.set(w.region, [...(byRegion.get(w.region) ?? []), w]);
    const summary: FollowSummary = { followed: 0, settled: 0, regions: byRegion.size, awsCalls: 0, errors: [] };
    await Promise.all(
      [...byRegion].map(async ([region, ws]) => {
        try {
          const instances = await this.read(region, ws.map((w) => w.instanceId!), summary);
          for (const w of ws) {
            const settled = await this.apply(w.id, instances.get(w.instanceId!) ?? 'missing').catch((err: unknown) => {
              summary.errors.push(`${w.name}: ${(err as Error).message}`);
              return undefined;
            });
            if (settled === undefined) continue;
            summary.followed++;
            if (settled) summary.settled++;
          }
        } catch (err) {
          summary.errors.push(`${region}: ${(err as Error).message}`);
        }
      }),
    );
    return summary;
  }

  /** One call for the region; when one id is unknown to EC2 (long gone), each is read alone to find it. */
  private async read(region: string, ids: string[], summary: FollowSummary): Promise<Map<string, Ec2Instance>> {
    summary.awsCalls++;
    try {
      return new Map((await this.ec2.describeInstances(region, { instanceIds: ids })).map((i) => [i.instanceId, i]));
    } catch (err) {
      if (!isInstanceNotFound(err) || ids.length === 1) {
        if (isInstanceNotFound(err)) return new Map();
        throw err;
      }
      const found = new Map<string, Ec2Instance>();
      for (const id of ids) for (const [k, v] of await this.read(region, [id], summary)) found.set(k, v);
      return found;
    }
  }

  /**
   * Applies what EC2 says; true when the worker has left the changing states. A worker seen stopped
   * that waits to go back to its own instance type after a capacity fallback is changed back then.
   */
  private async apply(workerId: string, instance: Ec2Instance | 'missing'): Promise<boolean> {
    let settled = false;
    let restore = false;
    await retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      const ctx = { actor: systemActor('status-follow'), now: this.clock.now() };
      worker.observe(instance === 'missing' ? 'missing' : observed(instance), endpointPolicy(this.config), ctx);
      settled = !CHANGING_STATUSES.includes(worker.status);
      restore = restoreDecision(worker).kind === 'restore';
      if (!worker.hasChanges) return;
      await this.workers.save(worker);
      worker.commit();
    });
    if (restore) await this.commands.execute(new RestoreWorkerInstanceTypeCommand(workerId));
    return settled;
  }
}
