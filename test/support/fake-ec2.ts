import { AwsErrors } from '../../apps/api/src/modules/workers/application/ports/aws.errors.js';
import {
  type AmiImage,
  type DescribeImagesQuery,
  type DescribeInstancesFilter,
  type Ec2Instance,
  type Ec2InstanceType,
  type Ec2KeyPair,
  Ec2Port,
  type Ec2SecurityGroup,
  type Ec2Subnet,
  type Ec2StateChange,
  type Ec2StatusCheck,
  type Ec2Volume,
  type RunInstanceInput,
} from '../../apps/api/src/modules/workers/application/ports/ec2.port.js';

/** An instance type as EC2 would describe it; x86_64, not metal, no nested virtualisation unless said. */
export function anInstanceType(instanceType: string, over: Partial<Ec2InstanceType> = {}): Ec2InstanceType {
  return { instanceType, vcpus: 8, memoryMiB: 16384, bareMetal: instanceType.includes('.metal'), nestedVirtualization: false, architectures: ['x86_64'], ...over };
}

/** An instance as EC2 would describe it: running, x86, in us-east-1 unless said. */
export function anInstance(instanceId: string, over: Partial<Ec2Instance> = {}): Ec2Instance {
  return { instanceId, region: 'us-east-1', state: 'running', instanceType: 'm5zn.metal', imageId: 'ami-0abc', tags: {}, monitoring: 'disabled', securityGroupIds: [], ...over };
}

const CHANGED_TO = { StartInstances: 'pending', StopInstances: 'stopping', TerminateInstances: 'shutting-down' } as const;

/**
 * An Ec2Port for unit tests: instances, instance types and AMIs per region as the test sets them,
 * every call logged as `Operation region` (calls that change instances add their ids). Like EC2,
 * naming an instance it does not know is AWS.INSTANCE_NOT_FOUND; a state change moves the instance
 * to the transitional state (pending, stopping, shutting-down) and the test moves it on.
 */
export class FakeEc2 extends Ec2Port {
  readonly calls: string[] = [];
  /** Instance id -> the instance as EC2 describes it now. */
  readonly instances = new Map<string, Ec2Instance>();
  /** Instance id -> status checks other than ok/ok. */
  readonly statusChecks = new Map<string, Pick<Ec2StatusCheck, 'instanceStatus' | 'systemStatus'>>();
  /** Operation (`StopInstances`, `CreateTags`, `DescribeInstances` ...) -> the error it fails with. */
  readonly failures = new Map<string, Error>();
  /** A region whose instance reads fail (`EC2 is down`). */
  failRegion?: string;
  /** How long instance reads take, in ms (to let other work overlap them). */
  latencyMs = 0;
  /** What RunInstances was asked (refused launches included), and the state a launched instance starts in. */
  readonly launches: RunInstanceInput[] = [];
  launchState: Ec2Instance['state'] = 'pending';
  private launched = 0;
  /** Region -> types offered there (all of them described unless `undescribed` says otherwise). */
  readonly types = new Map<string, Ec2InstanceType[]>();
  /** Region -> names offered but not described. */
  readonly undescribed = new Map<string, string[]>();
  /** Region -> AMIs visible there. */
  readonly images = new Map<string, AmiImage[]>();
  /** Set to make the instance type calls fail. */
  failTypes?: Error;
  /**
   * Instance types (or `type@subnet`) EC2 has no capacity for: starting an instance of that type, or
   * launching one, fails with InsufficientInstanceCapacity as the EC2 adapter reports it.
   */
  readonly noCapacity = new Set<string>();
  /** Instance id -> the EBS volumes attached to it (none unless the test says). */
  readonly volumes = new Map<string, Ec2Volume[]>();
  /** Region -> its subnets, security groups and key pairs (none unless the test says). */
  readonly subnets = new Map<string, Ec2Subnet[]>();
  readonly securityGroups = new Map<string, Ec2SecurityGroup[]>();
  readonly keyPairs = new Map<string, Ec2KeyPair[]>();
  /** Resolves pending type calls when set (for tests of concurrent askers). */
  gate?: Promise<void>;

  offer(region: string, ...types: Ec2InstanceType[]): this {
    this.types.set(region, [...(this.types.get(region) ?? []), ...types]);
    return this;
  }

