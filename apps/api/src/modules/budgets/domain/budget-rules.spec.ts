import { covers, scopeProblems, type BudgetScope } from './budget-scope.value-object.js';
import { budgetState, newlyCrossed, thresholdProblems } from './budget-threshold.rule.js';
import { holdRenewalDue, holdUntil, stopDecision } from './budget-stop.rule.js';
import { monthEnd, monthOf } from './budget-month.rule.js';

describe('threshold crossing', () => {
  it.each([
    // thresholds, percent, already crossed, newly crossed
    [[80, 100], 79.99, [], []],
    [[80, 100], 80, [], [80]],
    [[80, 100], 120, [], [80, 100]],
    [[80, 100], 120, [80], [100]],
    [[80, 100], 120, [80, 100], []],
    [[50, 150], 149, [50], []],
    [[100], 0, [], []],
  ])('thresholds %j at %p % with %j crossed cross %j', (thresholds, percent, already, expected) => {
    expect(newlyCrossed(thresholds, percent, already)).toEqual(expected);
  });

  it.each([
    [[80, 100], 10, 'ok'],
    [[80, 100], 80, 'warning'],
    [[80, 100], 99.9, 'warning'],
    [[80, 100], 100, 'exceeded'],
    [[120], 110, 'exceeded'],
    [[120], 50, 'ok'],
  ])('thresholds %j at %p % are %s', (thresholds, percent, state) => {
    expect(budgetState(thresholds, percent)).toBe(state);
  });

  it.each([
    [[80, 100], []],
    [[], ['at least one']],
    [[100, 80], ['ascending']],
    [[80, 80], ['ascending']],
    [[0, 250], ['not a percentage from 1 to 200']],
    ['80', ['at least one']],
  ])('thresholds %j: %j', (thresholds, problems) => {
    const got = thresholdProblems(thresholds);
    expect(got).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(got[i]).toContain(p));
  });
});

describe('scope matching', () => {
  const alice = { owner: 'alice', tags: { team: 'ccna' } };
  const bob = { owner: 'bob', tags: { team: 'ccnp' } };
  const nobody = { tags: {} };
  it.each<[string, BudgetScope, boolean, boolean, boolean]>([
    ['fleet', { kind: 'fleet' }, true, true, true],
    ['owner alice', { kind: 'owner', owner: 'alice' }, true, false, false],
    ['tag team=ccna', { kind: 'tag', tagKey: 'team', tagValue: 'ccna' }, true, false, false],
    ['tag team=ccnp', { kind: 'tag', tagKey: 'team', tagValue: 'ccnp' }, false, true, false],
    ['tag lab=x', { kind: 'tag', tagKey: 'lab', tagValue: 'x' }, false, false, false],
  ])('%s covers alice %p, bob %p, an unowned untagged worker %p', (_, scope, a, b, n) => {
    expect([covers(scope, alice), covers(scope, bob), covers(scope, nobody)]).toEqual([a, b, n]);
  });

  it.each([
    [{ kind: 'fleet' }, []],
    [{ kind: 'owner' }, ['scope.owner']],
    [{ kind: 'tag', tagKey: 'team' }, ['scope.tagValue']],
    [{ kind: 'tag' }, ['scope.tagKey', 'scope.tagValue']],
    [{ kind: 'team' }, ['scope.kind']],
    [undefined, ['scope.kind']],
  ])('scope %j: problems with %j', (scope, fields) => {
    expect(scopeProblems(scope as never).map((p) => p.split(':')[0])).toEqual(fields);
  });
});

describe('stops at the limit: reservations and hard budgets', () => {
  it.each([
    // percent, stopAtLimit, hard, running, reservation, act
    [99, true, false, true, undefined, 'none'],
    [100, false, true, true, undefined, 'none'],
    [100, true, false, false, undefined, 'none'],
    [100, true, false, true, undefined, 'stop'],
    [150, true, true, true, undefined, 'stop'],
    [100, true, false, true, 'CCNA class', 'hold'],
    [100, true, true, true, 'CCNA class', 'stop'],
  ])('at %p %, stopAtLimit %p, hard %p, running %p, reservation %p: %s', (percent, stopAtLimit, hard, running, reservation, act) => {
    expect(stopDecision({ percent, stopAtLimit, hard, running, reservation }).act).toBe(act);
  });

  it('holds until the first of next month (UTC), or as far as an override may reach', () => {
    expect(monthOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12');
    expect(monthEnd('2026-12').toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(holdUntil('2026-12', new Date('2026-12-20T10:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(holdUntil('2026-12', new Date('2026-12-02T10:00:00Z')).toISOString()).toBe('2026-12-16T10:00:00.000Z');
  });

  it.each([
    [undefined, '2026-12-02T10:00:00Z', true],
    ['2026-12-16T10:00:00Z', '2026-12-02T10:00:00Z', false],
    ['2026-12-16T10:00:00Z', '2026-12-10T10:00:00Z', true],
    ['2027-01-01T00:00:00Z', '2026-12-28T10:00:00Z', false],
  ])('a hold until %p seen at %s is renewed: %p', (until, now, due) => {
    expect(holdRenewalDue(until ? new Date(until) : undefined, '2026-12', new Date(now))).toBe(due);
  });
});
