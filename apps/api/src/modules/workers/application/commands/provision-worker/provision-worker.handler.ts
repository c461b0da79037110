import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { ensureManagedRegion } from '../../worker-config.policy.js';
import { InstanceTypeCatalog } from '../../instance-type-catalog.service.js';
import { LaunchAmiResolver } from '../../launch-ami-resolver.service.js';
import { LaunchNetwork } from '../../launch-network.service.js';
import { ProvisionWorkerCommand } from './provision-worker.command.js';

/**
 * Records a new worker in `pending` and answers at once; the instance is launched in the background
 * when `worker.provisioning-requested` is published. Before that, the region must offer the instance
 * type, and the type must be able to run CML unless the caller said to launch it anyway (ADR 0025);
 * the subnet, security groups and key pair must exist and the groups be in the subnet's VPC (ADR 0053).
 */
@CommandHandler(ProvisionWorkerCommand)
export class ProvisionWorkerHandler implements ICommandHandler<ProvisionWorkerCommand, string> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly instanceTypes: InstanceTypeCatalog,
    private readonly amis: LaunchAmiResolver,
    private readonly network: LaunchNetwork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ProvisionWorkerCommand): Promise<string> {
    ensureManagedRegion(this.config, input.region);
    const instanceType = input.instanceType ?? this.config.workers.defaultInstanceType;
    const offered = await this.instanceTypes.find(input.region, instanceType);
    if (!offered) throw WorkerErrors.instanceTypeNotOffered(input.region, instanceType, input.instanceType === undefined);
    if (offered.suitability === 'unsuitable' && !input.allowUnsuitableInstanceType) {
      throw WorkerErrors.instanceTypeUnsuitable(input.region, instanceType, offered.unsuitableReason ?? 'it cannot run CML');
    }
    const { image } = await this.amis.resolve(input.region, { amiId: input.amiId, amiName: input.amiName });
    const subnetId = input.subnetId ?? this.config.workers.subnetId;
    const securityGroupIds = input.securityGroupIds ?? (this.config.workers.securityGroupIds.length ? this.config.workers.securityGroupIds : undefined);
    const keyName = input.keyName ?? this.config.workers.keyName;
    await this.network.check(input.region, { subnetId, securityGroupIds, keyName });
    const worker = Worker.requestProvisioning(
      this.workers.newId(),
      {
        name: input.name,
        region: input.region,
        instanceType,
        cmlSuitability: offered.suitability,
        ami: { id: image.imageId, name: image.name, description: image.description },
        subnetId,
        securityGroupIds,
        keyName,
      },
      { actor, now: this.clock.now() },
    );
    await this.workers.save(worker);
    worker.commit();
    return worker.id;
  }
}