  async describeInstanceTypeOfferings(region: string): Promise<string[]> {
    this.calls.push(`DescribeInstanceTypeOfferings ${region}`);
    await this.gate;
    if (this.failTypes) throw this.failTypes;
    return [...(this.types.get(region) ?? []).map((t) => t.instanceType), ...(this.undescribed.get(region) ?? [])];
  }

  async describeInstanceTypes(region: string): Promise<Ec2InstanceType[]> {
    this.calls.push(`DescribeInstanceTypes ${region}`);
    await this.gate;
    if (this.failTypes) throw this.failTypes;
    // EC2 also describes types the region does not offer.
    return [...(this.types.get(region) ?? []), anInstanceType('not-offered.here')];
  }

  async describeImages(region: string, query: DescribeImagesQuery): Promise<AmiImage[]> {
    this.calls.push(`DescribeImages ${region}`);
    const images = this.images.get(region) ?? [];
    if (query.imageIds) {
      const found = images.filter((i) => query.imageIds!.includes(i.imageId));
      if (found.length < query.imageIds.length) throw AwsErrors.imageNotFound({ awsCode: 'InvalidAMIID.NotFound', operation: 'DescribeImages', region }, query.imageIds);
      return found;
    }
    const pattern = new RegExp(`^${(query.namePattern ?? '*').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return images.filter((i) => pattern.test(i.name));
  }

  /** Puts instances into EC2 (their region is their own). */
  add(...instances: Ec2Instance[]): this {
    for (const i of instances) this.instances.set(i.instanceId, structuredClone(i));
    return this;
  }

  /** Moves an instance on, as EC2 would (e.g. `stopping` -> `stopped`), or removes it (`gone`). */
  setState(instanceId: string, state: Ec2Instance['state'] | 'gone'): void {
    if (state === 'gone') this.instances.delete(instanceId);
    else this.instances.get(instanceId)!.state = state;
  }

  /** The operations called, without their arguments. */
  operations(): string[] {
    return this.calls.map((c) => c.split(' ')[0]);
  }

  private async enter(operation: string, region: string, ids?: readonly string[]): Promise<void> {
    this.calls.push(ids ? `${operation} ${region} ${ids.join(',')}` : `${operation} ${region}`);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  private known(region: string, ids: readonly string[]): Ec2Instance[] {
    const unknown = ids.filter((id) => this.instances.get(id)?.region !== region);
    if (unknown.length) throw AwsErrors.instanceNotFound({ operation: 'DescribeInstances', region, awsCode: 'InvalidInstanceID.NotFound' }, unknown);
    return ids.map((id) => this.instances.get(id)!);
  }

  private capacity(operation: string, region: string, instanceType: string, subnetId?: string): void {
    if (!this.noCapacity.has(instanceType) && !this.noCapacity.has(`${instanceType}@${subnetId}`)) return;
    const message = `We currently do not have sufficient ${instanceType} capacity in the Availability Zone you requested.`;
    throw AwsErrors.error(`EC2 ${operation} failed in ${region} (HTTP 500): InsufficientInstanceCapacity: ${message}`, { awsCode: 'InsufficientInstanceCapacity', operation, region });
  }

  async runInstance(region: string, input: RunInstanceInput): Promise<Ec2Instance> {
    await this.enter('RunInstances', region);
    this.launches.push(input);
    this.capacity('RunInstances', region, input.instanceType, input.subnetId);
    const instance = anInstance(`i-${String(++this.launched).padStart(17, '0')}`, { region, state: this.launchState, instanceType: input.instanceType, imageId: input.imageId, name: input.name, tags: { Name: input.name, ...input.tags } });
    this.add(instance);
    return structuredClone(instance);
  }

  async describeInstances(region: string, filter: DescribeInstancesFilter = {}): Promise<Ec2Instance[]> {
    await this.enter('DescribeInstances', region);
    if (region === this.failRegion) throw new Error('EC2 is down');
    let found = filter.instanceIds ? this.known(region, filter.instanceIds) : [...this.instances.values()].filter((i) => i.region === region);
    if (filter.imageIds) found = found.filter((i) => filter.imageIds!.includes(i.imageId));
    if (filter.states) found = found.filter((i) => filter.states!.includes(i.state));
    if (filter.tags) found = found.filter((i) => Object.entries(filter.tags!).every(([k, values]) => values.includes(i.tags[k])));
    return structuredClone(found);
  }

  /** Like EC2's attachment filter: an unknown instance simply has no volumes. */
  async describeVolumes(region: string, instanceIds: string[]): Promise<Map<string, Ec2Volume[]>> {
    await this.enter('DescribeVolumes', region, instanceIds);
    if (region === this.failRegion) throw new Error('EC2 is down');
    const found = new Map<string, Ec2Volume[]>();
    for (const id of instanceIds) {
      const volumes = this.instances.get(id)?.region === region ? this.volumes.get(id) : undefined;
      if (volumes?.length) found.set(id, structuredClone(volumes));
    }
    return found;
  }

  async describeInstanceStatus(region: string, instanceIds?: string[]): Promise<Ec2StatusCheck[]> {
    await this.enter('DescribeInstanceStatus', region);
    if (region === this.failRegion) throw new Error('EC2 is down');
    const found = instanceIds ? this.known(region, instanceIds) : [...this.instances.values()].filter((i) => i.region === region);
    return found.map((i) => ({ instanceId: i.instanceId, state: i.state, instanceStatus: 'ok', systemStatus: 'ok', ...this.statusChecks.get(i.instanceId) }));
  }

  private async change(operation: keyof typeof CHANGED_TO, region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    await this.enter(operation, region, instanceIds);
    return this.known(region, instanceIds).map((i) => {
      const previousState = i.state;
      i.state = CHANGED_TO[operation];
      return { instanceId: i.instanceId, previousState, currentState: i.state };
    });
  }

  async startInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    for (const i of this.instances.values()) if (instanceIds.includes(i.instanceId) && i.region === region && i.state === 'stopped') {
      const short = this.noCapacity.has(i.instanceType);
      if (short) {
        this.calls.push(`StartInstances ${region} ${instanceIds.join(',')}`);
        this.capacity('StartInstances', region, i.instanceType, i.subnetId);
      }
    }
    return this.change('StartInstances', region, instanceIds);
  }

  async modifyInstanceType(region: string, instanceId: string, instanceType: string): Promise<void> {
    await this.enter('ModifyInstanceAttribute', region, [instanceId]);
    const [i] = this.known(region, [instanceId]);
    if (i.state !== 'stopped') throw AwsErrors.error(`EC2 ModifyInstanceAttribute failed in ${region}: IncorrectInstanceState`, { awsCode: 'IncorrectInstanceState', operation: 'ModifyInstanceAttribute', region });
    i.instanceType = instanceType;
  }
  stopInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    return this.change('StopInstances', region, instanceIds);
  }
  terminateInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    return this.change('TerminateInstances', region, instanceIds);
  }

  async createTags(region: string, instanceIds: string[], tags: Record<string, string>): Promise<void> {
    await this.enter('CreateTags', region, instanceIds);
    for (const i of this.known(region, instanceIds)) Object.assign(i.tags, tags);
  }

  async deleteTags(region: string, instanceIds: string[], keys: string[]): Promise<void> {
    await this.enter('DeleteTags', region, instanceIds);
    for (const i of this.known(region, instanceIds)) for (const k of keys) delete i.tags[k];
  }

  async monitorInstances(region: string, instanceIds: string[]): Promise<void> {
    await this.enter('MonitorInstances', region, instanceIds);
    for (const i of this.known(region, instanceIds)) i.monitoring = 'enabled';
  }

  async describeSubnets(region: string, subnetIds?: string[]): Promise<Ec2Subnet[]> {
    await this.enter('DescribeSubnets', region);
    const all = this.subnets.get(region) ?? [];
    return structuredClone(subnetIds ? all.filter((s) => subnetIds.includes(s.subnetId)) : all);
  }

  async describeSecurityGroups(region: string, groupIds?: string[]): Promise<Ec2SecurityGroup[]> {
    await this.enter('DescribeSecurityGroups', region);
    const all = this.securityGroups.get(region) ?? [];
    return structuredClone(groupIds ? all.filter((g) => groupIds.includes(g.groupId)) : all);
  }

  async describeKeyPairs(region: string): Promise<Ec2KeyPair[]> {
    await this.enter('DescribeKeyPairs', region);
    return structuredClone(this.keyPairs.get(region) ?? []);
  }
}
