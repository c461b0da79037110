import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstanceTypeOfferingsCommand,
  DescribeInstanceTypesCommand,
  DescribeKeyPairsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Filter,
  type InstanceStateChange,
  ModifyInstanceAttributeCommand,
  MonitorInstancesCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type _InstanceType,
} from '@aws-sdk/client-ec2';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import { AwsErrors } from '../../application/ports/aws.errors.js';
import { AppConfig } from '../../../../config/app-config.js';
import { AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';
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
} from '../../application/ports/ec2.port.js';
import { allPages, chunk, eachPage, recordedCall } from './aws-call.js';
import { AWS_ADAPTER_OPTIONS, type AwsAdapterOptions, AwsClients } from './aws-clients.js';
import type { AwsCallContext } from './aws-errors.js';
import {
  recordToTags,
  toAmiImage,
  toAttachedVolumes,
  toEc2Instance,
  toEc2InstanceType,
  toEc2KeyPair,
  toEc2SecurityGroup,
  toEc2Subnet,
  toStateChange,
  toStatusCheck,
} from './ec2.mapper.js';

/** The EC2 API limits this adapter batches and paginates by. */
export const EC2_LIMITS = {
  /**
   * Instance or resource ids per call: the documented maximum of TerminateInstances, CreateTags and
   * DeleteTags ("up to 1000"), also used for DescribeInstances, Start/StopInstances and
   * MonitorInstances, whose limit AWS does not document.
   */
  idsPerCall: 1000,
  /** DescribeInstanceStatus: "Maximum 100 explicitly specified instance IDs". */
  statusIdsPerCall: 100,
  /** FilterLimitExceeded: at most 200 filter values in one call, over all filters. */
  filterValuesPerCall: 200,
  /** MaxResults of DescribeInstances (5 to 1000; moto counts reservations, AWS instances). */
  describeInstancesPageSize: 1000,
  /** MaxResults of DescribeImages. */
  describeImagesPageSize: 1000,
  /** MaxResults of DescribeInstanceTypeOfferings (5 to 1000). */
  instanceTypeOfferingsPageSize: 1000,
  /** MaxResults of DescribeInstanceTypes (5 to 100). */
  instanceTypesPageSize: 100,
  /** MaxResults of DescribeVolumes (5 to 500). */
  describeVolumesPageSize: 500,
  /** MaxResults of DescribeSubnets (5 to 1000). */
  describeSubnetsPageSize: 1000,
  /** MaxResults of DescribeSecurityGroups (5 to 1000). */
  describeSecurityGroupsPageSize: 1000,
} as const;

/**
 * EC2 through the AWS SDK: one cached client per managed region, every `send` recorded once, ids
 * batched and listings paginated to the end. Batches run one after another; a failure stops the
 * remaining batches, and batches already sent stay done (AWS has no multi-call transaction).
 * An empty id list is a no-op: AWS would read it as "every instance".
 */
@Injectable()
export class AwsEc2Adapter extends Ec2Port implements OnModuleDestroy {
  private readonly clients: AwsClients;
  private readonly ownsClients: boolean;
  private readonly pageSize: number;

  constructor(
    private readonly config: AppConfig,
    private readonly recorder: AwsCallRecorder,
    @Optional() @Inject(AWS_ADAPTER_OPTIONS) options?: AwsAdapterOptions,
  ) {
    super();
    this.ownsClients = !options?.clients;
    this.clients = options?.clients ?? new AwsClients(config);
    this.pageSize = options?.describeInstancesPageSize ?? EC2_LIMITS.describeInstancesPageSize;
  }

  onModuleDestroy(): void {
    if (this.ownsClients) this.clients.destroy();
  }

