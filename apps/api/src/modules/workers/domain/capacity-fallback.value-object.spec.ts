import { afterCapacityAttempt, type CapacityFallbackState, fallbackOptions } from './capacity-fallback.value-object.js';

const fleet = { instanceTypes: ['m5.metal', 'm5zn.metal'], subnetIds: ['subnet-b', 'subnet-c'] };

describe('the options of a capacity fallback', () => {
  it.each([
    ['a start tries the types only, the asked one first and once', 'start', { instanceType: 'm5zn.metal', subnetId: 'subnet-a' }, fleet, [{ instanceType: 'm5zn.metal' }, { instanceType: 'm5.metal' }]],
    ['a start with nothing configured tries its own type', 'start', { instanceType: 'm5zn.metal' }, { instanceTypes: [], subnetIds: [] }, [{ instanceType: 'm5zn.metal' }]],
    [
      'a launch tries every subnet for a type before the next type',
      'provision',
      { instanceType: 'm5zn.metal', subnetId: 'subnet-a' },
      { instanceTypes: ['m5.metal'], subnetIds: ['subnet-b'] },
      [
        { instanceType: 'm5zn.metal', subnetId: 'subnet-a' },
        { instanceType: 'm5zn.metal', subnetId: 'subnet-b' },
        { instanceType: 'm5.metal', subnetId: 'subnet-a' },
        { instanceType: 'm5.metal', subnetId: 'subnet-b' },
      ],
    ],
    ['a launch without a subnet of its own lets EC2 choose first', 'provision', { instanceType: 'm5zn.metal' }, { instanceTypes: [], subnetIds: ['subnet-b'] }, [{ instanceType: 'm5zn.metal' }, { instanceType: 'm5zn.metal', subnetId: 'subnet-b' }]],
  ] as const)('%s', (_name, action, asked, config, expected) => {
    expect(fallbackOptions(action, asked, config)).toEqual(expected);
  });
});

describe('one try of a capacity fallback', () => {
  const t0 = new Date('2026-12-08T07:30:00Z');
  const begun: CapacityFallbackState = {
    action: 'start',
    originalInstanceType: 'm5zn.metal',
    policy: { options: [{ instanceType: 'm5zn.metal' }, { instanceType: 'm5.metal' }], backoffSeconds: 60, deadlineMinutes: 0 },
    attempts: [],
    requestedBy: { kind: 'user', id: 'u1', name: 'ada' },
    trigger: 'user',
  };
  const noCapacity = { code: 'InsufficientInstanceCapacity', message: 'no m5zn.metal' };

  it.each([
    ['a shortage plans the next option', begun, { instanceType: 'm5zn.metal' }, noCapacity, { next: { kind: 'try' }, attempted: { attempt: 1, succeeded: false, nextAttemptAt: t0.toISOString() } }],
    ['a success ends it without a failure', begun, { instanceType: 'm5zn.metal' }, undefined, { next: { kind: 'give-up' }, attempted: { attempt: 1, succeeded: true } }],
    [
      'an error waiting does not help ends it, saying what to fix',
      begun,
      { instanceType: 'm5zn.metal' },
      { code: 'UnauthorizedOperation', message: 'not allowed.' },
      { next: { kind: 'not-capacity' }, failed: { attempts: 1, tried: ['m5zn.metal'], reason: expect.stringContaining('for another reason than capacity (UnauthorizedOperation): not allowed.') } },
    ],
  ] as const)('%s', (_name, fallback, option, error, expected) => {
    const outcome = afterCapacityAttempt(fallback, option, error, t0);
    expect(outcome).toMatchObject(expected);
    expect(outcome.failed !== undefined).toBe('failed' in expected);
  });
});
