/** What a network check needs to know of a subnet, a security group and a key pair. */
export interface NetworkSubnetFacts {
  subnetId: string;
  vpcId: string;
  defaultForAz: boolean;
}
export interface NetworkGroupFacts {
  groupId: string;
  vpcId?: string;
}

/** The subnet, security groups and key pair a launch asks for (from the request or the configured defaults). */
export interface NetworkChoice {
  subnetId?: string;
  securityGroupIds?: readonly string[];
  keyName?: string;
}

/** Why EC2 would refuse the choice; the first problem found, in the order a person fixes them. */
export type NetworkProblem =
  | { kind: 'subnet-not-found'; subnetId: string }
  | { kind: 'security-groups-not-found'; groupIds: string[] }
  | { kind: 'security-groups-outside-vpc'; vpcId: string; subnetId?: string; groups: { groupId: string; vpcId?: string }[] }
  | { kind: 'key-pair-not-found'; keyName: string };

/**
 * Checks a launch's network choice against what the region has: the subnet exists, the security
 * groups exist and all belong to the VPC the instance lands in (the subnet's, or without a subnet
 * the default VPC's), and the key pair exists. EC2 would refuse each of these only after the worker
 * was recorded, in the background; checking first turns them into a 400 that says what to pick.
 * Without a subnet and without a default VPC, the VPC is unknown and only existence is checked.
 */
export function networkChoiceProblem(
  choice: NetworkChoice,
  region: { subnets: readonly NetworkSubnetFacts[]; groups: readonly NetworkGroupFacts[]; keyNames: readonly string[] },
): NetworkProblem | undefined {
  let vpcId: string | undefined;
  if (choice.subnetId) {
    const subnet = region.subnets.find((s) => s.subnetId === choice.subnetId);
    if (!subnet) return { kind: 'subnet-not-found', subnetId: choice.subnetId };
    vpcId = subnet.vpcId;
  } else {
    vpcId = region.subnets.find((s) => s.defaultForAz)?.vpcId;
  }
  const wanted = [...new Set(choice.securityGroupIds ?? [])];
  const groups = wanted.map((id) => region.groups.find((g) => g.groupId === id));
  const missing = wanted.filter((_, i) => !groups[i]);
  if (missing.length > 0) return { kind: 'security-groups-not-found', groupIds: missing };
  const outside = groups.filter((g): g is NetworkGroupFacts => !!g && vpcId !== undefined && g.vpcId !== vpcId);
  if (vpcId && outside.length > 0) return { kind: 'security-groups-outside-vpc', vpcId, subnetId: choice.subnetId, groups: outside.map((g) => ({ groupId: g.groupId, vpcId: g.vpcId })) };
  if (choice.keyName && !region.keyNames.includes(choice.keyName)) return { kind: 'key-pair-not-found', keyName: choice.keyName };
  return undefined;
}
