import { describe, expect, it } from 'vitest';
import type { NetworkOptions } from '../api/types';
import { type NetworkChoice, networkProblems } from './network-checks';

const OPTIONS: NetworkOptions = {
  region: 'us-east-1',
  subnets: [
    { subnetId: 'subnet-0def', vpcId: 'vpc-0def', availabilityZone: 'us-east-1a', cidrBlock: '172.31.0.0/20', defaultForAz: true, availableIpAddressCount: 4091 },
    { subnetId: 'subnet-0ab', vpcId: 'vpc-0lab', availabilityZone: 'us-east-1b', cidrBlock: '10.0.1.0/24', defaultForAz: false, availableIpAddressCount: 251 },
  ],
  securityGroups: [
    { groupId: 'sg-0def', groupName: 'default', vpcId: 'vpc-0def' },
    { groupId: 'sg-0cml', groupName: 'cml', vpcId: 'vpc-0lab' },
  ],
  keyPairs: [{ keyName: 'ops' }],
  defaults: { securityGroupIds: [], sources: { subnet: 'none', securityGroups: 'none', keyPair: 'none' } },
};

const choice = (over: Partial<NetworkChoice>): NetworkChoice => ({ subnetId: '', securityGroupIds: [], keyName: '', ...over });

describe('networkProblems (what the server refuses)', () => {
  it.each<[string, Partial<NetworkChoice>, ReturnType<typeof networkProblems>]>([
    ['nothing chosen', {}, {}],
    ['a subnet with a group of its VPC and a key pair', { subnetId: 'subnet-0ab', securityGroupIds: ['sg-0cml'], keyName: 'ops' }, {}],
    ['a group of another VPC', { subnetId: 'subnet-0ab', securityGroupIds: ['sg-0def'] }, { securityGroups: 'sg-0def is not in vpc-0lab, the VPC of subnet subnet-0ab. Choose groups of that VPC.' }],
    ['no subnet: groups must be of the default VPC', { securityGroupIds: ['sg-0cml'] }, { securityGroups: 'sg-0cml is not in vpc-0def, the VPC of the default subnet. Choose groups of that VPC.' }],
    ['an unknown subnet', { subnetId: 'subnet-0zz' }, { subnet: 'Subnet subnet-0zz does not exist in us-east-1; choose one from the list.' }],
    ['an unknown group', { securityGroupIds: ['sg-0zz'] }, { securityGroups: 'sg-0zz does not exist in us-east-1.' }],
    ['more than five groups', { securityGroupIds: ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5', 'sg-6'] }, { securityGroups: 'At most 5 security groups (6 chosen).' }],
    ['an unknown key pair', { keyName: 'gone' }, { keyPair: 'Key pair gone does not exist in us-east-1; choose one from the list or none.' }],
  ])('%s', (_name, over, expected) => {
    expect(networkProblems(choice(over), OPTIONS)).toEqual(expected);
  });
});
