import { describe, expect, it } from 'vitest';
import { type BudgetFields, budgetFields, budgetInput, budgetProblems } from './budget-rules';

const valid: BudgetFields = { ...budgetFields(), name: 'Fleet', monthlyUsd: '5000' };

describe('the budget form rules', () => {
  it.each<[string, Partial<BudgetFields>, Record<string, string>]>([
    ['a valid fleet budget', {}, {}],
    ['no name', { name: ' ' }, { name: 'Give the budget a name.' }],
    ['an owner budget without the owner', { scopeKind: 'owner' }, { scope: 'Name the owner whose workers the budget covers.' }],
    ['a tag budget without the value', { scopeKind: 'tag', tagKey: 'team' }, { scope: 'Give the tag key and the value of the workers the budget covers.' }],
    ['a monthly amount of 0', { monthlyUsd: '0' }, { monthlyUsd: 'Give a monthly amount greater than 0 USD.' }],
    ['no monthly amount', { monthlyUsd: '' }, { monthlyUsd: 'Give a monthly amount greater than 0 USD.' }],
    ['a threshold over 200 %', { thresholds: '80, 250' }, { thresholdsPercent: 'Give each threshold as a percent from 1 to 200.' }],
    ['a threshold of 0 %', { thresholds: '0' }, { thresholdsPercent: 'Give each threshold as a percent from 1 to 200.' }],
    ['thresholds out of order', { thresholds: '100, 80' }, { thresholdsPercent: 'List the thresholds from low to high, each once (for example 80, 100).' }],
    ['a repeated threshold', { thresholds: '80, 80' }, { thresholdsPercent: 'List the thresholds from low to high, each once (for example 80, 100).' }],
    ['no thresholds (only the limit acts)', { thresholds: '' }, {}],
  ])('%s', (_, change, problems) => {
    expect(budgetProblems({ ...valid, ...change })).toEqual(problems);
  });

  it('sends the scope it names and "hard" only with a stop at the limit', () => {
    expect(budgetInput({ ...valid, scopeKind: 'tag', tagKey: ' team ', tagValue: 'ccna', thresholds: '50 80, 100', hard: true })).toEqual({
      name: 'Fleet',
      scope: { kind: 'tag', tagKey: 'team', tagValue: 'ccna' },
      monthlyUsd: 5000,
      thresholdsPercent: [50, 80, 100],
      stopAtLimit: false,
      hard: false,
    });
  });
});
