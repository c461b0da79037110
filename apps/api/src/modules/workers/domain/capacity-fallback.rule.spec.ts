import { type Attempt, nextAttempt } from './capacity-fallback.rule.js';

const t0 = new Date('2026-12-08T07:30:00Z');
const plus = (s: number) => new Date(t0.getTime() + s * 1000);
const policy = { options: [{ instanceType: 'm5zn.metal' }, { instanceType: 'm5.metal' }, { instanceType: 'c5.metal' }], backoffSeconds: 60, deadlineMinutes: 10 };
const noCapacity = { code: 'InsufficientInstanceCapacity', message: 'We currently do not have sufficient m5zn.metal capacity' };
const failed = (s: number, instanceType: string): Attempt => ({ at: plus(s), option: { instanceType }, error: noCapacity });

describe('the capacity fallback', () => {
  it.each([
    ['first, what was asked for', [], 0, { kind: 'try', option: { instanceType: 'm5zn.metal' }, round: 1 }],
    ['then the next type at once', [failed(0, 'm5zn.metal')], 1, { kind: 'try', option: { instanceType: 'm5.metal' }, at: plus(1), round: 1 }],
    ['then the last type', [failed(0, 'm5zn.metal'), failed(1, 'm5.metal')], 2, { kind: 'try', option: { instanceType: 'c5.metal' }, round: 1 }],
    [
      'then all again after the backoff',
      [failed(0, 'm5zn.metal'), failed(1, 'm5.metal'), failed(2, 'c5.metal')],
      3,
      { kind: 'try', option: { instanceType: 'm5zn.metal' }, at: plus(62), round: 2 },
    ],
  ] as const)('%s', (_name, attempts, nowS, expected) => {
    expect(nextAttempt(policy, attempts, plus(nowS))).toMatchObject(expected);
  });

  it('gives up at the deadline, saying what it tried and what to do', () => {
    const attempts = [failed(0, 'm5zn.metal'), failed(1, 'm5.metal'), failed(2, 'c5.metal'), failed(560, 'm5zn.metal'), failed(561, 'm5.metal'), failed(562, 'c5.metal')];
    const next = nextAttempt(policy, attempts, plus(563));
    expect(next).toEqual({
      kind: 'give-up',
      summary: 'No capacity after 6 attempts in 9 min (tried m5zn.metal, m5.metal, c5.metal; last: InsufficientInstanceCapacity). Try again later, add instance types or subnets to the fallback, or ask AWS for a capacity reservation.',
    });
  });

  it('stops at once on an error waiting does not help', () => {
    const attempts: Attempt[] = [{ at: t0, option: { instanceType: 'm5zn.metal' }, error: { code: 'UnauthorizedOperation', message: 'not allowed' } }];
    expect(nextAttempt(policy, attempts, t0)).toEqual({ kind: 'not-capacity', error: attempts[0].error });
  });

  it('tries subnets for a new instance the same way', () => {
    const subnets = { ...policy, options: [{ instanceType: 'm5zn.metal', subnetId: 'subnet-a' }, { instanceType: 'm5zn.metal', subnetId: 'subnet-b' }] };
    expect(nextAttempt(subnets, [{ at: t0, option: subnets.options[0], error: noCapacity }], t0)).toMatchObject({ kind: 'try', option: { subnetId: 'subnet-b' } });
  });
});
