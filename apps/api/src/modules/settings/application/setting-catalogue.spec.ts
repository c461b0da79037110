import { VARIABLES } from '../../../config/config.schema.js';
import { checkSetting, checkSettingsChange, SETTINGS, settingNamed } from './setting-catalogue.js';

const def = (name: string) => settingNamed(name)!;

describe('runtime setting catalogue', () => {
  it.each(SETTINGS.filter((d) => d.kind === 'integer').map((d) => [d.name, d] as const))('%s has the bounds of its environment variable', (_name, d) => {
    const schema = VARIABLES[d.variable].schema;
    expect(schema.safeParse(String(d.min)).success).toBe(true);
    expect(schema.safeParse(String(d.max)).success).toBe(true);
    expect(schema.safeParse(String(d.min! - 1)).success).toBe(false);
    expect(schema.safeParse(String(d.max! + 1)).success).toBe(false);
  });

  it('is marked on its environment variables (docs/configuration.md shows them), and only there', () => {
    for (const d of SETTINGS) expect([d.name, (VARIABLES[d.variable] as { runtime?: string }).runtime]).toEqual([d.name, d.name]);
    const marked = Object.values(VARIABLES).filter((v) => (v as { runtime?: string }).runtime !== undefined);
    expect(marked).toHaveLength(SETTINGS.length);
  });

  it('names every setting once, each with a description and (for numbers) a unit', () => {
    expect(new Set(SETTINGS.map((d) => d.name)).size).toBe(SETTINGS.length);
    for (const d of SETTINGS) {
      expect(d.description.length).toBeGreaterThan(10);
      if (d.kind === 'integer') expect(d.unit).toBeDefined();
    }
  });

  // [setting, value, accepted value or the problem's words]
  const cases: [string, unknown, { value: unknown } | { problem: string }][] = [
    ['idleDetectionEnabled', false, { value: false }],
    ['idleDetectionEnabled', 'false', { problem: 'idleDetectionEnabled must be true or false' }],
    ['idleTimeoutMinutes', 30, { value: 30 }],
    ['idleTimeoutMinutes', 1, { value: 1 }],
    ['idleTimeoutMinutes', 0, { problem: 'idleTimeoutMinutes must be between 1 and 10080 (minutes)' }],
    ['idleTimeoutMinutes', 10081, { problem: 'must be between 1 and 10080' }],
    ['idleTimeoutMinutes', 2.5, { problem: 'idleTimeoutMinutes must be a whole number of minutes from 1 to 10080' }],
    ['idleTimeoutMinutes', '30', { problem: 'must be a whole number of minutes' }],
    ['idleWarningLeadMinutes', 0, { value: 0 }],
    ['metricsIntervalSeconds', 120, { value: 120 }],
    ['volumeInventoryIntervalSeconds', 59, { problem: 'volumeInventoryIntervalSeconds must be between 60 and 86400 (seconds)' }],
    ['powerReconcileIntervalSeconds', 5, { problem: 'must be between 10 and 3600' }],
    ['costSavingCapHours', 745, { problem: 'costSavingCapHours must be between 1 and 744 (hours)' }],
    ['stopWarningLeadMinutes', 0, { value: 0 }],
    ['defaultInstanceType', 'c5.metal', { value: 'c5.metal' }],
    ['defaultInstanceType', 'metal', { problem: 'defaultInstanceType must be an EC2 instance type such as m5zn.metal' }],
    ['defaultInstanceType', '  ', { problem: 'defaultInstanceType must be a text' }],
    ['defaultAmiName', 'cml-2.9-*', { value: 'cml-2.9-*' }],
    ['subnetId', 'subnet-0123abcd', { value: 'subnet-0123abcd' }],
    ['subnetId', 'sub-1', { problem: 'subnetId must be a subnet id such as subnet-0123abcd' }],
    ['securityGroupIds', ['sg-0123abcd', 'sg-0abc'], { value: ['sg-0123abcd', 'sg-0abc'] }],
    ['securityGroupIds', [], { value: [] }],
    ['securityGroupIds', ['default'], { problem: 'securityGroupIds must be security group ids such as sg-0123abcd' }],
    ['securityGroupIds', 'sg-0123abcd', { problem: 'securityGroupIds must be a list of texts' }],
    ['securityGroupIds', ['sg-1,sg-2'], { problem: 'securityGroupIds must be a list of texts' }],
    ['keyName', 'ops', { value: 'ops' }],
    ['defaultAmiIds', { 'us-east-1': 'ami-0123456789abcdef0' }, { value: { 'us-east-1': 'ami-0123456789abcdef0' } }],
    ['defaultAmiIds', {}, { value: {} }],
    ['defaultAmiIds', { 'us-east-1': 'image-1' }, { problem: 'defaultAmiIds must be region=ami-id pairs' }],
    ['defaultAmiIds', { moon: 'ami-0123456789abcdef0' }, { problem: 'defaultAmiIds must be region=ami-id pairs' }],
    ['defaultAmiIds', ['ami-0123456789abcdef0'], { problem: 'defaultAmiIds must be an object of region -> id' }],
    ['capacityFallbackInstanceTypes', ['m5.metal', 'c5.metal'], { value: ['m5.metal', 'c5.metal'] }],
    ['capacityFallbackInstanceTypes', ['big'], { problem: 'capacityFallbackInstanceTypes must be EC2 instance types' }],
  ];

  it.each(cases)('%s = %j -> %j', (name, value, expected) => {
    const result = checkSetting(def(name), value);
    if ('value' in expected) expect(result).toEqual({ ok: true, value: expected.value });
    else {
      expect(result.ok).toBe(false);
      expect((result as { problem: string }).problem).toContain(expected.problem);
    }
  });

  it('checks a change as a whole: every problem named, null a reset, unknown settings refused', () => {
    const { values, problems } = checkSettingsChange({ idleTimeoutMinutes: 0, subnetId: null, metricsIntervalSeconds: 90, colour: 'blue' });
    expect(problems).toEqual([expect.stringContaining('idleTimeoutMinutes must be between 1 and 10080'), expect.stringContaining('colour is not a runtime setting')]);
    expect([...values].map(([d, v]) => [d.name, v])).toEqual([
      ['subnetId', null],
      ['metricsIntervalSeconds', 90],
    ]);
  });
});
