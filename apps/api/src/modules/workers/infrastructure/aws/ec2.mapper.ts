import { AwsErrors } from '../../application/ports/aws.errors.js';
import type { Image, Instance, InstanceStateChange, InstanceStatus, InstanceTypeInfo, KeyPairInfo, SecurityGroup, Subnet, Tag, Volume } from '@aws-sdk/client-ec2';
import type {
  AmiImage,
  Ec2CheckStatus,
  Ec2Instance,
  Ec2InstanceState,
  Ec2InstanceType,
  Ec2KeyPair,
  Ec2SecurityGroup,
  Ec2StateChange,
  Ec2Subnet,
  Ec2StatusCheck,
  Ec2Volume,
} from '../../application/ports/ec2.port.js';

const INSTANCE_STATES: ReadonlySet<string> = new Set<Ec2InstanceState>(['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped']);
const CHECK_STATUSES: ReadonlySet<string> = new Set<Ec2CheckStatus>(['ok', 'impaired', 'insufficient-data', 'not-applicable', 'initializing']);
const MONITORING_STATES: ReadonlySet<string> = new Set<Ec2Instance['monitoring']>(['enabled', 'disabled', 'pending', 'disabling']);

/** An AWS state name as the port's union; AWS has no other states, so anything else is a bug upstream. */
export function toInstanceState(name: string | undefined): Ec2InstanceState {
  if (name && INSTANCE_STATES.has(name)) return name as Ec2InstanceState;
  throw AwsErrors.error(`EC2 reported an unknown instance state "${name ?? ''}".`);
}

/** A status-check status; AWS omits it for instances it has not checked yet. */
export function toCheckStatus(status: string | undefined): Ec2CheckStatus {
  return status && CHECK_STATUSES.has(status) ? (status as Ec2CheckStatus) : 'not-applicable';
}

/** AWS's tag list as a record (the last value wins on a duplicate key, as AWS never sends one). */
export function tagsToRecord(tags: Tag[] | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) record[tag.Key] = tag.Value ?? '';
  return record;
}

/** A record as AWS's tag list, keys in insertion order. */
export function recordToTags(tags: Record<string, string>): Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

// Real AWS lists the groups on the instance; moto fills only the primary network interface's.
function securityGroupIds(instance: Instance): string[] {
  const direct = (instance.SecurityGroups ?? []).map((g) => g.GroupId).filter((id): id is string => !!id);
  if (direct.length > 0) return direct;
  const primary = instance.NetworkInterfaces?.find((ni) => ni.Attachment?.DeviceIndex === 0) ?? instance.NetworkInterfaces?.[0];
  return (primary?.Groups ?? []).map((g) => g.GroupId).filter((id): id is string => !!id);
}

/**
 * One SDK instance as the port's `Ec2Instance`. `fallbackTags` stands in when the response carries
 * no tags at all (a RunInstances answer may omit the tags it was asked to write).
 */
export function toEc2Instance(instance: Instance, region: string, fallbackTags?: Record<string, string>): Ec2Instance {
  const tags = instance.Tags?.length ? tagsToRecord(instance.Tags) : { ...(fallbackTags ?? {}) };
  const monitoring = instance.Monitoring?.State;
  return {
    instanceId: instance.InstanceId ?? '',
    region,
    state: toInstanceState(instance.State?.Name),
    instanceType: instance.InstanceType ?? '',
    imageId: instance.ImageId ?? '',
    name: blankToUndefined(tags.Name),
    tags,
    publicIp: blankToUndefined(instance.PublicIpAddress),
    privateIp: blankToUndefined(instance.PrivateIpAddress),
    launchTime: instance.LaunchTime ? instance.LaunchTime.toISOString() : undefined,
    monitoring: monitoring && MONITORING_STATES.has(monitoring) ? (monitoring as Ec2Instance['monitoring']) : 'disabled',
    subnetId: blankToUndefined(instance.SubnetId),
    vpcId: blankToUndefined(instance.VpcId),
    securityGroupIds: securityGroupIds(instance),
    keyName: blankToUndefined(instance.KeyName),
    // moto sends an empty StateReason for instances that never changed state.
    stateReason: blankToUndefined(instance.StateReason?.Code),
  };
}

