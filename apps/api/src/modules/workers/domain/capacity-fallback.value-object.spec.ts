import { afterCapacityAttempt, capacityAttemptRecorded, capacityFallbackCancelled, type CapacityFallbackState, fallbackOptions } from './capacity-fallback.value-object.js';

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

describe('a try recorded on the worker', () => {
  const t0 = new Date('2026-12-08T07:30:00Z');
  const begin = {
    originalInstanceType: 'm5zn.metal',
    policy: { options: [{ instanceType: 'm5zn.metal' }, { instanceType: 'm5.metal' }], backoffSeconds: 60, deadlineMinutes: 0 },
    requestedBy: { kind: 'user' as const, id: 'u1', name: 'ada' },
    trigger: 'user' as const,
  };
  const worker = { name: 'lab-east-1', instanceType: 'm5zn.metal' };
  const noCapacity = { code: 'InsufficientInstanceCapacity', message: 'no capacity' };
  const types = (r: ReturnType<typeof capacityAttemptRecorded>) => r.change.events.map((e) => e.type);

  it.each([
    ['a start that worked on its own type: the try only', 'start', 'm5zn.metal', undefined, ['worker.capacity-attempted'], {}],
    ['a start that worked on another type: the change of type too', 'start', 'm5.metal', undefined, ['worker.capacity-attempted', 'worker.instance-updated'], { instanceType: 'm5.metal' }],
    ['a start that gave up: the give-up, and why in the status reason', 'start', 'm5zn.metal', noCapacity, ['worker.capacity-attempted', 'worker.capacity-fallback-failed'], { statusReason: expect.stringContaining('m5zn.metal') }],
    ['a launch that gave up: the give-up, and the launch fails with it', 'provision', 'm5zn.metal', noCapacity, ['worker.capacity-attempted', 'worker.capacity-fallback-failed'], {}],
  ] as const)('%s', (_name, action, instanceType, error, events, set) => {
    // One option and no time to wait: a shortage ends it.
    const policy = error ? { ...begin.policy, options: [{ instanceType: 'm5zn.metal' }] } : begin.policy;
    const recorded = capacityAttemptRecorded(worker, { instanceType }, error, t0, { ...begin, policy, action });
    expect(types(recorded)).toEqual(events);
    expect(recorded.change.set).toMatchObject(set);
    expect(recorded.change.set.capacityFallback.attempts).toHaveLength(1);
    expect(recorded.failLaunch !== undefined).toBe(action === 'provision' && error !== undefined);
  });

  it.each([
    ['on-next-stop: a start that worked on another type waits to go back at the next stop', 'on-next-stop', 'm5.metal', { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: t0.toISOString(), failures: 0 }],
    ['on-next-stop: a start that worked on its own type leaves nothing to go back to', 'on-next-stop', 'm5zn.metal', undefined],
    ['never: the fallback type stays', 'never', 'm5.metal', undefined],
  ] as const)('%s', (_name, restoreType, instanceType, restore) => {
    const recorded = capacityAttemptRecorded(worker, { instanceType }, undefined, t0, { ...begin, action: 'start', restoreType });
    expect(recorded.change.set.instanceTypeRestore).toEqual(restore);
  });

  it('needs a fallback under way unless it begins one', () => {
    expect(() => capacityAttemptRecorded(worker, { instanceType: 'm5.metal' }, noCapacity, t0)).toThrow('no capacity fallback');
  });

  it('cancels only a fallback that waits, naming what it tried', () => {
    const waiting: CapacityFallbackState = { ...begin, action: 'start', attempts: [{ at: t0.toISOString(), instanceType: 'm5zn.metal', errorCode: 'InsufficientInstanceCapacity' }], next: { at: t0.toISOString(), option: { instanceType: 'm5.metal' }, round: 1 } };
    expect(capacityFallbackCancelled(waiting, 'Stopped by ada.')).toEqual({
      set: { capacityFallback: { ...waiting, next: undefined } },
      events: [{ type: 'worker.capacity-fallback-failed', data: { action: 'start', attempts: 1, tried: ['m5zn.metal'], reason: 'Stopped by ada.' } }],
    });
    expect(capacityFallbackCancelled({ ...waiting, next: undefined }, 'Stopped by ada.')).toBeUndefined();
    expect(capacityFallbackCancelled(undefined, 'Stopped by ada.')).toBeUndefined();
  });
});
