import { type NetworkChoice, type NetworkProblem, networkChoiceProblem } from './launch-network.rule.js';

const REGION = {
  subnets: [
    { subnetId: 'subnet-default-a', vpcId: 'vpc-default', defaultForAz: true },
    { subnetId: 'subnet-lab', vpcId: 'vpc-lab', defaultForAz: false },
  ],
  groups: [
    { groupId: 'sg-default', vpcId: 'vpc-default' },
    { groupId: 'sg-lab', vpcId: 'vpc-lab' },
    { groupId: 'sg-lab-2', vpcId: 'vpc-lab' },
  ],
  keyNames: ['ops'],
};

describe('networkChoiceProblem', () => {
  const cases: [string, NetworkChoice, NetworkProblem | undefined, typeof REGION?][] = [
    ['nothing chosen is fine', {}, undefined],
    ['a subnet with groups of its VPC and a known key pair is fine', { subnetId: 'subnet-lab', securityGroupIds: ['sg-lab', 'sg-lab-2'], keyName: 'ops' }, undefined],
    ['an unknown subnet', { subnetId: 'subnet-nope' }, { kind: 'subnet-not-found', subnetId: 'subnet-nope' }],
    ['unknown security groups, each named', { subnetId: 'subnet-lab', securityGroupIds: ['sg-lab', 'sg-x', 'sg-y'] }, { kind: 'security-groups-not-found', groupIds: ['sg-x', 'sg-y'] }],
    [
      'a group of another VPC than the subnet\'s',
      { subnetId: 'subnet-lab', securityGroupIds: ['sg-lab', 'sg-default'] },
      { kind: 'security-groups-outside-vpc', vpcId: 'vpc-lab', subnetId: 'subnet-lab', groups: [{ groupId: 'sg-default', vpcId: 'vpc-default' }] },
    ],
    ['without a subnet, groups of the default VPC are fine', { securityGroupIds: ['sg-default'] }, undefined],
    [
      'without a subnet, a group outside the default VPC',
      { securityGroupIds: ['sg-lab'] },
      { kind: 'security-groups-outside-vpc', vpcId: 'vpc-default', subnetId: undefined, groups: [{ groupId: 'sg-lab', vpcId: 'vpc-lab' }] },
    ],
    ['without a subnet or a default VPC, any known group passes', { securityGroupIds: ['sg-lab'] }, undefined, { ...REGION, subnets: [REGION.subnets[1]!] }],
    ['an unknown key pair', { keyName: 'nobody' }, { kind: 'key-pair-not-found', keyName: 'nobody' }],
    ['the subnet is reported before the groups', { subnetId: 'subnet-nope', securityGroupIds: ['sg-x'], keyName: 'nobody' }, { kind: 'subnet-not-found', subnetId: 'subnet-nope' }],
    ['a repeated group id counts once', { subnetId: 'subnet-lab', securityGroupIds: ['sg-lab', 'sg-lab'] }, undefined],
  ];
  it.each(cases)('%s', (_name, choice, problem, region = REGION) => {
    expect(networkChoiceProblem(choice, region)).toEqual(problem);
  });
});
