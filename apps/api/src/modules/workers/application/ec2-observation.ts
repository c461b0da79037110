import { DomainError } from '#kernel';
import type { AppConfig } from '../../../config/app-config.js';
import type { EndpointPolicy, ObservedInstance } from '../domain/worker.aggregate.js';
import type { Ec2Instance } from './ports/ec2.port.js';

/** The domain's view of an EC2 instance. */
export function observed(instance: Ec2Instance): ObservedInstance {
  return {
    instanceId: instance.instanceId,
    state: instance.state,
    instanceType: instance.instanceType,
    imageId: instance.imageId,
    name: instance.name,
    tags: instance.tags,
    publicIp: instance.publicIp,
    privateIp: instance.privateIp,
    launchTime: instance.launchTime,
  };
}

export function endpointPolicy(config: AppConfig): EndpointPolicy {
  return { usePrivateIp: config.workers.endpointUsePrivateIp };
}

/** Refuses regions this deployment does not manage, naming the ones it does. */
export function ensureManagedRegion(config: AppConfig, region: string): void {
  if (!config.aws.regions.includes(region)) {
    throw DomainError.invalid('WORKER.REGION_NOT_MANAGED', `Region ${region} is not managed here; use one of ${config.aws.regions.join(', ')} (AWS_REGIONS).`, {
      region,
      managedRegions: config.aws.regions,
    });
  }
}

/** True when an AWS error says the instance does not exist (any more). */
export function isInstanceNotFound(err: unknown): boolean {
  return err instanceof DomainError && err.code === 'AWS.INSTANCE_NOT_FOUND';
}
