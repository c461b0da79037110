import { S3Client } from '@aws-sdk/client-s3';
import { CloudWatchClient, PutMetricDataCommand, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import {
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type _InstanceType,
  type VolumeType,
} from '@aws-sdk/client-ec2';
import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '../../apps/api/src/config/app-config.js';

/**
 * Seeding helpers for suites that run against moto (scripts/services up moto). They talk to moto
 * with the SDK directly, never through the adapters under test, and never reset moto: suites keep
 * apart by unique tags, names and metric dimensions (see `uniqueRunId`).
 */

/** The account moto pretends to be; AMIs created in moto are owned by it (`Owners: ['self']`). */
export const MOTO_ACCOUNT_ID = '123456789012';

const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** moto's address from AWS_ENDPOINT_URL; refuses to guess, so a suite never writes to someone else's moto. */
export function motoEndpoint(): string {
  const endpoint = process.env.AWS_ENDPOINT_URL;
  if (!endpoint) throw new Error('AWS_ENDPOINT_URL is not set: start moto with scripts/services up moto and export the address it prints');
  return endpoint;
}

/** An AppConfig pointing at moto, managing `regions`; `env` overrides any variable. */
export function motoConfig(regions: string[], env: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig({
    MONGODB_URI: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:1/unused',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused',
    AWS_ENDPOINT_URL: motoEndpoint(),
    AWS_REGIONS: regions.join(','),
    AWS_REGION: regions[0],
    ...env,
  });
}

const ec2Clients = new Map<string, EC2Client>();
const cloudWatchClients = new Map<string, CloudWatchClient>();

/** A plain SDK EC2 client on moto, for seeding and for checking what the adapter wrote. */
export function motoEc2(region: string): EC2Client {
  let client = ec2Clients.get(region);
  if (!client) {
    client = new EC2Client({ region, endpoint: motoEndpoint(), credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    ec2Clients.set(region, client);
  }
  return client;
}

let s3Client: S3Client | undefined;

/** A plain SDK S3 client on moto (path-style addressing), for creating buckets and reading what was stored. */
export function motoS3(): S3Client {
  s3Client ??= new S3Client({ region: 'us-east-1', endpoint: motoEndpoint(), credentials: TEST_CREDENTIALS, maxAttempts: 1, forcePathStyle: true });
  return s3Client;
}

/** A plain SDK CloudWatch client on moto. */
export function motoCloudWatch(region: string): CloudWatchClient {
  let client = cloudWatchClients.get(region);
  if (!client) {
    client = new CloudWatchClient({ region, endpoint: motoEndpoint(), credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    cloudWatchClients.set(region, client);
  }
  return client;
}

/** Closes the helper's clients (call in afterAll so Jest can exit). */
export function closeMotoClients(): void {
  for (const client of [...ec2Clients.values(), ...cloudWatchClients.values()]) client.destroy();
  ec2Clients.clear();
  cloudWatchClients.clear();
  s3Client?.destroy();
  s3Client = undefined;
}

/** A short id unique to this test run, for tags, AMI names and metric dimensions. */
export function uniqueRunId(prefix = 'run'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

const amazonAmis = new Map<string, Promise<string>>();

/** An AMI from moto's built-in catalogue owned by `amazon` (never returned for `Owners: ['self']`). */
export function amazonAmiId(region: string): Promise<string> {
  // The catalogue has over a thousand images and takes seconds to list: look once per region.
  let imageId = amazonAmis.get(region);
  if (!imageId) {
    imageId = motoEc2(region)
      .send(new DescribeImagesCommand({ Owners: ['amazon'] }))
      .then(({ Images }) => {
        const id = Images?.find((i) => i.State === 'available')?.ImageId;
        if (!id) throw new Error(`moto has no amazon-owned AMI in ${region}`);
        return id;
      });
    imageId.catch(() => amazonAmis.delete(region));
    amazonAmis.set(region, imageId);
  }
  return imageId;
}

export interface LaunchOptions {
  count: number;
  /** Defaults to an amazon-owned AMI of moto's catalogue. */
  imageId?: string;
  instanceType?: string;
  tags?: Record<string, string>;
  /**
   * One RunInstances call per instance: moto pages DescribeInstances by reservation, so only
   * separate reservations spread instances over several pages.
   */
  separateReservations?: boolean;
  /** Block device mappings (EBS volumes to create and attach at launch). */
  blockDevices?: { deviceName: string; sizeGiB: number; volumeType: string; deleteOnTermination?: boolean }[];
}

/** Launches instances (running at once in moto) and returns their ids in launch order. */
export async function launchInstances(region: string, options: LaunchOptions): Promise<string[]> {
  const imageId = options.imageId ?? (await amazonAmiId(region));
  const tags = Object.entries(options.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
  const launch = async (count: number): Promise<string[]> => {
    const out = await motoEc2(region).send(
      new RunInstancesCommand({
        ImageId: imageId,
        InstanceType: (options.instanceType ?? 't3.micro') as _InstanceType,
        MinCount: count,
        MaxCount: count,
        TagSpecifications: tags.length > 0 ? [{ ResourceType: 'instance', Tags: tags }] : undefined,
        BlockDeviceMappings: options.blockDevices?.map((d) => ({
          DeviceName: d.deviceName,
          Ebs: { VolumeSize: d.sizeGiB, VolumeType: d.volumeType as VolumeType, DeleteOnTermination: d.deleteOnTermination },
        })),
      }),
    );
    return (out.Instances ?? []).map((i) => i.InstanceId ?? '');
  };
  if (!options.separateReservations) return launch(options.count);
  const ids: string[] = [];
  for (let i = 0; i < options.count; i++) ids.push(...(await launch(1)));
  return ids;
}

/**
 * An AMI named `name` owned by moto's account (so `Owners: ['self']` finds it): CreateImage from a
 * throw-away instance, which is terminated afterwards.
 */
export async function createNamedAmi(region: string, name: string, description?: string): Promise<string> {
  const [instanceId] = await launchInstances(region, { count: 1 });
  if (!instanceId) throw new Error(`moto launched no instance to create the AMI ${name} from`);
  const { ImageId } = await motoEc2(region).send(new CreateImageCommand({ InstanceId: instanceId, Name: name, Description: description }));
  await motoEc2(region).send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
  if (!ImageId) throw new Error(`moto did not create the AMI ${name}`);
  return ImageId;
}

export interface MetricPoint {
  timestamp: Date;
  value: number;
}

/** Writes datapoints of any metric (moto has none until something calls PutMetricData). */
export async function putMetric(
  region: string,
  metric: { namespace: string; metricName: string; dimensions: Record<string, string>; unit?: MetricDatum['Unit'] },
  points: MetricPoint[],
): Promise<void> {
  const Dimensions = Object.entries(metric.dimensions).map(([Name, Value]) => ({ Name, Value }));
  // PutMetricData takes at most 1000 datums per call.
  for (let i = 0; i < points.length; i += 1000) {
    const MetricData = points.slice(i, i + 1000).map((p) => ({ MetricName: metric.metricName, Dimensions, Timestamp: p.timestamp, Value: p.value, Unit: metric.unit }));
    await motoCloudWatch(region).send(new PutMetricDataCommand({ Namespace: metric.namespace, MetricData }));
  }
}

/** Writes `AWS/EC2 CPUUtilization` datapoints (percent) for one instance. */
export function putCpuMetric(region: string, instanceId: string, points: MetricPoint[]): Promise<void> {
  return putMetric(region, { namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensions: { InstanceId: instanceId }, unit: 'Percent' }, points);
}

/** A VPC of its own with one named subnet, one security group and a key pair, all named by `run`. */
export interface MotoNetwork {
  vpcId: string;
  subnetId: string;
  availabilityZone: string;
  cidrBlock: string;
  securityGroupId: string;
  /** The `default` group EC2 creates with every VPC. */
  vpcDefaultGroupId: string;
  keyName: string;
}

/** Creates a VPC (10.42.0.0/16) with a subnet (10.42.1.0/24, Name `<run>-subnet`), a group `<run>-sg` and an ed25519 key pair `<run>-key`. */
export async function createNetwork(region: string, run: string): Promise<MotoNetwork> {
  const ec2 = motoEc2(region);
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.42.0.0/16' }));
  const vpcId = vpc.Vpc!.VpcId!;
  const availabilityZone = `${region}a`;
  const cidrBlock = '10.42.1.0/24';
  const subnet = await ec2.send(
    new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidrBlock, AvailabilityZone: availabilityZone, TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: `${run}-subnet` }] }] }),
  );
  const group = await ec2.send(new CreateSecurityGroupCommand({ GroupName: `${run}-sg`, Description: `CML workers of ${run}`, VpcId: vpcId }));
  const groups = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }, { Name: 'group-name', Values: ['default'] }] }));
  const keyName = `${run}-key`;
  await ec2.send(new CreateKeyPairCommand({ KeyName: keyName, KeyType: 'ed25519' }));
  return { vpcId, subnetId: subnet.Subnet!.SubnetId!, availabilityZone, cidrBlock, securityGroupId: group.GroupId!, vpcDefaultGroupId: groups.SecurityGroups![0]!.GroupId!, keyName };
}
