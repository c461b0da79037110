import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeImagesCommand,
  type DescribeImagesCommandInput,
  DescribeInstancesCommand,
  type DescribeInstancesCommandInput,
  DescribeInstanceStatusCommand,
  type DescribeInstanceStatusCommandInput,
  DescribeInstanceTypeOfferingsCommand,
  type DescribeInstanceTypeOfferingsCommandInput,
  DescribeInstanceTypesCommand,
  type DescribeInstanceTypesCommandInput,
  type EC2Client,
  EC2ServiceException,
  type Instance,
  type InstanceTypeInfo,
  MonitorInstancesCommand,
  RunInstancesCommand,
  type RunInstancesCommandInput,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { Test } from '@nestjs/testing';
import 'reflect-metadata';
import { RecordingAwsCallRecorder } from '../../../../../../../test/support/recording-aws-call-recorder.js';
import { AppConfig, loadConfig } from '../../../../config/app-config.js';
import { AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';
import { Ec2Port } from '../../application/ports/ec2.port.js';
import { AWS_ADAPTER_OPTIONS, AwsClients } from './aws-clients.js';
import { AwsEc2Adapter, EC2_LIMITS } from './ec2.adapter.js';

interface SentCommand {
  input: unknown;
}

/** An adapter whose EC2 client answers every `send` with `respond` instead of calling AWS. */
function adapterWith(respond: (command: SentCommand, sent: SentCommand[]) => unknown, options: { describeInstancesPageSize?: number; env?: Record<string, string> } = {}) {
  const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1,eu-north-1', ...options.env });
  const sent: SentCommand[] = [];
  const fakeEc2 = {
    send: async (command: SentCommand) => {
      sent.push(command);
      return respond(command, sent);
    },
    destroy: () => undefined,
  };
  const clients = new AwsClients(config, { ec2: () => fakeEc2 as unknown as EC2Client, cloudWatch: () => ({}) as CloudWatchClient });
  const recorder = new RecordingAwsCallRecorder();
  const adapter = new AwsEc2Adapter(config, recorder, { clients, describeInstancesPageSize: options.describeInstancesPageSize });
  return { adapter, sent, recorder };
}

const ids = (n: number, prefix = 'i-') => Array.from({ length: n }, (_, i) => `${prefix}${i.toString(16).padStart(17, '0')}`);
const running = (id: string): Instance => ({ InstanceId: id, State: { Name: 'running' }, InstanceType: 't3.micro', ImageId: 'ami-1' });

function inputOf<T>(command: SentCommand): T {
  return command.input as T;
}

describe('AwsEc2Adapter (fake EC2 client)', () => {
  describe('describeInstances', () => {
    it(`batches instance ids by ${EC2_LIMITS.idsPerCall} per call and never sends MaxResults with them`, async () => {
      const { adapter, sent, recorder } = adapterWith((c) => ({
        Reservations: [{ Instances: inputOf<DescribeInstancesCommandInput>(c).InstanceIds?.map(running) }],
      }));
      const wanted = ids(2500);
      const found = await adapter.describeInstances('us-east-1', { instanceIds: wanted });
      expect(sent.every((c) => c instanceof DescribeInstancesCommand)).toBe(true);
      expect(sent.map((c) => inputOf<DescribeInstancesCommandInput>(c).InstanceIds?.length)).toEqual([1000, 1000, 500]);
      expect(sent.every((c) => inputOf<DescribeInstancesCommandInput>(c).MaxResults === undefined)).toBe(true);
      expect(found.map((i) => i.instanceId)).toEqual(wanted);
      expect(recorder.count('DescribeInstances')).toBe(3);
    });

    it('follows NextToken to the last page with the configured page size', async () => {
      const pages: Record<string, { Reservations: { Instances: Instance[] }[]; NextToken?: string }> = {
        first: { Reservations: [{ Instances: [running('i-1'), running('i-2')] }], NextToken: 't1' },
        t1: { Reservations: [{ Instances: [running('i-3')] }], NextToken: 't2' },
        t2: { Reservations: [{ Instances: [running('i-4')] }] },
      };
      const { adapter, sent } = adapterWith((c) => pages[inputOf<DescribeInstancesCommandInput>(c).NextToken ?? 'first'], { describeInstancesPageSize: 5 });
      const found = await adapter.describeInstances('us-east-1');
      expect(found.map((i) => i.instanceId)).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
      expect(sent.map((c) => inputOf<DescribeInstancesCommandInput>(c).NextToken)).toEqual([undefined, 't1', 't2']);
      expect(sent.every((c) => inputOf<DescribeInstancesCommandInput>(c).MaxResults === 5)).toBe(true);
    });

    it('turns image ids, states and tags into EC2 filters', async () => {
      const { adapter, sent } = adapterWith(() => ({ Reservations: [] }));
      await adapter.describeInstances('us-east-1', { imageIds: ['ami-1'], states: ['running', 'stopped'], tags: { 'ccm:managed': ['true'], team: ['a', 'b'] } });
      expect(inputOf<DescribeInstancesCommandInput>(sent[0]!).Filters).toEqual([
        { Name: 'image-id', Values: ['ami-1'] },
        { Name: 'instance-state-name', Values: ['running', 'stopped'] },
        { Name: 'tag:ccm:managed', Values: ['true'] },
        { Name: 'tag:team', Values: ['a', 'b'] },
      ]);
    });

    it.each([{ instanceIds: [] }, { imageIds: [] }, { states: [] }, { tags: { team: [] } }])('answers %j with no instances and no call (an empty list matches nothing)', async (filter) => {
      const { adapter, sent } = adapterWith(() => ({ Reservations: [{ Instances: [running('i-everything')] }] }));
      expect(await adapter.describeInstances('us-east-1', filter)).toEqual([]);
      expect(sent).toHaveLength(0);
    });

    it(`refuses more than ${EC2_LIMITS.filterValuesPerCall} filter values before calling AWS`, async () => {
      const { adapter, sent } = adapterWith(() => ({ Reservations: [] }));
      const call = adapter.describeInstances('us-east-1', { imageIds: ids(150, 'ami-'), tags: { team: ids(51, 't') } });
      await expect(call).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST', kind: 'invalid' });
      expect(sent).toHaveLength(0);
    });
  });

  describe('describeInstanceStatus', () => {
    it(`asks for every instance's status (IncludeAllInstances), ${EC2_LIMITS.statusIdsPerCall} ids per call`, async () => {
      const { adapter, sent } = adapterWith((c) => ({
        InstanceStatuses: inputOf<DescribeInstanceStatusCommandInput>(c).InstanceIds?.map((id) => ({
          InstanceId: id,
          InstanceState: { Name: 'stopped' },
          InstanceStatus: { Status: 'not-applicable' },
          SystemStatus: { Status: 'not-applicable' },
        })),
      }));
      const checks = await adapter.describeInstanceStatus('us-east-1', ids(250));
      expect(sent.every((c) => c instanceof DescribeInstanceStatusCommand)).toBe(true);
      expect(sent.map((c) => inputOf<DescribeInstanceStatusCommandInput>(c).InstanceIds?.length)).toEqual([100, 100, 50]);
      expect(sent.every((c) => inputOf<DescribeInstanceStatusCommandInput>(c).IncludeAllInstances === true)).toBe(true);
      expect(checks).toHaveLength(250);
      expect(checks[0]).toEqual({ instanceId: ids(1)[0], state: 'stopped', instanceStatus: 'not-applicable', systemStatus: 'not-applicable' });
    });

    it('follows NextToken within a batch', async () => {
      const { adapter, sent } = adapterWith((c) =>
        inputOf<DescribeInstanceStatusCommandInput>(c).NextToken
          ? { InstanceStatuses: [{ InstanceId: 'i-2', InstanceState: { Name: 'running' } }] }
          : { InstanceStatuses: [{ InstanceId: 'i-1', InstanceState: { Name: 'running' } }], NextToken: 'more' },
      );
      expect((await adapter.describeInstanceStatus('us-east-1', ['i-1', 'i-2'])).map((c) => c.instanceId)).toEqual(['i-1', 'i-2']);
      expect(sent).toHaveLength(2);
    });
  });

  describe.each([
    ['startInstances', StartInstancesCommand, 'StartingInstances', 'StartInstances', 'stopped', 'pending'],
    ['stopInstances', StopInstancesCommand, 'StoppingInstances', 'StopInstances', 'running', 'stopping'],
    ['terminateInstances', TerminateInstancesCommand, 'TerminatingInstances', 'TerminateInstances', 'running', 'shutting-down'],
  ] as const)('%s', (method, commandClass, outputKey, operation, previous, current) => {
    it(`sends ${operation} in batches of ${EC2_LIMITS.idsPerCall} and returns every state change`, async () => {
      const { adapter, sent, recorder } = adapterWith((c) => ({
        [outputKey]: (c.input as { InstanceIds: string[] }).InstanceIds.map((id) => ({ InstanceId: id, PreviousState: { Name: previous }, CurrentState: { Name: current } })),
      }));
      const changes = await adapter[method]('eu-north-1', ids(1001));
      expect(sent.every((c) => c instanceof commandClass)).toBe(true);
      expect(sent.map((c) => (c.input as { InstanceIds: string[] }).InstanceIds.length)).toEqual([1000, 1]);
      expect(changes).toHaveLength(1001);
      expect(changes[1000]).toEqual({ instanceId: ids(1001)[1000], previousState: previous, currentState: current });
      expect(recorder.countsByOperation()).toEqual({ [operation]: 2 });
    });

    it('sends nothing for no instances (AWS would read an empty list as all of them)', async () => {
      const { adapter, sent } = adapterWith(() => ({}));
      expect(await adapter[method]('eu-north-1', [])).toEqual([]);
      expect(sent).toHaveLength(0);
    });
  });

  it('stops at the first failed batch and reports it', async () => {
    const { adapter, sent, recorder } = adapterWith((_c, all) => {
      if (all.length === 2) throw new EC2ServiceException({ name: 'IncorrectInstanceState', message: 'not stoppable', $fault: 'client', $metadata: {} });
      return { StoppingInstances: [] };
    });
    await expect(adapter.stopInstances('us-east-1', ids(2500))).rejects.toMatchObject({ code: 'AWS.ERROR' });
    expect(sent).toHaveLength(2);
    expect(recorder.calls.map((c) => c.error)).toEqual([undefined, 'IncorrectInstanceState']);
  });

  describe('tags', () => {
    it('creates tags in batches of 1000 resources', async () => {
      const { adapter, sent } = adapterWith(() => ({}));
      await adapter.createTags('us-east-1', ids(1500), { team: 'net', Name: 'w' });
      expect(sent.every((c) => c instanceof CreateTagsCommand)).toBe(true);
      expect(sent.map((c) => (c.input as { Resources: string[] }).Resources.length)).toEqual([1000, 500]);
      expect((sent[0]!.input as { Tags: unknown }).Tags).toEqual([
        { Key: 'team', Value: 'net' },
        { Key: 'Name', Value: 'w' },
      ]);
    });

    it('deletes tags by key whatever their value', async () => {
      const { adapter, sent } = adapterWith(() => ({}));
      await adapter.deleteTags('us-east-1', ['i-1'], ['team', 'ccm:lease']);
      expect(sent[0]).toBeInstanceOf(DeleteTagsCommand);
      expect(sent[0]!.input).toEqual({ Resources: ['i-1'], Tags: [{ Key: 'team' }, { Key: 'ccm:lease' }] });
    });

    it('never sends DeleteTags without keys (AWS would delete every tag)', async () => {
      const { adapter, sent } = adapterWith(() => ({}));
      await adapter.deleteTags('us-east-1', ['i-1'], []);
      await adapter.createTags('us-east-1', ['i-1'], {});
      expect(sent).toHaveLength(0);
    });
  });

  describe('runInstance', () => {
    it('launches exactly one instance tagged with Name and the given tags, on the instance and its volumes', async () => {
      const { adapter, sent } = adapterWith((c) => ({
        Instances: [{ ...running('i-new'), State: { Name: 'pending' }, Tags: (c.input as RunInstancesCommandInput).TagSpecifications?.[0]?.Tags }],
      }));
      const instance = await adapter.runInstance('us-east-1', {
        name: 'cml-7',
        instanceType: 'm5zn.metal',
        imageId: 'ami-0abc',
        subnetId: 'subnet-1',
        securityGroupIds: ['sg-1'],
        keyName: 'ops',
        tags: { 'ccm:managed': 'true', Name: 'ignored' },
        detailedMonitoring: true,
        clientToken: 'worker-7-launch',
      });
      expect(sent[0]).toBeInstanceOf(RunInstancesCommand);
      const tags = [
        { Key: 'ccm:managed', Value: 'true' },
        { Key: 'Name', Value: 'cml-7' },
      ];
      expect(sent[0]!.input).toEqual({
        ImageId: 'ami-0abc',
        InstanceType: 'm5zn.metal',
        MinCount: 1,
        MaxCount: 1,
        SubnetId: 'subnet-1',
        SecurityGroupIds: ['sg-1'],
        KeyName: 'ops',
        ClientToken: 'worker-7-launch',
        Monitoring: { Enabled: true },
        TagSpecifications: [
          { ResourceType: 'instance', Tags: tags },
          { ResourceType: 'volume', Tags: tags },
        ],
      });
      expect(instance).toMatchObject({ instanceId: 'i-new', state: 'pending', name: 'cml-7', tags: { Name: 'cml-7', 'ccm:managed': 'true' } });
    });

    it('leaves monitoring, token and network settings to AWS defaults when not given', async () => {
      const { adapter, sent } = adapterWith(() => ({ Instances: [running('i-new')] }));
      const instance = await adapter.runInstance('us-east-1', { name: 'w', instanceType: 't3.micro', imageId: 'ami-1', tags: {} });
      const input = sent[0]!.input as RunInstancesCommandInput;
      for (const key of ['Monitoring', 'ClientToken', 'SubnetId', 'SecurityGroupIds', 'KeyName', 'CpuOptions'] as const) expect(input[key]).toBeUndefined();
      // The answer carried no tags: the ones written at launch stand in.
      expect(instance.tags).toEqual({ Name: 'w' });
    });

    it('enables nested virtualisation in the CPU options when asked (it is off by default on the types that have it)', async () => {
      const { adapter, sent } = adapterWith(() => ({ Instances: [running('i-new')] }));
      await adapter.runInstance('us-east-1', { name: 'w', instanceType: 'm8i.4xlarge', imageId: 'ami-1', tags: {}, nestedVirtualization: true });
      expect((sent[0]!.input as RunInstancesCommandInput).CpuOptions).toEqual({ NestedVirtualization: 'enabled' });
    });

    it('maps an unknown AMI to AWS.IMAGE_NOT_FOUND naming it', async () => {
      const { adapter } = adapterWith(() => {
        throw new EC2ServiceException({ name: 'InvalidAMIID.NotFound', message: "The image id '[ami-0404]' does not exist", $fault: 'client', $metadata: {} });
      });
      await expect(adapter.runInstance('us-east-1', { name: 'w', instanceType: 't3.micro', imageId: 'ami-0404', tags: {} })).rejects.toMatchObject({
        code: 'AWS.IMAGE_NOT_FOUND',
        kind: 'not-found',
        message: 'AMI ami-0404 was not found in us-east-1.',
      });
    });
  });

  describe('instance types', () => {
    it(`lists the region's offerings (location type region) in pages of ${EC2_LIMITS.instanceTypeOfferingsPageSize} to the last one`, async () => {
      const pages: Record<string, { InstanceTypeOfferings: { InstanceType?: string; LocationType?: string }[]; NextToken?: string }> = {
        first: { InstanceTypeOfferings: [{ InstanceType: 'm5zn.metal', LocationType: 'region' }, { InstanceType: 'c5.2xlarge', LocationType: 'region' }], NextToken: 't1' },
        t1: { InstanceTypeOfferings: [{ InstanceType: 'm7i.metal-24xl', LocationType: 'region' }, {}] },
      };
      const { adapter, sent, recorder } = adapterWith((c) => pages[inputOf<DescribeInstanceTypeOfferingsCommandInput>(c).NextToken ?? 'first']);
      expect(await adapter.describeInstanceTypeOfferings('us-east-1')).toEqual(['m5zn.metal', 'c5.2xlarge', 'm7i.metal-24xl']);
      expect(sent.every((c) => c instanceof DescribeInstanceTypeOfferingsCommand)).toBe(true);
      expect(sent.map((c) => c.input)).toEqual([
        { LocationType: 'region', MaxResults: 1000, NextToken: undefined },
        { LocationType: 'region', MaxResults: 1000, NextToken: 't1' },
      ]);
      expect(recorder.count('DescribeInstanceTypeOfferings')).toBe(2);
    });

    it(`describes every type in pages of ${EC2_LIMITS.instanceTypesPageSize}, naming none, with vCPUs, MiB, bare metal, nested virtualisation and architectures`, async () => {
      const pages: Record<string, { InstanceTypes: InstanceTypeInfo[]; NextToken?: string }> = {
        first: {
          InstanceTypes: [
            { InstanceType: 'm5zn.metal', BareMetal: true, VCpuInfo: { DefaultVCpus: 48 }, MemoryInfo: { SizeInMiB: 196608 }, ProcessorInfo: { SupportedArchitectures: ['x86_64'] } },
            { InstanceType: 'm8i.4xlarge', BareMetal: false, VCpuInfo: { DefaultVCpus: 16 }, MemoryInfo: { SizeInMiB: 65536 }, ProcessorInfo: { SupportedArchitectures: ['x86_64'], SupportedFeatures: ['nested-virtualization'] } },
          ],
          NextToken: 't1',
        },
        t1: { InstanceTypes: [{ InstanceType: 'm7g.metal', BareMetal: true, ProcessorInfo: { SupportedArchitectures: ['arm64'], SupportedFeatures: ['amd-sev-snp'] } }, { BareMetal: true }] },
      };
      const { adapter, sent, recorder } = adapterWith((c) => pages[inputOf<DescribeInstanceTypesCommandInput>(c).NextToken ?? 'first']);
      expect(await adapter.describeInstanceTypes('us-east-1')).toEqual([
        { instanceType: 'm5zn.metal', vcpus: 48, memoryMiB: 196608, bareMetal: true, nestedVirtualization: false, architectures: ['x86_64'] },
        { instanceType: 'm8i.4xlarge', vcpus: 16, memoryMiB: 65536, bareMetal: false, nestedVirtualization: true, architectures: ['x86_64'] },
        { instanceType: 'm7g.metal', vcpus: undefined, memoryMiB: undefined, bareMetal: true, nestedVirtualization: false, architectures: ['arm64'] },
      ]);
      expect(sent.every((c) => c instanceof DescribeInstanceTypesCommand)).toBe(true);
      expect(sent.map((c) => c.input)).toEqual([
        { MaxResults: 100, NextToken: undefined },
        { MaxResults: 100, NextToken: 't1' },
      ]);
      expect(recorder.count('DescribeInstanceTypes')).toBe(2);
    });

    it('refuses a region it does not manage before calling AWS', async () => {
      const { adapter, sent } = adapterWith(() => ({}));
      await expect(adapter.describeInstanceTypeOfferings('ap-south-1')).rejects.toBeInstanceOf(Error);
      await expect(adapter.describeInstanceTypes('ap-south-1')).rejects.toBeInstanceOf(Error);
      expect(sent).toEqual([]);
    });

    it('names the missing permission when AWS refuses', async () => {
      const { adapter } = adapterWith(() => {
        throw new EC2ServiceException({ name: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', $fault: 'client', $metadata: {} });
      });
      await expect(adapter.describeInstanceTypeOfferings('us-east-1')).rejects.toMatchObject({ code: 'AWS.PERMISSION_DENIED', message: expect.stringContaining('ec2:DescribeInstanceTypeOfferings') });
    });
  });

  describe('describeImages', () => {
    it('searches the configured owners by name, newest first', async () => {
      const { adapter, sent } = adapterWith(() => ({
        Images: [
          { ImageId: 'ami-old', Name: 'cml-2.9-1', CreationDate: '2026-01-01T00:00:00.000Z' },
          { ImageId: 'ami-new', Name: 'cml-2.9-2', CreationDate: '2026-06-01T00:00:00.000Z' },
        ],
      }), { env: { AWS_AMI_OWNERS: 'self,111122223333' } });
      const images = await adapter.describeImages('us-east-1', { namePattern: 'cml-2.9-*' });
      expect(sent[0]).toBeInstanceOf(DescribeImagesCommand);
      expect(inputOf<DescribeImagesCommandInput>(sent[0]!)).toMatchObject({ Owners: ['self', '111122223333'], Filters: [{ Name: 'name', Values: ['cml-2.9-*'] }], MaxResults: 1000 });
      expect(images.map((i) => i.imageId)).toEqual(['ami-new', 'ami-old']);
    });

    it('uses the owners of the query over the configured ones, and image ids without MaxResults', async () => {
      const { adapter, sent } = adapterWith(() => ({ Images: [] }));
      await adapter.describeImages('us-east-1', { owners: ['amazon'], imageIds: ['ami-1'] });
      expect(inputOf<DescribeImagesCommandInput>(sent[0]!)).toEqual({ Owners: ['amazon'], ImageIds: ['ami-1'], Filters: undefined, NextToken: undefined, MaxResults: undefined });
    });

    it('refuses a search without owners (it would scan every public AMI)', async () => {
      const { adapter, sent } = adapterWith(() => ({ Images: [] }));
      await expect(adapter.describeImages('us-east-1', { owners: [], namePattern: '*' })).rejects.toMatchObject({ code: 'AWS.INVALID_REQUEST' });
      expect(sent).toHaveLength(0);
    });
  });

  it('sends MonitorInstances in batches of 1000', async () => {
    const { adapter, sent } = adapterWith(() => ({ InstanceMonitorings: [] }));
    await adapter.monitorInstances('us-east-1', ids(1200));
    expect(sent.every((c) => c instanceof MonitorInstancesCommand)).toBe(true);
    expect(sent.map((c) => (c.input as { InstanceIds: string[] }).InstanceIds.length)).toEqual([1000, 200]);
  });

  it.each<[string, (a: AwsEc2Adapter) => Promise<unknown>]>([
    ['runInstance', (a) => a.runInstance('ap-south-1', { name: 'w', instanceType: 't3.micro', imageId: 'ami-1', tags: {} })],
    ['describeInstances', (a) => a.describeInstances('ap-south-1')],
    ['describeInstanceStatus', (a) => a.describeInstanceStatus('ap-south-1', [])],
    ['startInstances', (a) => a.startInstances('ap-south-1', [])],
    ['stopInstances', (a) => a.stopInstances('ap-south-1', ['i-1'])],
    ['terminateInstances', (a) => a.terminateInstances('ap-south-1', ['i-1'])],
    ['createTags', (a) => a.createTags('ap-south-1', ['i-1'], { a: 'b' })],
    ['deleteTags', (a) => a.deleteTags('ap-south-1', ['i-1'], [])],
    ['describeImages', (a) => a.describeImages('ap-south-1', {})],
    ['monitorInstances', (a) => a.monitorInstances('ap-south-1', [])],
  ])('%s refuses an unmanaged region before any call, even with nothing to do', async (_name, call) => {
    const { adapter, sent, recorder } = adapterWith(() => ({}));
    await expect(call(adapter)).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED', kind: 'invalid' });
    expect(sent).toHaveLength(0);
    expect(recorder.calls).toHaveLength(0);
  });

  describe('as a Nest provider', () => {
    const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused', AWS_REGIONS: 'us-east-1' });

    it('is built from AppConfig and AwsCallRecorder alone', async () => {
      const moduleRef = await Test.createTestingModule({
        providers: [
          { provide: AppConfig, useValue: config },
          { provide: AwsCallRecorder, useClass: RecordingAwsCallRecorder },
          { provide: Ec2Port, useClass: AwsEc2Adapter },
        ],
      }).compile();
      expect(moduleRef.get(Ec2Port)).toBeInstanceOf(AwsEc2Adapter);
      await moduleRef.close();
    });

    it('takes shared clients from AWS_ADAPTER_OPTIONS when provided', async () => {
      const recorder = new RecordingAwsCallRecorder();
      const clients = new AwsClients(config, {
        ec2: () => ({ send: async () => ({ Reservations: [] }), destroy: () => undefined }) as unknown as EC2Client,
        cloudWatch: () => ({}) as CloudWatchClient,
      });
      const moduleRef = await Test.createTestingModule({
        providers: [
          { provide: AppConfig, useValue: config },
          { provide: AwsCallRecorder, useValue: recorder },
          { provide: AWS_ADAPTER_OPTIONS, useValue: { clients } },
          { provide: Ec2Port, useClass: AwsEc2Adapter },
        ],
      }).compile();
      expect(await moduleRef.get(Ec2Port).describeInstances('us-east-1')).toEqual([]);
      expect(recorder.count('DescribeInstances')).toBe(1);
      await moduleRef.close();
    });
  });
});
