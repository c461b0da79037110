import { provisioningRequested, type ProvisioningRequest } from './provisioning.value-object.js';

describe('provisioningRequested', () => {
  const request: ProvisioningRequest = { name: ' lab-1 ', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-1', name: 'cml-2.9' }, subnetId: 'subnet-1', securityGroupIds: ['sg-1'], keyName: 'k' };

  it.each<[string, Partial<ProvisioningRequest>, Record<string, unknown>]>([
    ['a bare-metal type', { cmlSuitability: 'bare-metal' }, { cmlSuitability: 'bare-metal' }],
    ['a type with nested virtualisation', { cmlSuitability: 'nested-virtualization' }, { cmlSuitability: 'nested-virtualization' }],
    ['a type not looked up', {}, {}],
  ])('records %s with the trimmed name, the AMI and the launch settings', (_case, over, suitability) => {
    const data = provisioningRequested({ ...request, ...over });
    expect(data).toEqual({ name: 'lab-1', region: 'us-east-1', instanceType: 'm5zn.metal', ...suitability, amiId: 'ami-1', amiName: 'cml-2.9', subnetId: 'subnet-1', securityGroupIds: ['sg-1'], keyName: 'k' });
    expect('cmlSuitability' in data).toBe('cmlSuitability' in suitability);
  });
});
