import type { ObservedInstance } from '../domain/observed-instance.value-object.js';
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
