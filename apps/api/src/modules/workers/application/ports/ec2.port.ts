import { DomainError } from '#kernel';
import { isCapacityError } from '../../domain/capacity-fallback.rule.js';
import { AwsErrors } from './aws.errors.js';

/** EC2 instance states as AWS reports them. */
export type Ec2InstanceState = 'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

/** One EC2 instance, as much as the product needs of it. */
export interface Ec2Instance {
  instanceId: string;
  region: string;
  state: Ec2InstanceState;
  instanceType: string;
  imageId: string;
  /** The `Name` tag, if any. */
  name?: string;
  tags: Record<string, string>;
  publicIp?: string;
  privateIp?: string;
  /** ISO 8601. */
  launchTime?: string;
  monitoring: 'enabled' | 'disabled' | 'pending' | 'disabling';
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
  keyName?: string;
  /** Why the instance is in its state (e.g. `Client.UserInitiatedShutdown`), when AWS says. */
  stateReason?: string;
}

export type Ec2CheckStatus = 'ok' | 'impaired' | 'insufficient-data' | 'not-applicable' | 'initializing';

/** EC2 status checks of one instance (DescribeInstanceStatus with IncludeAllInstances). */
export interface Ec2StatusCheck {
  instanceId: string;
  state: Ec2InstanceState;
  instanceStatus: Ec2CheckStatus;
  systemStatus: Ec2CheckStatus;
}

export interface Ec2StateChange {
  instanceId: string;
  previousState: Ec2InstanceState;
  currentState: Ec2InstanceState;
}

export interface AmiImage {
  imageId: string;
  name: string;
  description?: string;
  /** ISO 8601. */
  creationDate?: string;
  ownerId?: string;
  state?: string;
}

export interface RunInstanceInput {
  name: string;
  instanceType: string;
  imageId: string;
  subnetId?: string;
  securityGroupIds?: string[];
  keyName?: string;
  /** Written at launch (TagSpecifications) in addition to `Name`. */
  tags: Record<string, string>;
  detailedMonitoring?: boolean;
  /** Idempotency token: a retried RunInstances with the same token launches nothing new. */
  clientToken?: string;
  /**
   * Enables nested virtualisation (CpuOptions); only for a virtualised type that supports it, where
   * it is off unless asked for. Bare-metal types need nothing.
   */
  nestedVirtualization?: boolean;
}

/** One instance type as DescribeInstanceTypes reports it, as much as the product needs of it. */
export interface Ec2InstanceType {
  instanceType: string;
  /** Default vCPU count. */
  vcpus?: number;
  /** Memory in MiB. */
  memoryMiB?: number;
  bareMetal: boolean;
  /** `nested-virtualization` is among the processor's supported features. */
  nestedVirtualization: boolean;
  /** Supported architectures (`x86_64`, `arm64`, `x86_64_mac` ...). */
  architectures: string[];
}

/** One EBS volume attached to an instance (DescribeVolumes), as much as storage cost needs of it. */
export interface Ec2Volume {
  volumeId: string;
  /** Size in GiB. */
  sizeGiB: number;
  /** EBS volume type: `gp3`, `gp2`, `io2`, `st1` ... */
  volumeType: string;
  /** Whether EC2 deletes the volume when the instance terminates (from its attachment), when AWS says. */
  deleteOnTermination?: boolean;
}

/** One VPC subnet (DescribeSubnets), as much as the provisioning form needs of it. */
export interface Ec2Subnet {
  subnetId: string;
  vpcId: string;
  availabilityZone: string;
  /** IPv4 CIDR block. */
  cidrBlock: string;
  /** The `Name` tag, if any. */
  name?: string;
  /** The default subnet of its zone (only the default VPC has these). */
  defaultForAz: boolean;
  /** Free IPv4 addresses (count). */
  availableIpAddressCount: number;
}

/** One security group (DescribeSecurityGroups). */
export interface Ec2SecurityGroup {
  groupId: string;
  groupName: string;
  /** Absent only for EC2-Classic groups, which no longer exist. */
  vpcId?: string;
  description?: string;
}

/** One key pair (DescribeKeyPairs): its name and key type, never key material. */
export interface Ec2KeyPair {
  keyName: string;
  /** `rsa` or `ed25519`, when EC2 says. */
  keyType?: string;
}