  /** RunInstances for exactly one instance, tagged (instance and volumes) at launch. */
  async runInstance(region: string, input: RunInstanceInput): Promise<Ec2Instance> {
    // `name` is the worker's identity in the console, so it wins over a `Name` in `tags`.
    const tags = { ...input.tags, Name: input.name };
    const Tags = recordToTags(tags);
    const out = await this.send({ operation: 'RunInstances', region, imageIds: [input.imageId] }, (ec2) =>
      ec2.send(
        new RunInstancesCommand({
          ImageId: input.imageId,
          InstanceType: input.instanceType as _InstanceType,
          MinCount: 1,
          MaxCount: 1,
          SubnetId: input.subnetId,
          SecurityGroupIds: input.securityGroupIds?.length ? input.securityGroupIds : undefined,
          KeyName: input.keyName,
          ClientToken: input.clientToken,
          Monitoring: input.detailedMonitoring ? { Enabled: true } : undefined,
          CpuOptions: input.nestedVirtualization ? { NestedVirtualization: 'enabled' } : undefined,
          TagSpecifications: [
            { ResourceType: 'instance', Tags },
            { ResourceType: 'volume', Tags },
          ],
        }),
      ),
    );
    const instance = out.Instances?.[0];
    if (!instance) {
      throw AwsErrors.error(`EC2 RunInstances in ${region} answered without an instance.`, { awsCode: 'EmptyResponse', operation: 'RunInstances', region });
    }
    return toEc2Instance(instance, region, tags);
  }

