import { DomainError } from '#kernel';
import { anInstanceType } from '../../../../../../../../test/support/fake-ec2.js';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ProvisionWorkerCommand } from './provision-worker.command.js';
import { ProvisionWorkerHandler } from './provision-worker.handler.js';

const AMI = { imageId: 'ami-0123456789abcdef0', name: 'cml-2.9.1-build-4', creationDate: '2026-11-01T00:00:00.000Z' };

function setup(env: Record<string, string> = {}) {
  const t = newTestHandler(ProvisionWorkerHandler, { now: '2026-12-02T10:00:00.000Z', env: { AWS_REGIONS: 'us-east-1,eu-north-1', WORKER_DEFAULT_AMI_IDS: `us-east-1=${AMI.imageId}`, ...env } });
  t.ec2
    .offer('us-east-1', anInstanceType('m5zn.metal', { vcpus: 48 }), anInstanceType('m8i.4xlarge', { nestedVirtualization: true }), anInstanceType('c5.2xlarge'), anInstanceType('m7g.metal', { architectures: ['arm64'] }))
    .offer('eu-north-1', anInstanceType('m5.metal'));
  t.ec2.images.set('us-east-1', [AMI]);
  const provision = (input: Partial<ProvisionWorkerCommand['input']>) => t.handler.execute(new ProvisionWorkerCommand({ name: 'lab-east-1', region: 'us-east-1', ...input }, ADA));
  const requested = () => t.workers.saved.at(-1)!;
  return { ...t, provision, requested };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

describe('ProvisionWorkerHandler', () => {
  it('records a pending worker for a bare-metal type the region offers, with the resolved AMI', async () => {
    const { provision, workers, requested } = setup();
    await expect(provision({ instanceType: 'm5zn.metal' })).resolves.toBe('w-1');
    expect(workers.state('w-1')).toMatchObject({ name: 'lab-east-1', status: 'pending', instanceType: 'm5zn.metal', ami: { id: AMI.imageId, name: AMI.name } });
    expect(requested()).toMatchObject({ type: 'worker.provisioning-requested', data: { instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal', amiId: AMI.imageId } });
  });

  it('uses WORKER_DEFAULT_INSTANCE_TYPE, m5zn.metal unless configured, when no type is given', async () => {
    const { provision, requested } = setup();
    await provision({});
    expect(requested().data).toMatchObject({ instanceType: 'm5zn.metal', cmlSuitability: 'bare-metal' });
  });

  it('refuses a type the region does not offer with a 400 that names it and points at the picker; nothing is recorded', async () => {
    const { provision, workers } = setup();
    const err = await refusal(provision({ instanceType: 'banana.huge' }));
    expect(err).toMatchObject({ code: 'WORKER.INSTANCE_TYPE_NOT_OFFERED', kind: 'invalid', details: { region: 'us-east-1', instanceType: 'banana.huge' } });
    expect(err.message).toBe(
      "Instance type banana.huge is not offered in us-east-1. Pick one the region offers: GET /api/workers/instance-types?region=us-east-1 lists them (the console's instance type picker shows the same list).",
    );
    expect(workers.docs.size).toBe(0);
  });

  it('says so when the default type is what the region does not offer', async () => {
    const { provision } = setup({ WORKER_DEFAULT_AMI_IDS: `eu-north-1=${AMI.imageId}` });
    const err = await refusal(provision({ region: 'eu-north-1' }));
    expect(err.code).toBe('WORKER.INSTANCE_TYPE_NOT_OFFERED');
    expect(err.message).toMatch(/^The default instance type m5zn\.metal \(WORKER_DEFAULT_INSTANCE_TYPE\) is not offered in eu-north-1\./);
  });

  it.each([
    ['c5.2xlarge', 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes'],
    ['m7g.metal', 'its processor architecture is arm64; CML needs x86_64'],
  ])('refuses %s, which cannot run CML, unless told to launch it anyway', async (instanceType, reason) => {
    const { provision, workers } = setup();
    const err = await refusal(provision({ instanceType }));
    expect(err).toMatchObject({ code: 'WORKER.INSTANCE_TYPE_UNSUITABLE', kind: 'invalid', details: { instanceType, reason } });
    expect(err.message).toContain(`Instance type ${instanceType} cannot run CML: ${reason}.`);
    expect(err.message).toContain('send allowUnsuitableInstanceType: true to launch it anyway');
    expect(workers.docs.size).toBe(0);
  });

  it('launches an unsuitable type when told to, and says so in the event', async () => {
    const { provision, requested } = setup();
    await provision({ instanceType: 'c5.2xlarge', allowUnsuitableInstanceType: true });
    expect(requested().data).toMatchObject({ instanceType: 'c5.2xlarge', cmlSuitability: 'unsuitable' });
  });

  it('takes a type with nested virtualisation and asks for it to be enabled at launch', async () => {
    const { provision, requested } = setup();
    await provision({ instanceType: 'm8i.4xlarge' });
    expect(requested().data).toMatchObject({ instanceType: 'm8i.4xlarge', cmlSuitability: 'nested-virtualization' });
  });

  it('checks the region before asking EC2 anything', async () => {
    const { provision, ec2 } = setup();
    const err = await refusal(provision({ region: 'ap-south-1', instanceType: 'm5zn.metal' }));
    expect(err.code).toBe('WORKER.REGION_NOT_MANAGED');
    expect(ec2.calls).toEqual([]);
  });

  it('checks the instance type before the AMI', async () => {
    const { provision, ec2 } = setup();
    await refusal(provision({ instanceType: 'banana.huge', amiId: 'ami-0000000000000dead' }));
    expect(ec2.calls.some((c) => c.startsWith('DescribeImages'))).toBe(false);
  });

  it('still refuses an AMI that does not exist (422) and a region without one (400)', async () => {
    const { provision } = setup();
    expect((await refusal(provision({ amiId: 'ami-0000000000000dead' }))).code).toBe('WORKER.AMI_NOT_FOUND');
    const noAmi = setup({ WORKER_DEFAULT_AMI_IDS: '' });
    expect((await refusal(noAmi.provision({}))).code).toBe('WORKER.NO_AMI');
  });

  it('refuses a name the naming rule does not allow, whoever calls', async () => {
    const { provision } = setup();
    expect((await refusal(provision({ name: 'lab#1' }))).code).toBe('WORKER.NAME_INVALID');
  });

  describe('subnet, security groups and key pair', () => {
    function network(env: Record<string, string> = {}) {
      const t = setup(env);
      t.ec2.subnets.set('us-east-1', [
        { subnetId: 'subnet-0def', vpcId: 'vpc-0def', availabilityZone: 'us-east-1a', cidrBlock: '172.31.0.0/20', defaultForAz: true, availableIpAddressCount: 4091 },
        { subnetId: 'subnet-0ab', vpcId: 'vpc-0lab', availabilityZone: 'us-east-1b', cidrBlock: '10.0.1.0/24', name: 'lab', defaultForAz: false, availableIpAddressCount: 251 },
      ]);
      t.ec2.securityGroups.set('us-east-1', [
        { groupId: 'sg-0def', groupName: 'default', vpcId: 'vpc-0def' },
        { groupId: 'sg-0ab', groupName: 'cml', vpcId: 'vpc-0lab' },
      ]);
      t.ec2.keyPairs.set('us-east-1', [{ keyName: 'ops', keyType: 'ed25519' }]);
      return t;
    }

    it('launches with the chosen subnet, groups of its VPC and key pair', async () => {
      const { provision, requested } = network();
      await provision({ subnetId: 'subnet-0ab', securityGroupIds: ['sg-0ab'], keyName: 'ops' });
      expect(requested().data).toMatchObject({ subnetId: 'subnet-0ab', securityGroupIds: ['sg-0ab'], keyName: 'ops' });
    });

    it('asks EC2 nothing about the network when nothing is chosen or configured', async () => {
      const { provision, ec2 } = network();
      await provision({});
      expect(ec2.operations()).not.toEqual(expect.arrayContaining(['DescribeSubnets']));
      expect(ec2.operations()).not.toEqual(expect.arrayContaining(['DescribeKeyPairs']));
    });

    it.each([
      [{ subnetId: 'subnet-0ab', securityGroupIds: ['sg-0def'] }, 'WORKER.SECURITY_GROUP_OUTSIDE_VPC', 'Security group sg-0def (vpc-0def) is not in vpc-0lab, the VPC of subnet subnet-0ab. Pick security groups of vpc-0lab, or a subnet of their VPC.'],
      [{ securityGroupIds: ['sg-0ab'] }, 'WORKER.SECURITY_GROUP_OUTSIDE_VPC', 'Security group sg-0ab (vpc-0lab) is not in vpc-0def, the VPC of the default subnet. Pick security groups of vpc-0def, or a subnet of their VPC.'],
      [{ subnetId: 'subnet-0999' }, 'WORKER.SUBNET_NOT_FOUND', "Subnet subnet-0999 does not exist in us-east-1. Pick one of the region's subnets: GET /api/workers/network-options?region=us-east-1 lists them (the console's subnet picker shows the same list)."],
      [{ securityGroupIds: ['sg-0999'] }, 'WORKER.SECURITY_GROUP_NOT_FOUND', 'Security group sg-0999 does not exist in us-east-1. Pick from GET /api/workers/network-options?region=us-east-1.'],
      [{ keyName: 'nobody' }, 'WORKER.KEY_PAIR_NOT_FOUND', "Key pair nobody does not exist in us-east-1. Pick one of the region's key pairs (GET /api/workers/network-options?region=us-east-1), or launch without one."],
    ])('refuses %j with %s (400), recording nothing', async (choice, code, message) => {
      const { provision, workers } = network();
      const err = await refusal(provision(choice));
      expect(err).toMatchObject({ code, kind: 'invalid' });
      expect(err.message).toBe(message);
      expect(workers.docs.size).toBe(0);
    });

    it('checks the configured defaults too, and says which subnet they do not fit', async () => {
      const { provision } = network({ WORKER_SUBNET_ID: 'subnet-0ab', WORKER_SECURITY_GROUP_IDS: 'sg-0def' });
      const err = await refusal(provision({}));
      expect(err).toMatchObject({ code: 'WORKER.SECURITY_GROUP_OUTSIDE_VPC', details: { subnetId: 'subnet-0ab', vpcId: 'vpc-0lab', groupIds: ['sg-0def'] } });
    });
  });
});
