import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { ensureManagedRegion } from '../../ec2-observation.js';
import { type AmiImage, Ec2Port } from '../../ports/ec2.port.js';
import { ProvisionWorkerCommand } from './provision-worker.command.js';

/**
 * Records a new worker in `pending` and answers at once; the instance is launched in the
 * background when `worker.provisioning-requested` is published.
 */
@CommandHandler(ProvisionWorkerCommand)
export class ProvisionWorkerHandler implements ICommandHandler<ProvisionWorkerCommand, string> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ProvisionWorkerCommand): Promise<string> {
    ensureManagedRegion(this.config, input.region);
    const ami = await this.resolveAmi(input.region, input.amiId, input.amiName);
    const worker = Worker.requestProvisioning(
      this.workers.newId(),
      {
        name: input.name,
        region: input.region,
        instanceType: input.instanceType ?? this.config.workers.defaultInstanceType,
        ami: { id: ami.imageId, name: ami.name, description: ami.description },
        subnetId: input.subnetId ?? this.config.workers.subnetId,
        securityGroupIds: input.securityGroupIds ?? (this.config.workers.securityGroupIds.length ? this.config.workers.securityGroupIds : undefined),
        keyName: input.keyName ?? this.config.workers.keyName,
      },
      { actor, now: this.clock.now() },
    );
    await this.workers.save(worker);
    worker.commit();
    return worker.id;
  }

  /** The AMI to launch: the one named by id, the newest matching a name pattern, or the region's default. */
  private async resolveAmi(region: string, amiId?: string, amiName?: string): Promise<AmiImage> {
    const id = amiId ?? (amiName ? undefined : this.config.workers.defaultAmiIds[region]);
    const name = amiId ? undefined : (amiName ?? (id ? undefined : this.config.workers.defaultAmiName));
    if (!id && !name) {
      throw new DomainError('WORKER.NO_AMI', 'invalid', `No AMI is configured for ${region}; pass amiId or amiName (or set WORKER_DEFAULT_AMI_IDS / WORKER_DEFAULT_AMI_NAME).`, { region });
    }
    let images: AmiImage[];
    try {
      images = await this.ec2.describeImages(region, id ? { imageIds: [id] } : { namePattern: name });
    } catch (err) {
      if (err instanceof DomainError && err.code === 'AWS.IMAGE_NOT_FOUND') images = [];
      else throw err;
    }
    const newest = images.sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''))[0];
    if (!newest) {
      throw new DomainError('WORKER.AMI_NOT_FOUND', 'unprocessable', id ? `AMI ${id} does not exist in ${region}.` : `No AMI named like "${name}" is visible in ${region} (owners: ${this.config.aws.amiOwners.join(', ')}).`, {
        region,
        amiId: id,
        amiName: name,
      });
    }
    return newest;
  }
}