export interface DescribeInstancesFilter {
  instanceIds?: string[];
  imageIds?: string[];
  /** tag key -> accepted values */
  tags?: Record<string, string[]>;
  states?: Ec2InstanceState[];
}

export interface DescribeImagesQuery {
  imageIds?: string[];
  /** EC2 name filter, wildcards allowed (`cml-2.9-*`). */
  namePattern?: string;
  /** Defaults to the configured owners (`self` unless configured). */
  owners?: string[];
}

/**
 * EC2, the way the product uses it. Every method paginates to the end and batches ids as AWS
 * requires. Errors are DomainErrors: an unknown instance is `AWS.INSTANCE_NOT_FOUND` (404), a missing
 * permission `AWS.PERMISSION_DENIED` (502, naming the permission), anything else `AWS.ERROR` (502).
 */
export abstract class Ec2Port {
  abstract runInstance(region: string, input: RunInstanceInput): Promise<Ec2Instance>;
  abstract describeInstances(region: string, filter?: DescribeInstancesFilter): Promise<Ec2Instance[]>;
  /** Status checks of the given instances, or of every instance in the region when no ids are given. */
  abstract describeInstanceStatus(region: string, instanceIds?: string[]): Promise<Ec2StatusCheck[]>;
  abstract startInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]>;
  abstract stopInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]>;
  abstract terminateInstances(region: string, instanceIds: string[]): Promise<Ec2StateChange[]>;
  /** ModifyInstanceAttribute `InstanceType`: EC2 allows it only while the instance is stopped. */
  abstract modifyInstanceType(region: string, instanceId: string, instanceType: string): Promise<void>;
  abstract createTags(region: string, instanceIds: string[], tags: Record<string, string>): Promise<void>;
  abstract deleteTags(region: string, instanceIds: string[], keys: string[]): Promise<void>;
  abstract describeImages(region: string, query: DescribeImagesQuery): Promise<AmiImage[]>;
  abstract monitorInstances(region: string, instanceIds: string[]): Promise<void>;
  /**
   * The EBS volumes attached to the given instances (DescribeVolumes, `attachment.instance-id`
   * filter), by instance id; an instance without volumes, or unknown to EC2, is absent from the map.
   */
  abstract describeVolumes(region: string, instanceIds: string[]): Promise<Map<string, Ec2Volume[]>>;
  /** The names of the instance types the region offers (DescribeInstanceTypeOfferings, location type `region`). */
  abstract describeInstanceTypeOfferings(region: string): Promise<string[]>;
  /** Every instance type the region's EC2 describes (DescribeInstanceTypes), offered there or not. */
  abstract describeInstanceTypes(region: string): Promise<Ec2InstanceType[]>;
  /** The region's subnets (DescribeSubnets), or only the given ones (an unknown id is simply absent). */
  abstract describeSubnets(region: string, subnetIds?: string[]): Promise<Ec2Subnet[]>;
  /** The region's security groups (DescribeSecurityGroups), or only the given ones (an unknown id is simply absent). */
  abstract describeSecurityGroups(region: string, groupIds?: string[]): Promise<Ec2SecurityGroup[]>;
  /** The region's key pairs (DescribeKeyPairs; EC2 answers in one page). */
  abstract describeKeyPairs(region: string): Promise<Ec2KeyPair[]>;
}

/** True when an EC2 error says the instance does not exist (any more). */
export function isInstanceNotFound(err: unknown): boolean {
  return AwsErrors.instanceNotFound.is(err);
}

/**
 * EC2's code and message when an error says it has no capacity for the type (or zone) just now
 * (InsufficientInstanceCapacity, InstanceLimitExceeded, Unsupported); undefined for any other error.
 */
export function capacityErrorOf(err: unknown): { code: string; message: string } | undefined {
  if (!(err instanceof DomainError)) return undefined;
  const code = err.details?.awsCode;
  return typeof code === 'string' && isCapacityError(code) ? { code, message: err.message } : undefined;
}

/** True when an EC2 error says the AMI does not exist. */
export function isImageNotFound(err: unknown): boolean {
  return AwsErrors.imageNotFound.is(err);
}
