import { DescribeImagesCommand, DescribeInstancesCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { DomainError } from '#kernel';
import {
  MOTO_ACCOUNT_ID,
  amazonAmiId,
  closeMotoClients,
  createNamedAmi,
  createNetwork,
  launchInstances,
  motoConfig,
  motoEc2,
  uniqueRunId,
} from '../../../../../../../test/support/moto.js';
import { RecordingAwsCallRecorder } from '../../../../../../../test/support/recording-aws-call-recorder.js';
import type { AppConfig } from '../../../../config/app-config.js';
import { AwsClients } from './aws-clients.js';
import { AwsEc2Adapter } from './ec2.adapter.js';

// A region no other suite seeds, plus the run id in every tag and AMI name: moto is shared
// between runs and never reset, so each test only ever looks at what this run created.
const REGION = 'eu-north-1';
const RUN = uniqueRunId('ec2');
const RUN_TAG = 'ccm:test-run';

describe('AwsEc2Adapter against moto', () => {
  let config: AppConfig;
  let recorder: RecordingAwsCallRecorder;
  let adapter: AwsEc2Adapter;
  let ownAmiId: string;
  const ownAmiName = `ccm-test-${RUN}-cml-2.9.1`;

  beforeAll(async () => {
    config = motoConfig(['us-east-1', REGION], { AWS_MAX_ATTEMPTS: '2' });
    recorder = new RecordingAwsCallRecorder();
    adapter = new AwsEc2Adapter(config, recorder);
    ownAmiId = await createNamedAmi(REGION, ownAmiName, 'CML test image');
  });

  beforeEach(() => recorder.clear());

  afterAll(() => {
    adapter.onModuleDestroy();
    closeMotoClients();
  });

  describe('runInstance', () => {
    it('launches one instance with Name and the given tags on it and on its volumes, monitoring and token as asked', async () => {
      const clientToken = uniqueRunId('token');
      const launched = await adapter.runInstance(REGION, {
        name: `worker-${RUN}`,
        instanceType: 't3.large',
        imageId: ownAmiId,
        tags: { [RUN_TAG]: RUN, 'ccm:managed': 'true' },
        detailedMonitoring: true,
        clientToken,
      });
      expect(launched).toMatchObject({
        region: REGION,
        instanceType: 't3.large',
        imageId: ownAmiId,
        name: `worker-${RUN}`,
        tags: { Name: `worker-${RUN}`, [RUN_TAG]: RUN, 'ccm:managed': 'true' },
        monitoring: 'enabled',
      });
      expect(launched.instanceId).toMatch(/^i-[0-9a-f]+$/);

      const [seen] = await adapter.describeInstances(REGION, { instanceIds: [launched.instanceId] });
      expect(seen).toMatchObject({ instanceId: launched.instanceId, state: 'running', name: `worker-${RUN}`, tags: launched.tags, monitoring: 'enabled' });
      expect(new Date(seen!.launchTime!).toISOString()).toBe(seen!.launchTime);
      expect(seen!.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(seen!.securityGroupIds.length).toBeGreaterThan(0);
      expect(seen!.subnetId).toMatch(/^subnet-/);
      expect(seen!.vpcId).toMatch(/^vpc-/);

      const raw = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [launched.instanceId] }));
      expect(raw.Reservations?.[0]?.Instances?.[0]?.ClientToken).toBe(clientToken);
      const volumes = await motoEc2(REGION).send(new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [launched.instanceId] }] }));
      expect(volumes.Volumes?.[0]?.Tags).toEqual(expect.arrayContaining([{ Key: 'Name', Value: `worker-${RUN}` }, { Key: RUN_TAG, Value: RUN }]));
      expect(recorder.countsByOperation()).toEqual({ RunInstances: 1, DescribeInstances: 1 });
    });

    it('leaves detailed monitoring off unless asked', async () => {
      const launched = await adapter.runInstance(REGION, { name: `basic-${RUN}`, instanceType: 't3.micro', imageId: ownAmiId, tags: { [RUN_TAG]: RUN } });
      expect(launched.monitoring).toBe('disabled');
    });
  });

  describe('describeInstances', () => {
    const filterRun = uniqueRunId('filters');
    let fromOwnAmi: string[];
    let fromAmazonAmi: string[];

    beforeAll(async () => {
      fromOwnAmi = await launchInstances(REGION, { count: 2, imageId: ownAmiId, tags: { [RUN_TAG]: filterRun, role: 'controller' } });
      fromAmazonAmi = await launchInstances(REGION, { count: 2, tags: { [RUN_TAG]: filterRun, role: 'spare' } });
    });

    const idsOf = (instances: { instanceId: string }[]) => instances.map((i) => i.instanceId).sort();

    it('finds instances by id', async () => {
      const wanted = [fromOwnAmi[0]!, fromAmazonAmi[1]!];
      expect(idsOf(await adapter.describeInstances(REGION, { instanceIds: wanted }))).toEqual([...wanted].sort());
    });

    it('finds instances by tag, with OR between the values of one tag', async () => {
      expect(idsOf(await adapter.describeInstances(REGION, { tags: { [RUN_TAG]: [filterRun] } }))).toEqual([...fromOwnAmi, ...fromAmazonAmi].sort());
      expect(idsOf(await adapter.describeInstances(REGION, { tags: { [RUN_TAG]: [filterRun], role: ['controller'] } }))).toEqual([...fromOwnAmi].sort());
      expect(idsOf(await adapter.describeInstances(REGION, { tags: { [RUN_TAG]: [filterRun], role: ['controller', 'spare'] } }))).toHaveLength(4);
    });

    it('finds instances by image id', async () => {
      expect(idsOf(await adapter.describeInstances(REGION, { imageIds: [ownAmiId], tags: { [RUN_TAG]: [filterRun] } }))).toEqual([...fromOwnAmi].sort());
    });

    it('finds instances by state', async () => {
      await adapter.stopInstances(REGION, [fromAmazonAmi[0]!]);
      const stopped = await adapter.describeInstances(REGION, { states: ['stopped'], tags: { [RUN_TAG]: [filterRun] } });
      expect(idsOf(stopped)).toEqual([fromAmazonAmi[0]]);
      expect(stopped[0]?.state).toBe('stopped');
      const running = await adapter.describeInstances(REGION, { states: ['running'], tags: { [RUN_TAG]: [filterRun] } });
      expect(idsOf(running)).not.toContain(fromAmazonAmi[0]);
      expect(running).toHaveLength(3);
    });
  });

  it('reads every page: 12 reservations in pages of 5 take three DescribeInstances calls', async () => {
    const pageRun = uniqueRunId('pages');
    // moto pages count reservations, so each instance gets its own.
    const launched = await launchInstances(REGION, { count: 12, separateReservations: true, tags: { [RUN_TAG]: pageRun } });
    const paged = new AwsEc2Adapter(config, recorder, { describeInstancesPageSize: 5 });
    try {
      const found = await paged.describeInstances(REGION, { tags: { [RUN_TAG]: [pageRun] } });
      expect(found.map((i) => i.instanceId).sort()).toEqual([...launched].sort());
      expect(recorder.count('DescribeInstances')).toBe(3);
    } finally {
      paged.onModuleDestroy();
    }
  });

  it('reports status checks of running and stopped instances (IncludeAllInstances)', async () => {
    const [up, down] = await launchInstances(REGION, { count: 2, tags: { [RUN_TAG]: RUN } });
    await adapter.stopInstances(REGION, [down!]);
    const checks = await adapter.describeInstanceStatus(REGION, [up!, down!]);
    expect(checks).toEqual(
      expect.arrayContaining([
        { instanceId: up, state: 'running', instanceStatus: 'ok', systemStatus: 'ok' },
        { instanceId: down, state: 'stopped', instanceStatus: 'not-applicable', systemStatus: 'not-applicable' },
      ]),
    );
    expect(checks).toHaveLength(2);
  });

  it('stops, starts and terminates instances, returning the state changes', async () => {
    const ids = await launchInstances(REGION, { count: 2, tags: { [RUN_TAG]: RUN } });
    const byId = <T extends { instanceId: string }>(list: T[]) => [...list].sort((a, b) => a.instanceId.localeCompare(b.instanceId));
    const sorted = [...ids].sort();

    expect(byId(await adapter.stopInstances(REGION, ids))).toEqual(sorted.map((instanceId) => ({ instanceId, previousState: 'running', currentState: 'stopping' })));
    expect((await adapter.describeInstances(REGION, { instanceIds: ids })).map((i) => i.state)).toEqual(['stopped', 'stopped']);

    expect(byId(await adapter.startInstances(REGION, ids))).toEqual(sorted.map((instanceId) => ({ instanceId, previousState: 'stopped', currentState: 'pending' })));
    expect((await adapter.describeInstances(REGION, { instanceIds: ids })).map((i) => i.state)).toEqual(['running', 'running']);

    expect(byId(await adapter.terminateInstances(REGION, ids))).toEqual(sorted.map((instanceId) => ({ instanceId, previousState: 'running', currentState: 'shutting-down' })));
    const gone = await adapter.describeInstances(REGION, { instanceIds: ids });
    expect(gone.map((i) => i.state)).toEqual(['terminated', 'terminated']);
    expect(recorder.countsByOperation()).toMatchObject({ StopInstances: 1, StartInstances: 1, TerminateInstances: 1 });
  });

  it('creates and deletes tags', async () => {
    const ids = await launchInstances(REGION, { count: 2, tags: { [RUN_TAG]: RUN } });
    await adapter.createTags(REGION, ids, { 'ccm:lease': 'job-1', team: 'net' });
    for (const instance of await adapter.describeInstances(REGION, { instanceIds: ids })) {
      expect(instance.tags).toEqual({ [RUN_TAG]: RUN, 'ccm:lease': 'job-1', team: 'net' });
    }
    await adapter.createTags(REGION, ids, { team: 'ops' });
    await adapter.deleteTags(REGION, ids, ['ccm:lease']);
    for (const instance of await adapter.describeInstances(REGION, { instanceIds: ids })) {
      expect(instance.tags).toEqual({ [RUN_TAG]: RUN, team: 'ops' });
    }
  });

  describe('describeImages', () => {
    it('finds own AMIs by name pattern with the configured owners (self)', async () => {
      const second = await createNamedAmi(REGION, `ccm-test-${RUN}-cml-2.9.2`);
      await createNamedAmi(REGION, `ccm-test-${RUN}-other-1.0`);
      const images = await adapter.describeImages(REGION, { namePattern: `ccm-test-${RUN}-cml-2.9*` });
      expect(images.map((i) => i.imageId).sort()).toEqual([ownAmiId, second].sort());
      const own = images.find((i) => i.imageId === ownAmiId);
      expect(own).toMatchObject({ name: ownAmiName, description: 'CML test image', ownerId: MOTO_ACCOUNT_ID, state: 'available' });
      expect(new Date(own!.creationDate!).toISOString()).toBe(own!.creationDate);
    });

    it('does not return an amazon-owned AMI when searching with owners self', async () => {
      const amazonId = await amazonAmiId(REGION);
      const { Images } = await motoEc2(REGION).send(new DescribeImagesCommand({ ImageIds: [amazonId] }));
      const amazonName = Images?.[0]?.Name ?? '';
      expect(await adapter.describeImages(REGION, { namePattern: amazonName })).toEqual([]);
      expect(await adapter.describeImages(REGION, { namePattern: amazonName, owners: ['self'] })).toEqual([]);
      const asAmazon = await adapter.describeImages(REGION, { namePattern: amazonName, owners: ['amazon'] });
      expect(asAmazon.map((i) => i.imageId)).toContain(amazonId);
    });

    it('finds AMIs by id', async () => {
      const [image] = await adapter.describeImages(REGION, { imageIds: [ownAmiId] });
      expect(image).toMatchObject({ imageId: ownAmiId, name: ownAmiName });
    });

    it('maps an unknown AMI id to AWS.IMAGE_NOT_FOUND naming it', async () => {
      await expect(adapter.describeImages(REGION, { imageIds: ['ami-0123456789abcdef0'] })).rejects.toMatchObject({
        code: 'AWS.IMAGE_NOT_FOUND',
        kind: 'not-found',
        message: `AMI ami-0123456789abcdef0 was not found in ${REGION}.`,
      });
    });
  });

  describe('describeSubnets, describeSecurityGroups, describeKeyPairs', () => {
    it('lists a VPC\'s subnet with its zone, CIDR, Name tag and free addresses, its groups and the key pair, and finds them by id', async () => {
      const net = await createNetwork(REGION, RUN);
      const subnets = await adapter.describeSubnets(REGION);
      expect(subnets.find((s) => s.subnetId === net.subnetId)).toEqual({
        subnetId: net.subnetId,
        vpcId: net.vpcId,
        availabilityZone: net.availabilityZone,
        cidrBlock: net.cidrBlock,
        name: `${RUN}-subnet`,
        defaultForAz: false,
        // A /24 less the five addresses AWS keeps.
        availableIpAddressCount: 251,
      });
      // moto, like AWS, gives the region a default VPC with a default subnet per zone.
      expect(subnets.some((s) => s.defaultForAz)).toBe(true);

      const groups = await adapter.describeSecurityGroups(REGION);
      expect(groups).toEqual(
        expect.arrayContaining([
          { groupId: net.securityGroupId, groupName: `${RUN}-sg`, vpcId: net.vpcId, description: `CML workers of ${RUN}` },
          expect.objectContaining({ groupId: net.vpcDefaultGroupId, groupName: 'default', vpcId: net.vpcId }),
        ]),
      );
      const keys = await adapter.describeKeyPairs(REGION);
      expect(keys.find((k) => k.keyName === net.keyName)).toEqual({ keyName: net.keyName, keyType: 'ed25519' });

      recorder.clear();
      expect((await adapter.describeSubnets(REGION, [net.subnetId, 'subnet-0000000000'])).map((s) => s.subnetId)).toEqual([net.subnetId]);
      expect((await adapter.describeSecurityGroups(REGION, [net.securityGroupId, 'sg-0000000000'])).map((g) => g.groupId)).toEqual([net.securityGroupId]);
      expect(await adapter.describeSubnets(REGION, [])).toEqual([]);
      expect(recorder.countsByOperation()).toEqual({ DescribeSubnets: 1, DescribeSecurityGroups: 1 });
    });
  });

  describe('describeVolumes', () => {
    it('reads the EBS volumes attached to each instance in one call, with size and type', async () => {
      const blockDevices = [
        { deviceName: '/dev/sdf', sizeGiB: 64, volumeType: 'gp3', deleteOnTermination: true },
        { deviceName: '/dev/sdg', sizeGiB: 500, volumeType: 'st1', deleteOnTermination: false },
      ];
      const [withData] = await launchInstances(REGION, { count: 1, tags: { [RUN_TAG]: RUN }, blockDevices });
      const [plain] = await launchInstances(REGION, { count: 1, tags: { [RUN_TAG]: RUN } });
      recorder.clear();

      const volumes = await adapter.describeVolumes(REGION, [withData!, plain!, 'i-0123456789abcdef0']);

      // moto 5 leaves DeleteOnTermination out of the attachment (it is optional on the port); AWS sends it.
      const data = volumes.get(withData!)!;
      expect(data).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ volumeId: expect.stringMatching(/^vol-/), sizeGiB: 64, volumeType: 'gp3' }),
          expect.objectContaining({ volumeId: expect.stringMatching(/^vol-/), sizeGiB: 500, volumeType: 'st1' }),
        ]),
      );
      expect(new Set(data.map((v) => v.volumeId)).size).toBe(data.length);
      // Without a mapping, moto gives the instance its root volume.
      expect(volumes.get(plain!)).toEqual([expect.objectContaining({ volumeId: expect.stringMatching(/^vol-/), sizeGiB: expect.any(Number) })]);
      // An id EC2 does not know has no volumes rather than failing the call.
      expect(volumes.has('i-0123456789abcdef0')).toBe(false);
      expect(recorder.countsByOperation()).toEqual({ DescribeVolumes: 1 });
    });

    it('batches 200 ids per call: 201 ids take two calls', async () => {
      const [id] = await launchInstances(REGION, { count: 1, tags: { [RUN_TAG]: RUN } });
      const ids = [id!, ...Array.from({ length: 200 }, (_, i) => `i-${(i + 1).toString(16).padStart(17, '0')}`)];
      const volumes = await adapter.describeVolumes(REGION, ids);
      expect([...volumes.keys()]).toEqual([id]);
      expect(recorder.countsByOperation()).toEqual({ DescribeVolumes: 2 });
    });

    it('makes no call for no ids, and refuses an unmanaged region without calling AWS', async () => {
      expect((await adapter.describeVolumes(REGION, [])).size).toBe(0);
      await expect(adapter.describeVolumes('ap-south-1', ['i-0123456789abcdef0'])).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED' });
      expect(recorder.calls).toHaveLength(0);
    });
  });

  // moto 5.2 has not implemented MonitorInstances: it answers HTTP 500 with an HTML page. This
  // proves the call is made once, reaches EC2 and that the failure comes back mapped; the request
  // shape and batching are covered by the unit spec, the enabled state by runInstance above.
  describe('instance types (read-only: nothing is seeded)', () => {
    it('lists the types us-east-1 offers: the metal types CML runs on and the demo types, not a made-up one', async () => {
      const offered = await adapter.describeInstanceTypeOfferings('us-east-1');
      expect(offered).toEqual(expect.arrayContaining(['m5zn.metal', 'c5.metal', 'm7i.metal-24xl', 'c5.2xlarge', 't3.micro']));
      expect(offered).not.toContain('banana.huge');
      expect(new Set(offered).size).toBe(offered.length);
      expect(recorder.count('DescribeInstanceTypeOfferings', 'succeeded')).toBeGreaterThanOrEqual(1);
    });

    it('knows that regions differ: moto offers m5zn.metal in us-east-1 but not in eu-north-1', async () => {
      expect(await adapter.describeInstanceTypeOfferings(REGION)).not.toContain('m5zn.metal');
    });

    it('describes vCPUs, memory in MiB, bare metal and architectures as EC2 does', async () => {
      const types = new Map((await adapter.describeInstanceTypes('us-east-1')).map((t) => [t.instanceType, t]));
      expect(types.get('m5zn.metal')).toEqual({ instanceType: 'm5zn.metal', vcpus: 48, memoryMiB: 196608, bareMetal: true, nestedVirtualization: false, architectures: ['x86_64'] });
      expect(types.get('c5.2xlarge')).toEqual({ instanceType: 'c5.2xlarge', vcpus: 8, memoryMiB: 16384, bareMetal: false, nestedVirtualization: false, architectures: ['x86_64'] });
      expect(types.get('m7g.metal')).toMatchObject({ bareMetal: true, architectures: ['arm64'] });
      expect(recorder.count('DescribeInstanceTypes', 'succeeded')).toBeGreaterThanOrEqual(1);
    });

    it('reads nested virtualisation from the processor features: the newer Intel types have it, older and metal types do not', async () => {
      const types = new Map((await adapter.describeInstanceTypes('us-east-1')).map((t) => [t.instanceType, t]));
      expect(types.size).toBeGreaterThan(500);
      for (const name of ['m8i.large', 'c8i.2xlarge', 'r8i.xlarge']) expect(types.get(name)).toMatchObject({ bareMetal: false, nestedVirtualization: true });
      for (const name of ['m5zn.metal', 'c5.2xlarge', 't3.micro']) expect(types.get(name)?.nestedVirtualization).toBe(false);
    });
  });

  it('sends MonitorInstances to EC2 (which moto answers with HTTP 500: not implemented)', async () => {
    const [id] = await launchInstances(REGION, { count: 1, tags: { [RUN_TAG]: RUN } });
    const call = adapter.monitorInstances(REGION, [id!]);
    await expect(call).rejects.toBeInstanceOf(DomainError);
    await expect(call).rejects.toMatchObject({ code: 'AWS.ERROR', kind: 'upstream', details: { operation: 'MonitorInstances', region: REGION } });
    await expect(call).rejects.toThrow('(HTTP 500)');
    expect(recorder.calls).toEqual([expect.objectContaining({ service: 'ec2', operation: 'MonitorInstances', region: REGION, error: 'Http500' })]);
  });

  describe('errors', () => {
    const unknownId = 'i-0123456789abcdef0';

    it.each<[string, (a: AwsEc2Adapter) => Promise<unknown>]>([
      ['describeInstances', (a) => a.describeInstances(REGION, { instanceIds: [unknownId] })],
      ['describeInstanceStatus', (a) => a.describeInstanceStatus(REGION, [unknownId])],
      ['stopInstances', (a) => a.stopInstances(REGION, [unknownId])],
    ])('%s maps a well-formed but unknown instance id to AWS.INSTANCE_NOT_FOUND naming it', async (_name, call) => {
      const failure = call(adapter);
      await expect(failure).rejects.toMatchObject({ code: 'AWS.INSTANCE_NOT_FOUND', kind: 'not-found', details: { awsCode: 'InvalidInstanceID.NotFound', region: REGION } });
      await expect(failure).rejects.toThrow(`EC2 instance ${unknownId} was not found in ${REGION}.`);
      expect(recorder.calls.every((c) => c.error === 'InvalidInstanceID.NotFound')).toBe(true);
    });

    it('refuses an unmanaged region without calling AWS', async () => {
      await expect(adapter.describeInstances('ap-south-1')).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED', kind: 'invalid' });
      expect(recorder.calls).toHaveLength(0);
    });
  });

  it('records every call once, by operation, with its region and duration', async () => {
    const ids = await launchInstances(REGION, { count: 2, tags: { [RUN_TAG]: RUN } });
    await adapter.describeInstances(REGION, { instanceIds: ids });
    await adapter.createTags(REGION, ids, { recorded: 'yes' });
    await adapter.describeInstanceStatus(REGION, ids);
    await adapter.describeInstances(REGION, { instanceIds: ids });
    await adapter.startInstances(REGION, []);
    expect(recorder.countsByOperation()).toEqual({ DescribeInstances: 2, CreateTags: 1, DescribeInstanceStatus: 1 });
    for (const call of recorder.calls) {
      expect(call).toMatchObject({ service: 'ec2', region: REGION });
      expect(call.durationMs).toBeGreaterThan(0);
      expect(call.error).toBeUndefined();
    }
  });

  it('with AWS_ROLE_ARN, calls AWS with the temporary credentials of the assumed role', async () => {
    const roleConfig = motoConfig(['us-east-1', REGION], { AWS_ROLE_ARN: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/ccm-test` });
    const clients = new AwsClients(roleConfig);
    const viaRole = new AwsEc2Adapter(roleConfig, recorder, { clients });
    try {
      const [id] = await launchInstances(REGION, { count: 1, tags: { [RUN_TAG]: RUN } });
      expect((await viaRole.describeInstances(REGION, { instanceIds: [id!] }))[0]?.instanceId).toBe(id);
      const credentials = await clients.ec2(REGION).config.credentials();
      expect(credentials.sessionToken).toBeTruthy();
      expect(credentials.accessKeyId).not.toBe(process.env.AWS_ACCESS_KEY_ID);
    } finally {
      clients.destroy();
    }
  });
});
