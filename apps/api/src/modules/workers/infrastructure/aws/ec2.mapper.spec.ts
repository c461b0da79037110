import type { Instance } from '@aws-sdk/client-ec2';
import { DomainError } from '#kernel';
import { recordToTags, tagsToRecord, toAmiImage, toAttachedVolumes, toEc2Instance, toStateChange, toStatusCheck } from './ec2.mapper.js';

const launched: Instance = {
  InstanceId: 'i-0123456789abcdef0',
  State: { Code: 16, Name: 'running' },
  InstanceType: 'm5zn.metal',
  ImageId: 'ami-0abc',
  Tags: [
    { Key: 'Name', Value: 'cml-worker-1' },
    { Key: 'ccm:managed', Value: 'true' },
  ],
  PublicIpAddress: '54.1.2.3',
  PrivateIpAddress: '10.0.0.5',
  LaunchTime: new Date('2026-11-25T04:24:39Z'),
  Monitoring: { State: 'enabled' },
  SubnetId: 'subnet-01',
  VpcId: 'vpc-01',
  SecurityGroups: [{ GroupId: 'sg-01', GroupName: 'cml' }],
  KeyName: 'ops',
  StateReason: { Code: 'Client.UserInitiatedShutdown', Message: 'Client.UserInitiatedShutdown: User initiated shutdown' },
};

describe('toEc2Instance', () => {
  it('maps every field the product uses', () => {
    expect(toEc2Instance(launched, 'eu-north-1')).toEqual({
      instanceId: 'i-0123456789abcdef0',
      region: 'eu-north-1',
      state: 'running',
      instanceType: 'm5zn.metal',
      imageId: 'ami-0abc',
      name: 'cml-worker-1',
      tags: { Name: 'cml-worker-1', 'ccm:managed': 'true' },
      publicIp: '54.1.2.3',
      privateIp: '10.0.0.5',
      launchTime: '2026-11-25T04:24:39.000Z',
      monitoring: 'enabled',
      subnetId: 'subnet-01',
      vpcId: 'vpc-01',
      securityGroupIds: ['sg-01'],
      keyName: 'ops',
      stateReason: 'Client.UserInitiatedShutdown',
    });
  });

  it('leaves out what AWS did not say, and treats an empty StateReason (moto) as none', () => {
    const bare = toEc2Instance({ InstanceId: 'i-1', State: { Name: 'pending' }, StateReason: { Code: '', Message: '' } }, 'us-east-1');
    expect(bare).toEqual({ instanceId: 'i-1', region: 'us-east-1', state: 'pending', instanceType: '', imageId: '', tags: {}, monitoring: 'disabled', securityGroupIds: [] });
  });

  it("takes the security groups of the primary network interface when the instance lists none (moto's RunInstances)", () => {
    const instance: Instance = {
      ...launched,
      SecurityGroups: [],
      NetworkInterfaces: [
        { Attachment: { DeviceIndex: 1 }, Groups: [{ GroupId: 'sg-secondary' }] },
        { Attachment: { DeviceIndex: 0 }, Groups: [{ GroupId: 'sg-primary' }] },
      ],
    };
    expect(toEc2Instance(instance, 'us-east-1').securityGroupIds).toEqual(['sg-primary']);
  });

  it('uses the fallback tags only when the response carries none', () => {
    expect(toEc2Instance({ ...launched, Tags: [] }, 'us-east-1', { Name: 'asked' }).name).toBe('asked');
    expect(toEc2Instance(launched, 'us-east-1', { Name: 'asked' }).name).toBe('cml-worker-1');
  });

  it('refuses a state AWS does not have', () => {
    expect(() => toEc2Instance({ ...launched, State: { Name: 'hibernating' as never } }, 'us-east-1')).toThrow(DomainError);
  });
});

describe('tags', () => {
  it('round-trips a record through the AWS tag list', () => {
    const record = { Name: 'w1', team: 'net', empty: '' };
    expect(tagsToRecord(recordToTags(record))).toEqual(record);
  });

  it('reads a tag without a value as an empty string', () => {
    expect(tagsToRecord([{ Key: 'flag' }])).toEqual({ flag: '' });
  });
});

describe('toStatusCheck', () => {
  it.each([
    [{ Status: 'ok' }, { Status: 'impaired' }, 'ok', 'impaired'],
    [{ Status: 'initializing' }, { Status: 'insufficient-data' }, 'initializing', 'insufficient-data'],
    [undefined, undefined, 'not-applicable', 'not-applicable'],
  ] as const)('maps instance %j and system %j checks', (instanceStatus, systemStatus, expectedInstance, expectedSystem) => {
    expect(toStatusCheck({ InstanceId: 'i-1', InstanceState: { Name: 'stopped' }, InstanceStatus: instanceStatus, SystemStatus: systemStatus })).toEqual({
      instanceId: 'i-1',
      state: 'stopped',
      instanceStatus: expectedInstance,
      systemStatus: expectedSystem,
    });
  });
});

describe('toStateChange', () => {
  it('maps previous and current state', () => {
    expect(toStateChange({ InstanceId: 'i-1', PreviousState: { Name: 'running' }, CurrentState: { Name: 'stopping' } })).toEqual({
      instanceId: 'i-1',
      previousState: 'running',
      currentState: 'stopping',
    });
  });
});

describe('toAmiImage', () => {
  it('maps an image and normalises its creation date to ISO 8601', () => {
    expect(toAmiImage({ ImageId: 'ami-1', Name: 'cml-2.9-x', Description: 'CML', CreationDate: '2026-11-25T04:24:37.000Z', OwnerId: '123456789012', State: 'available' })).toEqual({
      imageId: 'ami-1',
      name: 'cml-2.9-x',
      description: 'CML',
      creationDate: '2026-11-25T04:24:37.000Z',
      ownerId: '123456789012',
      state: 'available',
    });
  });
});

describe('toAttachedVolumes', () => {
  const wanted = new Set(['i-a', 'i-b']);

  it('maps size, type and delete-on-termination for each asked-for instance the volume is attached to', () => {
    const volume = {
      VolumeId: 'vol-1',
      Size: 64,
      VolumeType: 'io2' as const,
      Attachments: [
        { InstanceId: 'i-a', DeleteOnTermination: true },
        { InstanceId: 'i-b', DeleteOnTermination: false },
        { InstanceId: 'i-other', DeleteOnTermination: true },
      ],
    };
    expect(toAttachedVolumes(volume, wanted)).toEqual([
      { instanceId: 'i-a', volume: { volumeId: 'vol-1', sizeGiB: 64, volumeType: 'io2', deleteOnTermination: true } },
      { instanceId: 'i-b', volume: { volumeId: 'vol-1', sizeGiB: 64, volumeType: 'io2', deleteOnTermination: false } },
    ]);
  });

  it('leaves delete-on-termination out when AWS does, and skips a volume without an id', () => {
    expect(toAttachedVolumes({ VolumeId: 'vol-2', Size: 8, VolumeType: 'gp2', Attachments: [{ InstanceId: 'i-a' }] }, wanted)).toEqual([
      { instanceId: 'i-a', volume: { volumeId: 'vol-2', sizeGiB: 8, volumeType: 'gp2' } },
    ]);
    expect(toAttachedVolumes({ Size: 8, Attachments: [{ InstanceId: 'i-a' }] }, wanted)).toEqual([]);
  });
});
