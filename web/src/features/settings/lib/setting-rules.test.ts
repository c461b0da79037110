import { describe, expect, it } from 'vitest';
import { describeValue, parseDraft, sameValue, toDraft } from './setting-rules';

const integer = { name: 'idleTimeoutMinutes', kind: 'integer' as const, unit: 'minutes' as const, min: 1, max: 10080 };
const s = (name: string, kind: 'string' | 'string-list' | 'region-map' | 'boolean') => ({ name, kind });

describe('setting rules (what the server checks)', () => {
  it.each([
    [integer, '30', { value: 30 }],
    [integer, '1', { value: 1 }],
    [integer, '0', { problem: 'Give a whole number of minutes from 1 to 10,080.' }],
    [integer, '10081', { problem: 'Give a whole number of minutes from 1 to 10,080.' }],
    [integer, '2.5', { problem: 'Give a whole number of minutes from 1 to 10,080.' }],
    [integer, '', { problem: 'Give a whole number of minutes from 1 to 10,080.' }],
    [s('idleDetectionEnabled', 'boolean'), false, { value: false }],
    [s('defaultInstanceType', 'string'), 'c5.metal', { value: 'c5.metal' }],
    [s('defaultInstanceType', 'string'), 'metal', { problem: 'Give an EC2 instance type such as m5zn.metal or c5.metal.' }],
    [s('subnetId', 'string'), ' subnet-0123abcd ', { value: 'subnet-0123abcd' }],
    [s('subnetId', 'string'), 'subnet-xyz', { problem: 'Give a subnet id such as subnet-0123abcd.' }],
    [s('keyName', 'string'), '', { problem: 'Give a value, or reset the setting to its default.' }],
    [s('securityGroupIds', 'string-list'), 'sg-0123abcd, sg-0abc', { value: ['sg-0123abcd', 'sg-0abc'] }],
    [s('securityGroupIds', 'string-list'), '', { value: [] }],
    [s('securityGroupIds', 'string-list'), 'default', { problem: 'Give security group ids such as sg-0123abcd, separated by commas (or none).' }],
    [s('capacityFallbackInstanceTypes', 'string-list'), 'm5.metal,c5.metal', { value: ['m5.metal', 'c5.metal'] }],
    [s('capacityFallbackInstanceTypes', 'string-list'), 'big', { problem: 'Give EC2 instance types such as m5.metal, c5.metal, separated by commas (or none).' }],
    [s('defaultAmiIds', 'region-map'), 'us-east-1=ami-0123456789abcdef0\neu-west-1 = ami-0123456789abcdef1', { value: { 'us-east-1': 'ami-0123456789abcdef0', 'eu-west-1': 'ami-0123456789abcdef1' } }],
    [s('defaultAmiIds', 'region-map'), 'moon=ami-0123456789abcdef0', { problem: 'Give one region=AMI id a line, e.g. us-east-1=ami-0123456789abcdef0; not understood: moon=ami-0123456789abcdef0.' }],
  ])('%o %j -> %j', (setting, draft, expected) => {
    expect(parseDraft(setting, draft)).toEqual(expected);
  });

  it('shows values in their fields and in words', () => {
    expect(toDraft({ kind: 'region-map' }, { 'us-east-1': 'ami-1' })).toBe('us-east-1=ami-1');
    expect(toDraft({ kind: 'string-list' }, ['sg-1', 'sg-2'])).toBe('sg-1, sg-2');
    expect(toDraft({ kind: 'string' }, null)).toBe('');
    expect(describeValue({ kind: 'integer', unit: 'minutes' }, 60)).toBe('60 minutes');
    expect(describeValue({ kind: 'boolean' }, false)).toBe('off');
    expect(describeValue({ kind: 'string' }, null)).toBe('none');
    expect(sameValue({ b: '1', a: '2' }, { a: '2', b: '1' })).toBe(true);
  });
});
