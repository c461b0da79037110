import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { type NetworkChoice, networkChoiceProblem } from '../domain/launch-network.rule.js';
import { WorkerErrors } from '../domain/worker.errors.js';
import { type Ec2KeyPair, Ec2Port, type Ec2SecurityGroup, type Ec2Subnet } from './ports/ec2.port.js';

/** Where a default of the provisioning form comes from. */
export type NetworkDefaultSource = 'configured' | 'default-vpc' | 'none';

/** A region's subnets, security groups and key pairs, and what a launch uses when none is chosen. */
export interface NetworkOptions {
  region: string;
  /** Default VPC first, then by VPC, zone and CIDR. */
  subnets: Ec2Subnet[];
  /** By VPC, then name. */
  securityGroups: Ec2SecurityGroup[];
  /** By name. */
  keyPairs: Ec2KeyPair[];
  defaults: {
    subnetId?: string;
    securityGroupIds: string[];
    keyName?: string;
    sources: { subnet: NetworkDefaultSource; securityGroups: NetworkDefaultSource; keyPair: NetworkDefaultSource };
  };
}

/**
 * The network side of a launch: what the region offers (for the provisioning form) and the check
 * that a chosen subnet, security groups and key pair exist and fit together, before a worker is
 * recorded. Defaults: the configured ones (WORKER_SUBNET_ID, WORKER_SECURITY_GROUP_IDS,
 * WORKER_KEY_NAME), else the default VPC's first default subnet and its `default` security group,
 * which is what EC2 itself would pick; no key pair unless one is configured.
 */
@Injectable()
export class LaunchNetwork {
  constructor(
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
  ) {}

  async options(region: string): Promise<NetworkOptions> {
    const [subnets, securityGroups, keyPairs] = await Promise.all([this.ec2.describeSubnets(region), this.ec2.describeSecurityGroups(region), this.ec2.describeKeyPairs(region)]);
    subnets.sort((a, b) => Number(b.defaultForAz) - Number(a.defaultForAz) || a.vpcId.localeCompare(b.vpcId) || a.availabilityZone.localeCompare(b.availabilityZone) || a.cidrBlock.localeCompare(b.cidrBlock, undefined, { numeric: true }));
    securityGroups.sort((a, b) => (a.vpcId ?? '').localeCompare(b.vpcId ?? '') || a.groupName.localeCompare(b.groupName));
    keyPairs.sort((a, b) => a.keyName.localeCompare(b.keyName));

    const configured = this.config.workers;
    const defaultSubnet = subnets.find((s) => s.defaultForAz);
    const subnetId = configured.subnetId ?? defaultSubnet?.subnetId;
    const vpcId = subnets.find((s) => s.subnetId === subnetId)?.vpcId;
    const vpcDefaultGroup = vpcId ? securityGroups.find((g) => g.vpcId === vpcId && g.groupName === 'default') : undefined;
    const securityGroupIds = configured.securityGroupIds.length > 0 ? [...configured.securityGroupIds] : vpcDefaultGroup ? [vpcDefaultGroup.groupId] : [];
    return {
      region,
      subnets,
      securityGroups,
      keyPairs,
      defaults: {
        subnetId,
        securityGroupIds,
        keyName: configured.keyName,
        sources: {
          subnet: configured.subnetId ? 'configured' : subnetId ? 'default-vpc' : 'none',
          securityGroups: configured.securityGroupIds.length > 0 ? 'configured' : securityGroupIds.length > 0 ? 'default-vpc' : 'none',
          keyPair: configured.keyName ? 'configured' : 'none',
        },
      },
    };
  }

  /** Refuses (400, saying what to pick) a subnet, security group or key pair the region lacks, or groups of another VPC. Asks EC2 only about what was chosen. */
  async check(region: string, choice: NetworkChoice): Promise<void> {
    const groupIds = choice.securityGroupIds ?? [];
    if (!choice.subnetId && groupIds.length === 0 && !choice.keyName) return;
    // Without a subnet, the groups must be in the default VPC, so every subnet is read to find it.
    const needSubnets = choice.subnetId !== undefined || groupIds.length > 0;
    const [subnets, groups, keys] = await Promise.all([
      needSubnets ? this.ec2.describeSubnets(region, choice.subnetId ? [choice.subnetId] : undefined) : [],
      groupIds.length > 0 ? this.ec2.describeSecurityGroups(region, [...groupIds]) : [],
      choice.keyName ? this.ec2.describeKeyPairs(region) : [],
    ]);
    const problem = networkChoiceProblem(choice, { subnets, groups, keyNames: keys.map((k) => k.keyName) });
    if (!problem) return;
    switch (problem.kind) {
      case 'subnet-not-found':
        throw WorkerErrors.subnetNotFound(region, problem.subnetId);
      case 'security-groups-not-found':
        throw WorkerErrors.securityGroupsNotFound(region, problem.groupIds);
      case 'security-groups-outside-vpc':
        throw WorkerErrors.securityGroupsOutsideVpc(region, problem.vpcId, problem.subnetId, problem.groups);
      case 'key-pair-not-found':
        throw WorkerErrors.keyPairNotFound(region, problem.keyName);
    }
  }
}
