import { Clock } from '#kernel';
import { anInstanceType, FakeEc2 } from '../../../../../../test/support/fake-ec2.js';
import { loadConfig } from '../../../config/app-config.js';
import { InstanceTypeCatalog } from './instance-type-catalog.service.js';

class TestClock extends Clock {
  constructor(public at = new Date('2026-12-02T10:00:00.000Z')) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
  advanceMinutes(minutes: number): void {
    this.at = new Date(this.at.getTime() + minutes * 60_000);
  }
}

const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', AWS_REGIONS: 'us-east-1,us-west-2', WORKER_INSTANCE_TYPES_CACHE_MINUTES: '60' });

function setup() {
  const ec2 = new FakeEc2()
    .offer(
      'us-east-1',
      anInstanceType('t3.micro', { vcpus: 2, memoryMiB: 1024 }),
      anInstanceType('m5zn.metal', { vcpus: 48, memoryMiB: 196608 }),
      anInstanceType('m8i.4xlarge', { nestedVirtualization: true }),
      anInstanceType('m7g.metal', { architectures: ['arm64'] }),
      anInstanceType('c5.metal', { vcpus: 96 }),
    )
    .offer('us-west-2', anInstanceType('m5.metal'));
  const clock = new TestClock();
  return { ec2, clock, catalog: new InstanceTypeCatalog(ec2, clock, config) };
}

describe('InstanceTypeCatalog', () => {
  it('lists what the region offers, bare metal first, then nested virtualisation, then the unsuitable, with the reason', async () => {
    const { catalog } = setup();
    const listing = await catalog.list('us-east-1');
    expect(listing).toMatchObject({ region: 'us-east-1', listedAt: '2026-12-02T10:00:00.000Z' });
    expect(listing.types.map((t) => [t.instanceType, t.suitability])).toEqual([
      ['c5.metal', 'bare-metal'],
      ['m5zn.metal', 'bare-metal'],
      ['m8i.4xlarge', 'nested-virtualization'],
      ['m7g.metal', 'unsuitable'],
      ['t3.micro', 'unsuitable'],
    ]);
    expect(listing.types.find((t) => t.instanceType === 'm5zn.metal')).toEqual({
      instanceType: 'm5zn.metal',
      vcpus: 48,
      memoryMiB: 196608,
      bareMetal: true,
      nestedVirtualization: false,
      architectures: ['x86_64'],
      suitability: 'bare-metal',
    });
    expect(listing.types.find((t) => t.instanceType === 'm7g.metal')?.unsuitableReason).toBe('its processor architecture is arm64; CML needs x86_64');
  });

  it('leaves out types EC2 describes but the region does not offer, and marks offered types EC2 does not describe as unsuitable', async () => {
    const { ec2, catalog } = setup();
    ec2.undescribed.set('us-west-2', ['x9.mystery']);
    const types = (await catalog.list('us-west-2')).types;
    expect(types.map((t) => t.instanceType)).toEqual(['m5.metal', 'x9.mystery']);
    expect(types[1]).toMatchObject({ suitability: 'unsuitable', unsuitableReason: 'EC2 does not describe it, so nothing says it can run CML' });
    expect(await catalog.find('us-west-2', 'not-offered.here')).toBeUndefined();
  });

  it('finds one offered type, and nothing for a type the region does not offer', async () => {
    const { catalog } = setup();
    expect(await catalog.find('us-east-1', 'm8i.4xlarge')).toMatchObject({ suitability: 'nested-virtualization' });
    expect(await catalog.find('us-east-1', 'banana.huge')).toBeUndefined();
    expect(await catalog.find('us-west-2', 'm5zn.metal')).toBeUndefined();
  });

  it('asks EC2 once per region until WORKER_INSTANCE_TYPES_CACHE_MINUTES have passed', async () => {
    const { ec2, clock, catalog } = setup();
    await catalog.list('us-east-1');
    await catalog.find('us-east-1', 'm5zn.metal');
    await catalog.list('us-west-2');
    clock.advanceMinutes(59);
    await catalog.list('us-east-1');
    expect(ec2.calls).toEqual(['DescribeInstanceTypeOfferings us-east-1', 'DescribeInstanceTypes us-east-1', 'DescribeInstanceTypeOfferings us-west-2', 'DescribeInstanceTypes us-west-2']);
    clock.advanceMinutes(1);
    const again = await catalog.list('us-east-1');
    expect(ec2.calls).toHaveLength(6);
    expect(again.listedAt).toBe('2026-12-02T11:00:00.000Z');
  });

  it('lets concurrent askers share one read', async () => {
    const { ec2, catalog } = setup();
    let open!: () => void;
    ec2.gate = new Promise((resolve) => (open = resolve));
    const asks = [catalog.list('us-east-1'), catalog.find('us-east-1', 'c5.metal'), catalog.list('us-east-1')];
    open();
    await Promise.all(asks);
    expect(ec2.calls).toEqual(['DescribeInstanceTypeOfferings us-east-1', 'DescribeInstanceTypes us-east-1']);
  });

  it('keeps no failed read: the next ask tries EC2 again', async () => {
    const { ec2, catalog } = setup();
    ec2.failTypes = new Error('EC2 is down');
    await expect(catalog.list('us-east-1')).rejects.toThrow('EC2 is down');
    ec2.failTypes = undefined;
    await expect(catalog.list('us-east-1')).resolves.toMatchObject({ region: 'us-east-1' });
    expect(ec2.calls.filter((c) => c.startsWith('DescribeInstanceTypeOfferings'))).toHaveLength(2);
  });
});