  /**
   * DescribeInstances to the last page. Filters combine with AND, values within one filter with OR;
   * an empty list in any filter matches nothing. With `instanceIds`, an id AWS does not know fails
   * the call with `AWS.INSTANCE_NOT_FOUND` (AWS semantics).
   */
  async describeInstances(region: string, filter: DescribeInstancesFilter = {}): Promise<Ec2Instance[]> {
    this.clients.assertManaged(region);
    const filters: Filter[] = [];
    if (filter.imageIds) filters.push({ Name: 'image-id', Values: filter.imageIds });
    if (filter.states) filters.push({ Name: 'instance-state-name', Values: filter.states });
    for (const [key, values] of Object.entries(filter.tags ?? {})) filters.push({ Name: `tag:${key}`, Values: values });
    if (filters.some((f) => f.Values?.length === 0) || filter.instanceIds?.length === 0) return [];
    const valueCount = filters.reduce((n, f) => n + (f.Values?.length ?? 0), 0);
    if (valueCount > EC2_LIMITS.filterValuesPerCall) {
      throw AwsErrors.invalidRequest(
        { awsCode: 'FilterLimitExceeded', operation: 'DescribeInstances', region },
        `EC2 accepts at most ${EC2_LIMITS.filterValuesPerCall} filter values per call; this filter has ${valueCount}.`,
      );
    }
    const Filters = filters.length > 0 ? filters : undefined;

    const instances: Ec2Instance[] = [];
    // AWS refuses MaxResults together with InstanceIds; each id batch comes back whole.
    const batches: (string[] | undefined)[] = filter.instanceIds ? chunk(filter.instanceIds, EC2_LIMITS.idsPerCall) : [undefined];
    for (const InstanceIds of batches) {
      await eachPage(
        (NextToken) =>
          this.send({ operation: 'DescribeInstances', region, instanceIds: InstanceIds }, (ec2) =>
            ec2.send(new DescribeInstancesCommand({ InstanceIds, Filters, NextToken, MaxResults: InstanceIds ? undefined : this.pageSize })),
          ),
        (page) => {
          for (const reservation of page.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) instances.push(toEc2Instance(instance, region));
          }
        },
      );
    }
    return instances;
  }

  /**
   * DescribeInstanceStatus with IncludeAllInstances (stopped instances too): 100 ids per call, or,
   * without ids, every instance of the region in pages of 1000 (the fleet-wide cycle's one call).
   */
  async describeInstanceStatus(region: string, instanceIds?: string[]): Promise<Ec2StatusCheck[]> {
    this.clients.assertManaged(region);
    const checks: Ec2StatusCheck[] = [];
    const batches: (string[] | undefined)[] = instanceIds ? chunk(instanceIds, EC2_LIMITS.statusIdsPerCall) : [undefined];
    for (const InstanceIds of batches) {
      await eachPage(
        (NextToken) =>
          this.send({ operation: 'DescribeInstanceStatus', region, instanceIds: InstanceIds }, (ec2) =>
            ec2.send(new DescribeInstanceStatusCommand({ InstanceIds, IncludeAllInstances: true, NextToken, MaxResults: InstanceIds ? undefined : 1000 })),
          ),
        (page) => {
          for (const status of page.InstanceStatuses ?? []) checks.push(toStatusCheck(status));
        },
      );
    }
    return checks;
  }

  /** StartInstances; the state changes AWS reports, one per instance. */
  startInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    return this.changeStates(region, 'StartInstances', instanceIds, async (ec2, InstanceIds) => (await ec2.send(new StartInstancesCommand({ InstanceIds }))).StartingInstances);
  }

  /** StopInstances; the state changes AWS reports, one per instance. */
  stopInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    return this.changeStates(region, 'StopInstances', instanceIds, async (ec2, InstanceIds) => (await ec2.send(new StopInstancesCommand({ InstanceIds }))).StoppingInstances);
  }

  /** TerminateInstances; the state changes AWS reports, one per instance. */
  terminateInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]> {
    return this.changeStates(region, 'TerminateInstances', instanceIds, async (ec2, InstanceIds) => (await ec2.send(new TerminateInstancesCommand({ InstanceIds }))).TerminatingInstances);
  }

  /** CreateTags (adds or overwrites) on the instances; nothing to write is a no-op. */
  async createTags(region: string, instanceIds: string[], tags: Record<string, string>): Promise<void> {
    this.clients.assertManaged(region);
    const Tags = recordToTags(tags);
    if (Tags.length === 0) return;
    for (const Resources of chunk(instanceIds, EC2_LIMITS.idsPerCall)) {
      await this.send({ operation: 'CreateTags', region, instanceIds: Resources }, (ec2) => ec2.send(new CreateTagsCommand({ Resources, Tags })));
    }
  }

  /** DeleteTags by key, whatever the value; no keys is a no-op (AWS would delete every tag). */
  async deleteTags(region: string, instanceIds: string[], keys: string[]): Promise<void> {
    this.clients.assertManaged(region);
    if (keys.length === 0) return;
    const Tags = keys.map((Key) => ({ Key }));
    for (const Resources of chunk(instanceIds, EC2_LIMITS.idsPerCall)) {
      await this.send({ operation: 'DeleteTags', region, instanceIds: Resources }, (ec2) => ec2.send(new DeleteTagsCommand({ Resources, Tags })));
    }
  }

  /**
   * DescribeImages restricted to `query.owners`, else the configured owners, so a name search never
   * scans every public AMI. Newest first by creation date.
   */
  async describeImages(region: string, query: DescribeImagesQuery): Promise<AmiImage[]> {
    this.clients.assertManaged(region);
    const Owners = query.owners ?? this.config.aws.amiOwners;
    if (Owners.length === 0) {
      throw AwsErrors.invalidRequest({ awsCode: 'MissingParameter', operation: 'DescribeImages', region }, 'An AMI search needs at least one owner (self, amazon or an account id).');
    }
    if (query.imageIds?.length === 0) return [];
    const Filters = query.namePattern ? [{ Name: 'name', Values: [query.namePattern] }] : undefined;
    const batches: (string[] | undefined)[] = query.imageIds ? chunk(query.imageIds, EC2_LIMITS.idsPerCall) : [undefined];
    const images: AmiImage[] = [];
    for (const ImageIds of batches) {
      const pages = await allPages((NextToken) =>
        this.send({ operation: 'DescribeImages', region, imageIds: ImageIds }, (ec2) =>
          ec2.send(new DescribeImagesCommand({ Owners, ImageIds, Filters, NextToken, MaxResults: ImageIds ? undefined : EC2_LIMITS.describeImagesPageSize })),
        ),
      );
      for (const page of pages) for (const image of page.Images ?? []) images.push(toAmiImage(image));
    }
    return images.sort((a, b) => (b.creationDate ?? '').localeCompare(a.creationDate ?? ''));
  }

  /** ModifyInstanceAttribute with `InstanceType` (the instance must be stopped). */
  async modifyInstanceType(region: string, instanceId: string, instanceType: string): Promise<void> {
    this.clients.assertManaged(region);
    await this.send({ operation: 'ModifyInstanceAttribute', region, instanceIds: [instanceId] }, (ec2) =>
      ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: instanceId, InstanceType: { Value: instanceType } })),
    );
  }

  /** MonitorInstances: switches the instances to detailed (1-minute) CloudWatch monitoring. */
  async monitorInstances(region: string, instanceIds: string[]): Promise<void> {
    this.clients.assertManaged(region);
    for (const InstanceIds of chunk(instanceIds, EC2_LIMITS.idsPerCall)) {
      await this.send({ operation: 'MonitorInstances', region, instanceIds: InstanceIds }, (ec2) => ec2.send(new MonitorInstancesCommand({ InstanceIds })));
    }
  }

  /**
   * DescribeVolumes filtered by `attachment.instance-id`, to the last page: one call per 200 ids
   * (the filter-value limit), so a region's whole fleet costs a call or a few. Filtering by
   * attachment rather than naming volumes means an instance EC2 no longer knows simply has none
   * instead of failing the call.
   */
  async describeVolumes(region: string, instanceIds: string[]): Promise<Map<string, Ec2Volume[]>> {
    this.clients.assertManaged(region);
    const byInstance = new Map<string, Ec2Volume[]>();
    for (const ids of chunk([...new Set(instanceIds)], EC2_LIMITS.filterValuesPerCall)) {
      const wanted = new Set(ids);
      await eachPage(
        (NextToken) =>
          this.send({ operation: 'DescribeVolumes', region, instanceIds: ids }, (ec2) =>
            ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: ids }], NextToken, MaxResults: EC2_LIMITS.describeVolumesPageSize })),
          ),
        (page) => {
          for (const volume of page.Volumes ?? []) {
            for (const { instanceId, volume: attached } of toAttachedVolumes(volume, wanted)) byInstance.set(instanceId, [...(byInstance.get(instanceId) ?? []), attached]);
          }
        },
      );
    }
    return byInstance;
  }

  /** DescribeInstanceTypeOfferings for the region itself (not its zones), to the last page. */
  async describeInstanceTypeOfferings(region: string): Promise<string[]> {
    this.clients.assertManaged(region);
    const types: string[] = [];
    await eachPage(
      (NextToken) =>
        this.send({ operation: 'DescribeInstanceTypeOfferings', region }, (ec2) =>
          ec2.send(new DescribeInstanceTypeOfferingsCommand({ LocationType: 'region', NextToken, MaxResults: EC2_LIMITS.instanceTypeOfferingsPageSize })),
        ),
      (page) => {
        for (const offering of page.InstanceTypeOfferings ?? []) if (offering.InstanceType) types.push(offering.InstanceType);
      },
    );
    return types;
  }

  /**
   * DescribeInstanceTypes without names, to the last page: naming them would fail the whole call on
   * one type AWS does not describe (InvalidInstanceType), and the full listing is about as many calls.
   */
  async describeInstanceTypes(region: string): Promise<Ec2InstanceType[]> {
    this.clients.assertManaged(region);
    const types: Ec2InstanceType[] = [];
    await eachPage(
      (NextToken) =>
        this.send({ operation: 'DescribeInstanceTypes', region }, (ec2) => ec2.send(new DescribeInstanceTypesCommand({ NextToken, MaxResults: EC2_LIMITS.instanceTypesPageSize }))),
      (page) => {
        for (const info of page.InstanceTypes ?? []) {
          const type = toEc2InstanceType(info);
          if (type) types.push(type);
        }
      },
    );
    return types;
  }

  /**
   * DescribeSubnets to the last page; named subnets go in a `subnet-id` filter (200 values a call),
   * so an id EC2 does not know is absent from the answer instead of failing the call.
   */
  async describeSubnets(region: string, subnetIds?: string[]): Promise<Ec2Subnet[]> {
    this.clients.assertManaged(region);
    const subnets: Ec2Subnet[] = [];
    for (const ids of this.filterBatches(subnetIds)) {
      const Filters = ids ? [{ Name: 'subnet-id', Values: ids }] : undefined;
      await eachPage(
        (NextToken) =>
          this.send({ operation: 'DescribeSubnets', region }, (ec2) => ec2.send(new DescribeSubnetsCommand({ Filters, NextToken, MaxResults: EC2_LIMITS.describeSubnetsPageSize }))),
        (page) => {
          for (const raw of page.Subnets ?? []) {
            const subnet = toEc2Subnet(raw);
            if (subnet) subnets.push(subnet);
          }
        },
      );
    }
    return subnets;
  }

  /** DescribeSecurityGroups to the last page; named groups go in a `group-id` filter, like subnets. */
  async describeSecurityGroups(region: string, groupIds?: string[]): Promise<Ec2SecurityGroup[]> {
    this.clients.assertManaged(region);
    const groups: Ec2SecurityGroup[] = [];
    for (const ids of this.filterBatches(groupIds)) {
      const Filters = ids ? [{ Name: 'group-id', Values: ids }] : undefined;
      await eachPage(
        (NextToken) =>
          this.send({ operation: 'DescribeSecurityGroups', region }, (ec2) =>
            ec2.send(new DescribeSecurityGroupsCommand({ Filters, NextToken, MaxResults: EC2_LIMITS.describeSecurityGroupsPageSize })),
          ),
        (page) => {
          for (const raw of page.SecurityGroups ?? []) {
            const group = toEc2SecurityGroup(raw);
            if (group) groups.push(group);
          }
        },
      );
    }
    return groups;
  }

  /** DescribeKeyPairs: EC2 has no paging for it and answers with every key pair of the region. */
  async describeKeyPairs(region: string): Promise<Ec2KeyPair[]> {
    this.clients.assertManaged(region);
    const out = await this.send({ operation: 'DescribeKeyPairs', region }, (ec2) => ec2.send(new DescribeKeyPairsCommand({})));
    const keys: Ec2KeyPair[] = [];
    for (const raw of out.KeyPairs ?? []) {
      const key = toEc2KeyPair(raw);
      if (key) keys.push(key);
    }
    return keys;
  }

  /** Ids as filter-value batches; no ids is one unfiltered call, an empty list no call at all. */
  private filterBatches(ids: string[] | undefined): (string[] | undefined)[] {
    if (ids === undefined) return [undefined];
    return chunk([...new Set(ids)], EC2_LIMITS.filterValuesPerCall);
  }

  private async changeStates(
    region: string,
    operation: string,
    instanceIds: string[],
    call: (ec2: EC2Client, ids: string[]) => Promise<InstanceStateChange[] | undefined>,
  ): Promise<Ec2StateChange[]> {
    this.clients.assertManaged(region);
    const changes: Ec2StateChange[] = [];
    for (const ids of chunk(instanceIds, EC2_LIMITS.idsPerCall)) {
      const batch = await this.send({ operation, region, instanceIds: ids }, (ec2) => call(ec2, ids));
      for (const change of batch ?? []) changes.push(toStateChange(change));
    }
    return changes;
  }

  private send<T>(ctx: Omit<AwsCallContext, 'service'>, call: (ec2: EC2Client) => Promise<T>): Promise<T> {
    const ec2 = this.clients.ec2(ctx.region);
    return recordedCall(this.recorder, { service: 'ec2', ...ctx }, () => call(ec2));
  }
}
