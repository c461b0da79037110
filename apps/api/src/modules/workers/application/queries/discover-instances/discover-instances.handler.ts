import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { importability, importSelectionProblem } from '../../../domain/import.rule.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { isImageNotFound, isInstanceNotFound, type AmiImage, type Ec2Instance, Ec2Port } from '../../ports/ec2.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { type DiscoveredInstance, DiscoverInstancesQuery } from './discover-instances.query.js';

/** EC2 instances of a region, each marked managed (with its worker) or not. */
@QueryHandler(DiscoverInstancesQuery)
export class DiscoverInstancesHandler implements IQueryHandler<DiscoverInstancesQuery, DiscoveredInstance[]> {
  constructor(
    private readonly ec2: Ec2Port,
    private readonly readModel: WorkerReadModel,
    private readonly config: AppConfig,
  ) {}

  async execute({ region, criteria }: DiscoverInstancesQuery): Promise<DiscoveredInstance[]> {
    ensureManagedRegion(this.config, region);
    const problem = importSelectionProblem(criteria, false);
    if (problem) throw WorkerErrors.importSelectionInvalid(problem);
    let images: AmiImage[] = [];
    let instances: Ec2Instance[];
    if (criteria.instanceId) {
      instances = await this.ec2.describeInstances(region, { instanceIds: [criteria.instanceId] }).catch((err: unknown) => {
        if (isInstanceNotFound(err)) return [];
        throw err;
      });
    } else if (criteria.amiId || criteria.amiName) {
      images = criteria.amiId
        ? await this.ec2.describeImages(region, { imageIds: [criteria.amiId] }).catch((err: unknown) => {
            if (isImageNotFound(err)) return [];
            throw err;
          })
        : await this.ec2.describeImages(region, { namePattern: criteria.amiName });
      const ids = criteria.amiId ? [criteria.amiId] : images.map((i) => i.imageId);
      instances = ids.length ? await this.ec2.describeInstances(region, { imageIds: ids }) : [];
    } else {
      instances = await this.ec2.describeInstances(region);
    }
    const managed = await this.readModel.managedByInstance(region, instances.map((i) => i.instanceId));
    return instances
      .map((i) => {
        const owner = managed.get(i.instanceId);
        const verdict = importability(i, owner);
        return {
          instanceId: i.instanceId,
          name: i.name,
          state: i.state,
          instanceType: i.instanceType,
          amiId: i.imageId,
          amiName: images.find((img) => img.imageId === i.imageId)?.name,
          launchTime: i.launchTime,
          publicIp: i.publicIp,
          privateIp: i.privateIp,
          managed: Boolean(owner),
          workerId: owner?.id,
          workerName: owner?.name,
          importable: verdict.importable,
          reason: verdict.importable ? undefined : verdict.reason,
        };
      })
      .sort((a, b) => (b.launchTime ?? '').localeCompare(a.launchTime ?? '') || a.instanceId.localeCompare(b.instanceId));
  }
}
