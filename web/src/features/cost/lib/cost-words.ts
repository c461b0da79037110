import type { BudgetScope, BudgetState, CostGroupBy, SavingRule } from '../api/cost-types';

/** The automatic stops that save money, as people call them, in the order the console lists them. */
export const SAVING_RULES: readonly { rule: SavingRule; label: string }[] = [
  { rule: 'idle-detection', label: 'Idle detection' },
  { rule: 'schedule', label: 'Schedules' },
  { rule: 'runtime-limit', label: 'Runtime limits' },
  { rule: 'reservation', label: 'Reservation ends' },
  { rule: 'budget', label: 'Budgets' },
];

export function describeRule(rule: string): string {
  return SAVING_RULES.find((r) => r.rule === rule)?.label ?? rule;
}

export const GROUP_BYS: readonly { value: CostGroupBy; label: string }[] = [
  { value: 'owner', label: 'Owner' },
  { value: 'region', label: 'Region' },
  { value: 'tag', label: 'Tag' },
  { value: 'worker', label: 'Worker' },
];

export function isGroupBy(value: string | null): value is CostGroupBy {
  return GROUP_BYS.some((g) => g.value === value);
}

/** "owner", "region", "team tag", "worker": what one group is, for sentences and headers. */
export function groupNoun(groupBy: CostGroupBy, tagKey?: string): string {
  return groupBy === 'tag' ? `${tagKey ?? 'tag'} tag` : groupBy;
}

export function describeScope(scope: BudgetScope): string {
  switch (scope.kind) {
    case 'fleet':
      return 'the whole fleet';
    case 'owner':
      return `workers owned by ${scope.owner}`;
    case 'tag':
      return `workers tagged ${scope.tagKey}=${scope.tagValue}`;
  }
}

export const BUDGET_STATES: Record<BudgetState, { text: string; tone: 'success' | 'warning' | 'danger' }> = {
  ok: { text: 'within budget', tone: 'success' },
  warning: { text: 'past a threshold', tone: 'warning' },
  exceeded: { text: 'over budget', tone: 'danger' },
};
