import {
  CreateTagsCommand,
  DescribeImagesCommand,
  EC2Client,
  paginateDescribeInstances,
  RegisterImageCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  type _InstanceType,
} from '@aws-sdk/client-ec2';
import { ENDPOINT_TAG } from '../../modules/workers/domain/worker-endpoint.rule.js';
import { DEMO_AMI_DESCRIPTION, DEMO_AMI_NAME, DEMO_MACHINE_TAG, DEMO_TAG, type DemoMachine } from './demo-fleet.js';
import { DemoSeedError, isLoopbackUrl } from './http.js';

/** moto accepts any key; static ones keep the SDK away from the machine's real credential chain. */
const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

export interface DemoInstance {
  instanceId: string;
  state: string;
  endpointTag?: string;
}

/**
 * Writes the demo fleet's AMIs and instances into moto with the plain SDK. It refuses any endpoint
 * that is not on this machine, so it can never launch instances in a real AWS account.
 */
export class DemoEc2 {
  private readonly clients = new Map<string, EC2Client>();

  constructor(private readonly endpoint: string) {
    if (!isLoopbackUrl(endpoint)) {
      throw new DemoSeedError(`The demo seeder only writes to a local AWS stand-in (moto on this machine); ${endpoint} is not a loopback address.`);
    }
  }

  private ec2(region: string): EC2Client {
    let client = this.clients.get(region);
    if (!client) {
      client = new EC2Client({ region, endpoint: this.endpoint, credentials: MOTO_CREDENTIALS, maxAttempts: 2 });
      this.clients.set(region, client);
    }
    return client;
  }

  /**
   * The demo AMI of a region, owned by moto's account so the app's `Owners: ['self']` searches find
   * it. RegisterImage needs no source instance, so no throw-away instance is left behind.
   */
  async ensureAmi(region: string): Promise<{ imageId: string; created: boolean }> {
    const found = await this.ec2(region).send(new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: [DEMO_AMI_NAME] }] }));
    const existing = found.Images?.find((i) => i.ImageId);
    if (existing?.ImageId) return { imageId: existing.ImageId, created: false };
    const { ImageId } = await this.ec2(region).send(
      new RegisterImageCommand({
        Name: DEMO_AMI_NAME,
        Description: DEMO_AMI_DESCRIPTION,
        Architecture: 'x86_64',
        VirtualizationType: 'hvm',
        RootDeviceName: '/dev/sda1',
        BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { VolumeSize: 64, VolumeType: 'gp3' } }],
      }),
    );
    if (!ImageId) throw new DemoSeedError(`moto did not register the AMI ${DEMO_AMI_NAME} in ${region}`);
    return { imageId: ImageId, created: true };
  }

  /** The fleet's live (not terminated) instances of a region, by machine key. */
  async demoInstances(region: string, fleet: string): Promise<Map<string, DemoInstance>> {
    const byKey = new Map<string, DemoInstance>();
    const pages = paginateDescribeInstances(
      { client: this.ec2(region) },
      { Filters: [{ Name: `tag:${DEMO_TAG}`, Values: [fleet] }, { Name: 'instance-state-name', Values: LIVE_STATES }] },
    );
    for await (const page of pages) {
      for (const instance of (page.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
        const tags = new Map((instance.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        const key = tags.get(DEMO_MACHINE_TAG);
        if (!key || !instance.InstanceId || byKey.has(key)) continue;
        byKey.set(key, { instanceId: instance.InstanceId, state: instance.State?.Name ?? 'unknown', endpointTag: tags.get(ENDPOINT_TAG) });
      }
    }
    return byKey;
  }

  /** Launches one machine (running at once in moto), tagged with its name, fleet, key and controller. */
  async launch(machine: DemoMachine, imageId: string, controllerUrl: string, fleet: string): Promise<string> {
    const tags = { Name: machine.name, [DEMO_TAG]: fleet, [DEMO_MACHINE_TAG]: machine.key, [ENDPOINT_TAG]: controllerUrl, team: machine.region === 'us-east-1' ? 'training-east' : 'training-west' };
    const out = await this.ec2(machine.region).send(
      new RunInstancesCommand({
        ImageId: imageId,
        InstanceType: machine.instanceType as _InstanceType,
        MinCount: 1,
        MaxCount: 1,
        TagSpecifications: [{ ResourceType: 'instance', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }],
      }),
    );
    const instanceId = out.Instances?.[0]?.InstanceId;
    if (!instanceId) throw new DemoSeedError(`moto launched no instance for ${machine.name} in ${machine.region}`);
    return instanceId;
  }

  async stop(region: string, instanceIds: string[]): Promise<void> {
    if (instanceIds.length) await this.ec2(region).send(new StopInstancesCommand({ InstanceIds: instanceIds }));
  }

  /** Points an existing instance at the controller (the simulator may have moved since it was tagged). */
  async setEndpointTag(region: string, instanceId: string, controllerUrl: string): Promise<void> {
    await this.ec2(region).send(new CreateTagsCommand({ Resources: [instanceId], Tags: [{ Key: ENDPOINT_TAG, Value: controllerUrl }] }));
  }

  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
