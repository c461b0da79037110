import { afterLabsNotStopped, labNeedsStop, labNeedsWipe, licenseReleased, planPowerSteps, type PowerPlanInput, topologyKey } from './power-operation.rule.js';

const running: Omit<PowerPlanInput, 'action'> = { status: 'running', controllerAnswered: true, wipeLabs: false, exportBucket: 'cml-topologies' };
const plan = (input: PowerPlanInput) => planPowerSteps(input).map((s) => `${s.name}${s.status === 'skipped' ? ' (skipped)' : ''}`);

describe('planPowerSteps', () => {
  it.each<[string, PowerPlanInput, string[]]>([
    ['a stop of a running worker', { ...running, action: 'stop' }, ['stop-labs', 'ec2-stop', 'wait-stopped']],
    ['a stop that wipes', { ...running, action: 'stop', wipeLabs: true }, ['stop-labs', 'wipe-labs', 'ec2-stop', 'wait-stopped']],
    ['a stop whose controller did not answer', { ...running, action: 'stop', controllerAnswered: false, wipeLabs: true }, ['stop-labs (skipped)', 'wipe-labs (skipped)', 'ec2-stop', 'wait-stopped']],
    ['a stop of a pending worker', { ...running, action: 'stop', status: 'pending' }, ['stop-labs (skipped)', 'ec2-stop', 'wait-stopped']],
    ['a terminate of a running worker', { ...running, action: 'terminate' }, ['stop-labs', 'wipe-labs', 'export-topologies', 'release-license', 'ec2-terminate', 'wait-terminated']],
    ['a terminate whose controller did not answer (it waits, or is forced)', { ...running, action: 'terminate', controllerAnswered: false }, ['stop-labs', 'wipe-labs', 'export-topologies', 'release-license', 'ec2-terminate', 'wait-terminated']],
    ['a terminate without an export bucket', { ...running, action: 'terminate', exportBucket: undefined }, ['stop-labs', 'wipe-labs', 'export-topologies (skipped)', 'release-license', 'ec2-terminate', 'wait-terminated']],
    ['a terminate of a stopped worker', { ...running, action: 'terminate', status: 'stopped' }, ['stop-labs (skipped)', 'wipe-labs (skipped)', 'export-topologies (skipped)', 'release-license (skipped)', 'ec2-terminate', 'wait-terminated']],
  ])('%s', (_case, input, steps) => {
    expect(plan(input)).toEqual(steps);
  });

  it('says why a step is skipped, and that a licence may still be held', () => {
    const steps = planPowerSteps({ ...running, action: 'terminate', status: 'stopped', exportBucket: undefined });
    expect(steps.find((s) => s.name === 'release-license')?.detail).toBe('The worker is stopped: its controller is not running; if it was registered, the licence may still be held.');
    expect(steps.find((s) => s.name === 'export-topologies')?.detail).toBe('No export bucket is configured (WORKER_TOPOLOGY_EXPORT_BUCKET)');
  });
});

describe('lab and licence states', () => {
  it.each([
    ['STARTED', true, false],
    ['QUEUED', true, false],
    ['BOOTED', true, false],
    ['STOPPED', false, true],
    ['DEFINED_ON_CORE', false, false],
  ])('a lab %s needs a stop: %s, a wipe: %s', (state, stop, wipe) => {
    expect(labNeedsStop(state)).toBe(stop);
    expect(labNeedsWipe(state)).toBe(wipe);
  });

  it.each([
    ['NOT_REGISTERED', true],
    ['UNREGISTERED', true],
    ['COMPLETED', false],
    ['IN_PROGRESS', false],
    [undefined, false],
  ])('registration %s means released: %s', (status, released) => {
    expect(licenseReleased(status)).toBe(released);
  });

  it.each([
    ['continue', true, 'These labs did not stop in time and stop with the instance: BGP, OSPF'],
    ['abort', false, 'These labs did not stop in time: BGP, OSPF; the stop was abandoned (WORKER_STOP_LAB_FAILURE=abort)'],
  ] as const)('labs that did not stop, policy %s: proceed %s', (policy, proceed, detail) => {
    expect(afterLabsNotStopped(policy, ['BGP', 'OSPF'])).toEqual({ proceed, detail });
  });
});

describe('topologyKey', () => {
  it.each([
    ['cml-topologies/', 'cml-topologies/cml-a-w1/op1/BGP-lab-lab1.yaml'],
    ['exports', 'exports/cml-a-w1/op1/BGP-lab-lab1.yaml'],
    ['', 'cml-a-w1/op1/BGP-lab-lab1.yaml'],
  ])('prefix %j', (prefix, key) => {
    expect(topologyKey(prefix, { id: 'w1', name: 'cml-a' }, 'op1', { id: 'lab1', title: 'BGP lab' })).toBe(key);
  });

  it('keeps keys to safe characters, whatever the lab is called', () => {
    expect(topologyKey('', { id: 'w1', name: 'cml a/b' }, 'op1', { id: 'l1', title: '../../etc/passwd ✓' })).toBe('cml-a-b-w1/op1/..-..-etc-passwd-l1.yaml');
  });
});
