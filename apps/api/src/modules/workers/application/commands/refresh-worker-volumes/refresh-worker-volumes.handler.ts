import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict, systemActor, type WorkerStatus } from '#kernel';
import { sameVolumes, type WorkerVolume } from '../../../domain/worker-volume.value-object.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { Ec2Port } from '../../ports/ec2.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import type { WorkerView } from '../../worker.view.js';
import { RefreshWorkerVolumesCommand, type VolumeInventorySummary } from './refresh-worker-volumes.command.js';

/** Every status but terminated: a stopped worker still pays for its volumes. */
const WITH_VOLUMES: WorkerStatus[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'failed', 'unknown'];

/**
 * Storage cost needs each worker's EBS volumes, which change rarely (a volume attached or resized by
 * hand), so they are read on their own schedule rather than in every metrics cycle: one
 * DescribeVolumes per region, compared with the read model first so only workers whose volumes
 * changed are loaded and saved (version-safe, retried on conflict like the other handlers).
 */
@CommandHandler(RefreshWorkerVolumesCommand)
export class RefreshWorkerVolumesHandler implements ICommandHandler<RefreshWorkerVolumesCommand, VolumeInventorySummary> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly clock: Clock,
  ) {}

  async execute({ workerIds }: RefreshWorkerVolumesCommand): Promise<VolumeInventorySummary> {
    const views = (await this.candidates(workerIds)).filter((w) => w.managed && w.instanceId && w.status !== 'terminated');
    const byRegion = new Map<string, WorkerView[]>();
    for (const w of views) byRegion.set(w.region, [...(byRegion.get(w.region) ?? []), w]);
    const summary: VolumeInventorySummary = { workers: 0, changed: 0, regions: byRegion.size, awsCalls: 0, errors: [] };
    await Promise.all(
      [...byRegion].map(async ([region, ws]) => {
        let volumes: Map<string, WorkerVolume[]>;
        try {
          summary.awsCalls++;
          volumes = await this.ec2.describeVolumes(region, ws.map((w) => w.instanceId!));
        } catch (err) {
          summary.errors.push(`${region}: ${(err as Error).message}`);
          return;
        }
        for (const w of ws) {
          summary.workers++;
          const now = volumes.get(w.instanceId!) ?? [];
          if (w.volumes && sameVolumes(w.volumes, now)) continue;
          try {
            if (await this.record(w.id, now)) summary.changed++;
          } catch (err) {
            summary.errors.push(`${w.name}: ${(err as Error).message}`);
          }
        }
      }),
    );
    return summary;
  }

  private async candidates(workerIds: readonly string[] | undefined): Promise<WorkerView[]> {
    if (!workerIds) return this.readModel.allManaged(WITH_VOLUMES);
    const views = await Promise.all(workerIds.map((id) => this.readModel.get(id)));
    return views.filter((w): w is WorkerView => w !== undefined);
  }

  /** True when the worker's volumes changed and were saved. */
  private async record(workerId: string, volumes: WorkerVolume[]): Promise<boolean> {
    let changed = false;
    await retryOnConflict(async () => {
      const worker = await this.workers.get(workerId);
      changed = worker.status !== 'terminated' && worker.observeVolumes(volumes, { actor: systemActor('volume-inventory'), now: this.clock.now() });
      if (!changed) return;
      await this.workers.save(worker);
      worker.commit();
    });
    return changed;
  }
}
