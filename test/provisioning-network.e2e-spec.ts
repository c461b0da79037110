import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, createNetwork, type MotoNetwork, motoEc2, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// A region only this suite creates VPCs in (moto is shared and never reset; names carry the run id).
const REGION = 'ap-southeast-2';

/** Provisioning's network choices end to end: the region's subnets, groups and key pairs from moto, and the checks before a launch. */
describe('provisioning: subnet, security groups and key pair', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  let amiId: string;
  let net: MotoNetwork;

  beforeAll(async () => {
    t = await startTestApp('provisioning-network', { AWS_REGIONS: `us-east-1,${REGION}`, WORKER_PROVISION_POLL_SECONDS: '1' });
    api = new Api(t.url);
    run = uniqueRunId('pn');
    amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML test image');
    net = await createNetwork(REGION, run);
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('lists the subnets (VPC, zone, CIDR, Name, free addresses), security groups and key pairs, with the default VPC\'s subnet and group as defaults', async () => {
    const res = await api.get(`/api/workers/network-options?region=${REGION}`, 'admin').then(expectStatus(200));
    expect(res.body.region).toBe(REGION);
    expect(res.body.subnets).toEqual(
      expect.arrayContaining([{ subnetId: net.subnetId, vpcId: net.vpcId, availabilityZone: net.availabilityZone, cidrBlock: net.cidrBlock, name: `${run}-subnet`, defaultForAz: false, availableIpAddressCount: 251 }]),
    );
    expect(res.body.securityGroups).toEqual(expect.arrayContaining([{ groupId: net.securityGroupId, groupName: `${run}-sg`, vpcId: net.vpcId, description: `CML workers of ${run}` }]));
    expect(res.body.keyPairs).toEqual(expect.arrayContaining([{ keyName: net.keyName, keyType: 'ed25519' }]));
    const defaultSubnet = res.body.subnets[0];
    expect(defaultSubnet.defaultForAz).toBe(true);
    const defaultGroup = res.body.securityGroups.find((g: { vpcId: string; groupName: string }) => g.vpcId === defaultSubnet.vpcId && g.groupName === 'default');
    expect(res.body.defaults).toEqual({ subnetId: defaultSubnet.subnetId, securityGroupIds: [defaultGroup.groupId], sources: { subnet: 'default-vpc', securityGroups: 'default-vpc', keyPair: 'none' } });
  });

  it('is for admins, and only for managed regions', async () => {
    await api.get(`/api/workers/network-options?region=${REGION}`, 'manager').then(expectStatus(403));
    expect((await api.get('/api/workers/network-options?region=eu-west-3', 'admin').then(expectStatus(400))).body.code).toBe('WORKER.REGION_NOT_MANAGED');
    expect((await api.get('/api/workers/network-options?region=nowhere', 'admin').then(expectStatus(400))).body.detail).toMatch(/region/);
  });

  it('launches in the chosen subnet with the chosen group and key pair', async () => {
    const res = await api
      .post('/api/workers', { name: `net-${run}`, region: REGION, amiId, instanceType: 'm5zn.metal', subnetId: net.subnetId, securityGroupIds: [net.securityGroupId], keyName: net.keyName })
      .then(expectStatus(202));
    const ready = await eventually(async () => {
      const w = await api.get(`/api/workers/${res.body.id}`);
      return w.body.instanceId && w.body.status === 'running' ? w.body : undefined;
    });
    const ec2 = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [ready.instanceId] }));
    const launched = ec2.Reservations?.[0]?.Instances?.[0];
    expect(launched).toMatchObject({ SubnetId: net.subnetId, VpcId: net.vpcId, KeyName: net.keyName });
    expect(ready.provisioning).toMatchObject({ subnetId: net.subnetId, securityGroupIds: [net.securityGroupId], keyName: net.keyName });
  });

  it('refuses a group of another VPC than the subnet\'s with a 400 that names both, and records nothing', async () => {
    const options = await api.get(`/api/workers/network-options?region=${REGION}`, 'admin').then(expectStatus(200));
    const [foreign] = options.body.defaults.securityGroupIds;
    const name = `mismatch-${run}`;
    const res = await api.post('/api/workers', { name, region: REGION, amiId, instanceType: 'm5zn.metal', subnetId: net.subnetId, securityGroupIds: [foreign] }).then(expectStatus(400));
    expect(res.body).toMatchObject({ code: 'WORKER.SECURITY_GROUP_OUTSIDE_VPC', status: 400 });
    expect(res.body.detail).toContain(`is not in ${net.vpcId}, the VPC of subnet ${net.subnetId}`);
    expect((await api.get(`/api/workers?q=${name}`).then(expectStatus(200))).body.total).toBe(0);
  });

  it.each([
    ['an unknown subnet', { subnetId: 'subnet-0000000000000000' }, 'WORKER.SUBNET_NOT_FOUND'],
    ['an unknown key pair', { keyName: 'nobody-here' }, 'WORKER.KEY_PAIR_NOT_FOUND'],
    ['an unknown group', { securityGroupIds: ['sg-0000000000000000'] }, 'WORKER.SECURITY_GROUP_NOT_FOUND'],
  ])('refuses %s with a 400', async (_what, choice, code) => {
    const res = await api.post('/api/workers', { name: `bad-${run}`, region: REGION, amiId, instanceType: 'm5zn.metal', ...choice }).then(expectStatus(400));
    expect(res.body.code).toBe(code);
  });
});
