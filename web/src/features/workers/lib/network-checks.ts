import type { NetworkOptions, SecurityGroupOption, SubnetOption } from '../api/types';

/** What the form has chosen: '' is "let EC2 choose" for the subnet and "none" for the key pair. */
export interface NetworkChoice {
  subnetId: string;
  securityGroupIds: string[];
  keyName: string;
}

/** The server's limit on security groups per launch (ProvisionWorkerDto). */
export const MAX_SECURITY_GROUPS = 5;

/** The VPC an instance lands in: the chosen subnet's, or without one the default VPC's (undefined when the region has none). */
export function vpcOf(subnetId: string, subnets: readonly SubnetOption[]): string | undefined {
  return subnetId ? subnets.find((s) => s.subnetId === subnetId)?.vpcId : subnets.find((s) => s.defaultForAz)?.vpcId;
}

/** The security groups a launch in `vpcId` may take (all of them when the VPC is unknown). */
export function groupsOfVpc(vpcId: string | undefined, groups: readonly SecurityGroupOption[]): SecurityGroupOption[] {
  return vpcId ? groups.filter((g) => g.vpcId === vpcId) : [...groups];
}

/** The choice the form starts from: the server's defaults. */
export function defaultChoice(options: NetworkOptions): NetworkChoice {
  return { subnetId: options.defaults.subnetId ?? '', securityGroupIds: [...options.defaults.securityGroupIds], keyName: options.defaults.keyName ?? '' };
}

/**
 * Why the server would refuse the network choice, per field, as it checks it: the subnet, groups
 * and key pair exist in the region, the groups are all in the VPC the instance lands in, and there
 * are at most five groups.
 */
export function networkProblems(choice: NetworkChoice, options: NetworkOptions): { subnet?: string; securityGroups?: string; keyPair?: string } {
  const problems: { subnet?: string; securityGroups?: string; keyPair?: string } = {};
  if (choice.subnetId && !options.subnets.some((s) => s.subnetId === choice.subnetId)) problems.subnet = `Subnet ${choice.subnetId} does not exist in ${options.region}; choose one from the list.`;
  const vpcId = vpcOf(choice.subnetId, options.subnets);
  const unknown = choice.securityGroupIds.filter((id) => !options.securityGroups.some((g) => g.groupId === id));
  const outside = choice.securityGroupIds.filter((id) => {
    const group = options.securityGroups.find((g) => g.groupId === id);
    return group && vpcId && group.vpcId !== vpcId;
  });
  if (choice.securityGroupIds.length > MAX_SECURITY_GROUPS) problems.securityGroups = `At most ${MAX_SECURITY_GROUPS} security groups (${choice.securityGroupIds.length} chosen).`;
  else if (unknown.length) problems.securityGroups = `${unknown.join(', ')} ${unknown.length > 1 ? 'do' : 'does'} not exist in ${options.region}.`;
  else if (outside.length && !problems.subnet)
    problems.securityGroups = `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not in ${vpcId}, the VPC of ${choice.subnetId ? `subnet ${choice.subnetId}` : 'the default subnet'}. Choose groups of that VPC.`;
  if (choice.keyName && !options.keyPairs.some((k) => k.keyName === choice.keyName)) problems.keyPair = `Key pair ${choice.keyName} does not exist in ${options.region}; choose one from the list or none.`;
  return problems;
}