/** One DescribeInstanceStatus entry as the port's `Ec2StatusCheck`. */
export function toStatusCheck(status: InstanceStatus): Ec2StatusCheck {
  return {
    instanceId: status.InstanceId ?? '',
    state: toInstanceState(status.InstanceState?.Name),
    instanceStatus: toCheckStatus(status.InstanceStatus?.Status),
    systemStatus: toCheckStatus(status.SystemStatus?.Status),
  };
}

/** One Start/Stop/TerminateInstances entry as the port's `Ec2StateChange`. */
export function toStateChange(change: InstanceStateChange): Ec2StateChange {
  return {
    instanceId: change.InstanceId ?? '',
    previousState: toInstanceState(change.PreviousState?.Name),
    currentState: toInstanceState(change.CurrentState?.Name),
  };
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** One SDK image as the port's `AmiImage`. */
export function toAmiImage(image: Image): AmiImage {
  return {
    imageId: image.ImageId ?? '',
    name: image.Name ?? '',
    description: blankToUndefined(image.Description),
    creationDate: isoDate(image.CreationDate),
    ownerId: blankToUndefined(image.OwnerId),
    state: blankToUndefined(image.State),
  };
}

/**
 * An instance type as the port's shape; undefined without a name. Nested virtualisation is what the
 * processor's supported features say: stand-ins and older answers that leave the list out report none.
 */
export function toEc2InstanceType(info: InstanceTypeInfo): Ec2InstanceType | undefined {
  if (!info.InstanceType) return undefined;
  return {
    instanceType: info.InstanceType,
    vcpus: info.VCpuInfo?.DefaultVCpus,
    memoryMiB: info.MemoryInfo?.SizeInMiB,
    bareMetal: info.BareMetal === true,
    nestedVirtualization: (info.ProcessorInfo?.SupportedFeatures ?? []).includes('nested-virtualization'),
    architectures: [...(info.ProcessorInfo?.SupportedArchitectures ?? [])],
  };
}

/**
 * One SDK volume as the port's `Ec2Volume` for each of the given instances it is attached to (a
 * multi-attach io2 volume counts for each); none without an id.
 */
export function toAttachedVolumes(volume: Volume, instanceIds: ReadonlySet<string>): { instanceId: string; volume: Ec2Volume }[] {
  if (!volume.VolumeId) return [];
  const attached: { instanceId: string; volume: Ec2Volume }[] = [];
  for (const attachment of volume.Attachments ?? []) {
    if (!attachment.InstanceId || !instanceIds.has(attachment.InstanceId)) continue;
    const deleteOnTermination = attachment.DeleteOnTermination;
    attached.push({
      instanceId: attachment.InstanceId,
      volume: {
        volumeId: volume.VolumeId,
        sizeGiB: volume.Size ?? 0,
        volumeType: volume.VolumeType ?? 'standard',
        ...(deleteOnTermination === undefined ? {} : { deleteOnTermination }),
      },
    });
  }
  return attached;
}

/** One SDK subnet as the port's `Ec2Subnet`; undefined without the ids EC2 always sends. */
export function toEc2Subnet(subnet: Subnet): Ec2Subnet | undefined {
  if (!subnet.SubnetId || !subnet.VpcId) return undefined;
  return {
    subnetId: subnet.SubnetId,
    vpcId: subnet.VpcId,
    availabilityZone: subnet.AvailabilityZone ?? '',
    cidrBlock: subnet.CidrBlock ?? '',
    name: blankToUndefined(tagsToRecord(subnet.Tags).Name),
    defaultForAz: subnet.DefaultForAz === true,
    availableIpAddressCount: subnet.AvailableIpAddressCount ?? 0,
  };
}

/** One SDK security group as the port's `Ec2SecurityGroup`; undefined without its id. */
export function toEc2SecurityGroup(group: SecurityGroup): Ec2SecurityGroup | undefined {
  if (!group.GroupId) return undefined;
  return { groupId: group.GroupId, groupName: group.GroupName ?? group.GroupId, vpcId: blankToUndefined(group.VpcId), description: blankToUndefined(group.Description) };
}

/** One SDK key pair as the port's `Ec2KeyPair` (name and type only); undefined without a name. */
export function toEc2KeyPair(key: KeyPairInfo): Ec2KeyPair | undefined {
  if (!key.KeyName) return undefined;
  return { keyName: key.KeyName, keyType: blankToUndefined(key.KeyType) };
}
