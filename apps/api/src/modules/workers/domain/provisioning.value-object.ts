import type { EventMap } from '#kernel';
import type { CmlSuitability } from './cml-instance-type.rule.js';

/** What a person asked for when provisioning a worker. */
export interface ProvisioningRequest {
  name: string;
  region: string;
  instanceType: string;
  /** How the type can run CML, as EC2 described it when asked; `nested-virtualization` is enabled at launch. */
  cmlSuitability?: CmlSuitability;
  ami: { id: string; name?: string; description?: string };
  subnetId?: string;
  securityGroupIds?: string[];
  keyName?: string;
}

/** The launch settings a provisioned worker keeps, and why its launch failed (when it did). */
export interface ProvisioningFacts {
  subnetId?: string;
  securityGroupIds?: string[];
  keyName?: string;
  failureReason?: string;
}

/** What `worker.provisioning-requested` records of the request (the name trimmed, as the worker has it). */
export function provisioningRequested(request: ProvisioningRequest): EventMap['worker.provisioning-requested'] {
  const { region, instanceType, cmlSuitability, ami, subnetId, securityGroupIds, keyName } = request;
  return { name: request.name.trim(), region, instanceType, ...(cmlSuitability ? { cmlSuitability } : {}), amiId: ami.id, amiName: ami.name, subnetId, securityGroupIds, keyName };
}
