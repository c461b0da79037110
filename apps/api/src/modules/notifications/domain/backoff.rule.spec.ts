import { afterAttempt, backoffSeconds, MAX_BACKOFF_SECONDS } from './backoff.rule.js';

describe('backoffSeconds', () => {
  it.each([
    [1, 30, 30],
    [2, 30, 60],
    [3, 30, 120],
    [4, 30, 240],
    [1, 1, 1],
    [5, 1, 16],
    [20, 30, MAX_BACKOFF_SECONDS],
    [100, 30, MAX_BACKOFF_SECONDS],
  ])('after failed attempt %i with a base of %i s waits %i s', (attempts, base, expected) => {
    expect(backoffSeconds(attempts, base)).toBe(expected);
  });
});

describe('afterAttempt', () => {
  const now = new Date('2026-12-03T10:00:00Z');
  it.each([
    ['a success is sent', true, 1, 3, { status: 'sent' }],
    ['a success on the last attempt is sent', true, 3, 3, { status: 'sent' }],
    ['a first failure is retried after the base', false, 1, 3, { status: 'pending', nextAttemptAt: new Date('2026-12-03T10:00:10Z') }],
    ['a second failure waits twice as long', false, 2, 3, { status: 'pending', nextAttemptAt: new Date('2026-12-03T10:00:20Z') }],
    ['the last allowed failure gives up', false, 3, 3, { status: 'failed' }],
  ])('%s', (_, ok, attempts, max, expected) => {
    expect(afterAttempt(ok, attempts, max, 10, now)).toEqual(expected);
  });
});
