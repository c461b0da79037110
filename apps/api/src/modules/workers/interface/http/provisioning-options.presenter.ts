import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { NetworkOptions } from '../../application/queries/list-network-options/list-network-options.query.js';
import type { InstanceTypeListing } from '../../application/queries/list-instance-types/list-instance-types.query.js';
import type { ResolvedLaunchAmi } from '../../application/queries/resolve-launch-ami/resolve-launch-ami.query.js';
import type { InstanceTypeListResponse, LaunchAmiResponse, NetworkOptionsResponse } from './worker-response.dto.js';

/** What the provisioning form chooses from: a region's instance types, its network and the AMI a launch would use. */

export function toInstanceTypeListResponse(listing: InstanceTypeListing): Presented<InstanceTypeListResponse> {
  return present<InstanceTypeListResponse>({
    region: listing.region,
    listedAt: listing.listedAt,
    items: listing.items.map((t) => ({
      instanceType: t.instanceType,
      vcpus: t.vcpus,
      memoryMiB: t.memoryMiB,
      bareMetal: t.bareMetal,
      nestedVirtualization: t.nestedVirtualization,
      architectures: [...t.architectures],
      suitability: t.suitability,
      suitable: t.suitable,
      unsuitableReason: t.unsuitableReason,
      price: t.price ? { usdPerHour: t.price.usdPerHour, term: t.price.term, operatingSystem: t.price.operatingSystem, source: t.price.source, asOf: t.price.asOf } : null,
    })),
  });
}

export function toLaunchAmiResponse(ami: ResolvedLaunchAmi): Presented<LaunchAmiResponse> {
  return present<LaunchAmiResponse>({
    region: ami.region,
    amiId: ami.amiId,
    name: ami.name,
    description: ami.description,
    creationDate: ami.creationDate,
    chosenBy: ami.chosenBy,
    namePattern: ami.namePattern,
  });
}

export function toNetworkOptionsResponse(options: NetworkOptions): Presented<NetworkOptionsResponse> {
  return present<NetworkOptionsResponse>({
    region: options.region,
    subnets: options.subnets.map((s) => ({
      subnetId: s.subnetId,
      vpcId: s.vpcId,
      availabilityZone: s.availabilityZone,
      cidrBlock: s.cidrBlock,
      name: s.name,
      defaultForAz: s.defaultForAz,
      availableIpAddressCount: s.availableIpAddressCount,
    })),
    securityGroups: options.securityGroups.map((g) => ({ groupId: g.groupId, groupName: g.groupName, vpcId: g.vpcId, description: g.description })),
    keyPairs: options.keyPairs.map((k) => ({ keyName: k.keyName, keyType: k.keyType })),
    defaults: {
      subnetId: options.defaults.subnetId,
      securityGroupIds: [...options.defaults.securityGroupIds],
      keyName: options.defaults.keyName,
      sources: { subnet: options.defaults.sources.subnet, securityGroups: options.defaults.sources.securityGroups, keyPair: options.defaults.sources.keyPair },
    },
  });
}
