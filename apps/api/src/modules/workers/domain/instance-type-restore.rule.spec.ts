import { type InstanceTypeRestore, type RestoreFacts, restoreAfterFallback, restoreDecision, restoreRecorded, restoreSettled } from './instance-type-restore.rule.js';

const t0 = new Date('2026-12-08T07:31:00Z');
const waiting: InstanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: '2026-12-08T07:31:00.000Z', failures: 0 };

describe('the restore a start that fell back leaves waiting', () => {
  it.each([
    ['on-next-stop, started on a fallback type: back to the original at the next stop', undefined, 'on-next-stop', 'm5zn.metal', 'm5.metal', waiting],
    ['never: the fallback type stays', undefined, 'never', 'm5zn.metal', 'm5.metal', undefined],
    ['a fallback begun before the setting: the type stays, as it did then', undefined, undefined, 'm5zn.metal', 'm5.metal', undefined],
    ['started on the original after all: nothing to restore', undefined, 'on-next-stop', 'm5zn.metal', 'm5zn.metal', undefined],
    ['an earlier restore still waiting keeps the worker\'s own type, not the one this start began on', waiting, 'on-next-stop', 'm5.metal', 'c5.metal', { ...waiting, fallbackInstanceType: 'c5.metal' }],
    ['an earlier restore still waiting, and this start ended on the worker\'s own type: done', waiting, 'on-next-stop', 'm5.metal', 'm5zn.metal', undefined],
    ['never drops an earlier restore still waiting', waiting, 'never', 'm5.metal', 'c5.metal', undefined],
  ] as const)('%s', (_name, pending, restoreType, originalInstanceType, startedOn, expected) => {
    expect(restoreAfterFallback(pending, { originalInstanceType, restoreType }, startedOn, t0)).toEqual(expected);
  });
});

describe('whether a waiting restore is made now', () => {
  const facts = (f: Partial<RestoreFacts> = {}): RestoreFacts => ({ status: 'stopped', managed: true, instanceType: 'm5.metal', instanceTypeRestore: waiting, ...f });
  it.each([
    ['nothing waits', facts({ instanceTypeRestore: undefined }), { kind: 'none' }],
    ['stopped on the fallback type: change it back', facts(), { kind: 'restore', from: 'm5.metal', to: 'm5zn.metal' }],
    ['running: wait for the next stop', facts({ status: 'running' }), { kind: 'wait', reason: expect.stringContaining('only while it is stopped') }],
    ['stopping: wait until EC2 says stopped', facts({ status: 'stopping' }), { kind: 'wait' }],
    ['pending (a start came first): wait', facts({ status: 'pending' }), { kind: 'wait' }],
    ['a start is looking for capacity: its tries decide the type', facts({ capacityFallback: { next: { at: t0.toISOString(), option: { instanceType: 'c5.metal' }, round: 1 } }, instanceType: 'c5.metal' }), { kind: 'wait' }],
    ['already back on its own type (by hand, or a try whose save was lost): forget it', facts({ instanceType: 'm5zn.metal' }), { kind: 'drop' }],
    ['changed by hand to a third type: that choice stays', facts({ instanceType: 'c5.metal' }), { kind: 'drop' }],
    ['terminated: forget it', facts({ status: 'terminated' }), { kind: 'drop' }],
    ['being terminated: forget it', facts({ status: 'shutting-down' }), { kind: 'drop' }],
    ['unregistered: forget it', facts({ managed: false }), { kind: 'drop' }],
  ] as const)('%s', (_name, f, expected) => {
    expect(restoreDecision(f)).toMatchObject(expected);
  });

  it.each([
    ['a restore with nothing left to do is forgotten, silently', facts({ instanceType: 'm5zn.metal' }), { set: { instanceTypeRestore: undefined } }],
    ['one still to make stays', facts({ status: 'running' }), undefined],
    ['none waiting: no change', facts({ instanceTypeRestore: undefined }), undefined],
  ] as const)('after an observation: %s', (_name, f, expected) => {
    expect(restoreSettled(f)).toEqual(expected);
  });
});

describe('a try to change the type back, recorded', () => {
  const facts: RestoreFacts = { status: 'stopped', managed: true, instanceType: 'm5.metal', instanceTypeRestore: waiting };
  it.each([
    [
      'done once stopped: the worker has its own type again, and the timeline says so',
      facts,
      'stopped',
      undefined,
      { set: { instanceType: 'm5zn.metal', instanceTypeRestore: undefined }, event: { type: 'worker.instance-type-restored', data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'stopped' } } },
    ],
    [
      'done before a start',
      facts,
      'before-start',
      undefined,
      { set: { instanceType: 'm5zn.metal', instanceTypeRestore: undefined }, event: { type: 'worker.instance-type-restored', data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'before-start' } } },
    ],
    ['failed: it keeps waiting with the error, silently', facts, 'stopped', 'IncorrectInstanceState', { set: { instanceTypeRestore: { ...waiting, failures: 1, lastAttemptAt: t0.toISOString(), lastError: 'IncorrectInstanceState' } } }],
    [
      'failed again: one more failure',
      { ...facts, instanceTypeRestore: { ...waiting, failures: 1, lastError: 'old' } },
      'stopped',
      'throttled',
      { set: { instanceTypeRestore: { ...waiting, failures: 2, lastAttemptAt: t0.toISOString(), lastError: 'throttled' } } },
    ],
    ['none waiting: no change', { ...facts, instanceTypeRestore: undefined }, 'stopped', undefined, undefined],
  ] as const)('%s', (_name, f, moment, error, expected) => {
    expect(restoreRecorded(f, moment, error, t0)).toEqual(expected);
  });
});
