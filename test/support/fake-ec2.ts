import { AwsErrors } from '../../apps/api/src/modules/workers/application/ports/aws.errors.js';
import {
  type AmiImage,
  type DescribeImagesQuery,
  type Ec2Instance,
  type Ec2InstanceType,
  Ec2Port,
  type Ec2StateChange,
  type Ec2StatusCheck,
  type RunInstanceInput,
} from '../../apps/api/src/modules/workers/application/ports/ec2.port.js';

/** An instance type as EC2 would describe it; x86_64, not metal, no nested virtualisation unless said. */
export function anInstanceType(instanceType: string, over: Partial<Ec2InstanceType> = {}): Ec2InstanceType {
  return { instanceType, vcpus: 8, memoryMiB: 16384, bareMetal: instanceType.includes('.metal'), nestedVirtualization: false, architectures: ['x86_64'], ...over };
}

/**
 * An Ec2Port for unit tests: instance types and AMIs per region as the test sets them, every call
 * logged as `Operation region`. Launching and changing instances is not faked; those calls fail.
 */
export class FakeEc2 extends Ec2Port {
  readonly calls: string[] = [];
  /** Region -> types offered there (all of them described unless `undescribed` says otherwise). */
  readonly types = new Map<string, Ec2InstanceType[]>();
  /** Region -> names offered but not described. */
  readonly undescribed = new Map<string, string[]>();
  /** Region -> AMIs visible there. */
  readonly images = new Map<string, AmiImage[]>();
  /** Set to make the instance type calls fail. */
  failTypes?: Error;
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

  runInstance(_region: string, _input: RunInstanceInput): Promise<Ec2Instance> {
    return Promise.reject(new Error('FakeEc2 does not launch instances'));
  }
  describeInstances(region: string): Promise<Ec2Instance[]> {
    this.calls.push(`DescribeInstances ${region}`);
    return Promise.reject(new Error('FakeEc2 does not describe instances'));
  }
  describeInstanceStatus(): Promise<Ec2StatusCheck[]> {
    return Promise.reject(new Error('FakeEc2 does not describe instances'));
  }
  startInstances(): Promise<Ec2StateChange[]> {
    return Promise.reject(new Error('not faked'));
  }
  stopInstances(): Promise<Ec2StateChange[]> {
    return Promise.reject(new Error('not faked'));
  }
  terminateInstances(): Promise<Ec2StateChange[]> {
    return Promise.reject(new Error('not faked'));
  }
  createTags(): Promise<void> {
    return Promise.reject(new Error('not faked'));
  }
  deleteTags(): Promise<void> {
    return Promise.reject(new Error('not faked'));
  }
  monitorInstances(): Promise<void> {
    return Promise.reject(new Error('not faked'));
  }
}
