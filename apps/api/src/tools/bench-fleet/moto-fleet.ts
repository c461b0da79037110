import { CloudWatchClient, type MetricDatum, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateImageCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mapWithConcurrency } from '#kernel';

/** RunInstances batch size: large enough to keep seeding quick, small enough for moto's request size. */
const LAUNCH_BATCH = 500;
const TAG_CONCURRENCY = 16;

export interface SeededInstance {
  instanceId: string;
  controllerId: string;
  running: boolean;
}

export interface SeededRegion {
  region: string;
  amiId: string;
  instances: SeededInstance[];
}

/**
 * Seeds one benchmark fleet into moto, in an AWS account of its own: moto keeps a separate backend
 * per account, and the app reaches the same account through AWS_ROLE_ARN (an STS AssumeRole, as in
 * production), so runs never see each other's instances and no one else's moto state is touched.
 */
/** The role the app assumes to reach the benchmark's moto account (moto needs no such role to exist). */
export function benchRoleArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:role/ccm-bench`;
}

export class MotoFleet {
  readonly roleArn: string;
  private readonly credentials: ReturnType<typeof fromTemporaryCredentials>;
  private readonly ec2Clients = new Map<string, EC2Client>();
  private readonly cwClients = new Map<string, CloudWatchClient>();

  constructor(
    private readonly endpoint: string,
    readonly accountId: string,
    private readonly runId: string,
  ) {
    this.roleArn = benchRoleArn(accountId);
    this.credentials = fromTemporaryCredentials({
      params: { RoleArn: this.roleArn, RoleSessionName: 'ccm-bench-seed' },
      clientConfig: { region: 'us-east-1', endpoint },
    });
  }

  /** Launches the region's instances in batches, tags each with its controller, stops the non-running ones, writes CloudWatch datapoints. */
  async seedRegion(region: string, controllers: { id: string; baseUrl: string; running: boolean }[], cloudwatchData: boolean): Promise<SeededRegion> {
    const ec2 = this.ec2(region);
    const amiId = await this.benchAmi(region);
    const ids: string[] = [];
    for (let i = 0; i < controllers.length; i += LAUNCH_BATCH) {
      const count = Math.min(LAUNCH_BATCH, controllers.length - i);
      const out = await ec2.send(
        new RunInstancesCommand({
          ImageId: amiId,
          InstanceType: 'c5.2xlarge',
          MinCount: count,
          MaxCount: count,
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'ccm-bench', Value: this.runId }] }],
        }),
      );
      ids.push(...(out.Instances ?? []).map((x) => x.InstanceId!));
    }
    if (ids.length !== controllers.length) throw new Error(`moto launched ${ids.length} instances in ${region}, expected ${controllers.length}`);
    const instances = controllers.map((c, i) => ({ instanceId: ids[i], controllerId: c.id, running: c.running }));

    // Tag values differ per instance, so one CreateTags each (RunInstances tags a whole batch alike).
    await mapWithConcurrency(instances, TAG_CONCURRENCY, async (inst, i) => {
      await ec2.send(
        new CreateTagsCommand({
          Resources: [inst.instanceId],
          Tags: [
            { Key: 'Name', Value: `bench-${inst.controllerId}` },
            { Key: 'cml-endpoint', Value: controllers[i].baseUrl },
          ],
        }),
      );
    });

    const stopped = instances.filter((x) => !x.running).map((x) => x.instanceId);
    for (let i = 0; i < stopped.length; i += 1000) await ec2.send(new StopInstancesCommand({ InstanceIds: stopped.slice(i, i + 1000) }));

    if (cloudwatchData) await this.putMetrics(region, instances.filter((x) => x.running).map((x) => x.instanceId));
    return { region, amiId, instances };
  }

  close(): void {
    for (const c of [...this.ec2Clients.values(), ...this.cwClients.values()]) c.destroy();
  }

  /** An AMI of this account named like a CML image, made from one throw-away instance. */
  private async benchAmi(region: string): Promise<string> {
    const ec2 = this.ec2(region);
    const catalogue = await ec2.send(new DescribeImagesCommand({ Owners: ['amazon'] }));
    const base = catalogue.Images?.find((i) => i.State === 'available')?.ImageId;
    if (!base) throw new Error(`moto has no amazon-owned AMI in ${region}`);
    const launched = await ec2.send(new RunInstancesCommand({ ImageId: base, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }));
    const instanceId = launched.Instances?.[0]?.InstanceId;
    if (!instanceId) throw new Error(`moto launched no instance in ${region}`);
    const { ImageId } = await ec2.send(new CreateImageCommand({ InstanceId: instanceId, Name: `cml-2.9-bench-${this.runId}` }));
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [instanceId] }));
    if (!ImageId) throw new Error(`moto created no AMI in ${region}`);
    return ImageId;
  }

  /** One CPU and one memory datapoint per running instance, a minute old, as CloudWatch would have. */
  private async putMetrics(region: string, instanceIds: string[]): Promise<void> {
    const cw = this.cw(region);
    const at = new Date(Date.now() - 60_000);
    const datum = (id: string, i: number, name: string, base: number): MetricDatum => ({
      MetricName: name,
      Dimensions: [{ Name: 'InstanceId', Value: id }],
      Timestamp: at,
      Value: base + (i % 50),
      Unit: 'Percent',
    });
    for (const [namespace, name, base] of [
      ['AWS/EC2', 'CPUUtilization', 5],
      ['CWAgent', 'mem_used_percent', 30],
    ] as const) {
      for (let i = 0; i < instanceIds.length; i += 1000) {
        const MetricData = instanceIds.slice(i, i + 1000).map((id, k) => datum(id, i + k, name, base));
        await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData }));
      }
    }
  }

  private ec2(region: string): EC2Client {
    let c = this.ec2Clients.get(region);
    if (!c) this.ec2Clients.set(region, (c = new EC2Client({ region, endpoint: this.endpoint, credentials: this.credentials, maxAttempts: 3 })));
    return c;
  }

  private cw(region: string): CloudWatchClient {
    let c = this.cwClients.get(region);
    if (!c) this.cwClients.set(region, (c = new CloudWatchClient({ region, endpoint: this.endpoint, credentials: this.credentials, maxAttempts: 3 })));
    return c;
  }
}

/** What the seeding child process is asked to do. */
export interface MotoSeedRequest {
  endpoint: string;
  accountId: string;
  runId: string;
  cloudwatchData: boolean;
  regions: { region: string; controllers: { id: string; baseUrl: string; running: boolean }[] }[];
}

export type MotoSeedReply = { ok: true; regions: SeededRegion[] } | { ok: false; error: string };

const SEED_CHILD = fileURLToPath(new URL('./moto-seed.child.js', import.meta.url));

/**
 * Seeds moto from a child process: the SDK responses of seeding (the AMI catalogue, thousands of
 * launches and tags) would otherwise stay in the benchmark's heap and blur the app's memory figures.
 */
export function seedInChildProcess(request: MotoSeedRequest): Promise<SeededRegion[]> {
  return new Promise((resolve, reject) => {
    const child = fork(SEED_CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (reply: MotoSeedReply) => {
      settled = true;
      if (reply.ok) resolve(reply.regions);
      else reject(new Error(`seeding moto failed: ${reply.error}`));
    });
    child.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`the moto seeding process exited with code ${code}`));
      settled = true;
    });
    child.send(request);
  });
}
