import type { BudgetInput, BudgetScope } from '../api/cost-types';

/** What the budget form holds: text as typed. */
export interface BudgetFields {
  name: string;
  scopeKind: BudgetScope['kind'];
  owner: string;
  tagKey: string;
  tagValue: string;
  monthlyUsd: string;
  thresholds: string;
  stopAtLimit: boolean;
  hard: boolean;
}

export type BudgetField = 'name' | 'scope' | 'monthlyUsd' | 'thresholdsPercent';

export const THRESHOLD_MIN = 1;
export const THRESHOLD_MAX = 200;

export function budgetFields(b?: Pick<BudgetInput, 'name' | 'scope' | 'monthlyUsd' | 'thresholdsPercent' | 'stopAtLimit' | 'hard'>): BudgetFields {
  return {
    name: b?.name ?? '',
    scopeKind: b?.scope.kind ?? 'fleet',
    owner: b?.scope.kind === 'owner' ? (b.scope.owner ?? '') : '',
    tagKey: b?.scope.kind === 'tag' ? (b.scope.tagKey ?? '') : '',
    tagValue: b?.scope.kind === 'tag' ? (b.scope.tagValue ?? '') : '',
    monthlyUsd: b ? String(b.monthlyUsd) : '',
    thresholds: (b?.thresholdsPercent ?? [80, 100]).join(', '),
    stopAtLimit: b?.stopAtLimit ?? false,
    hard: b?.hard ?? false,
  };
}

const parseThresholds = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map(Number);

/** The server's rules (monthly USD > 0; thresholds 1..200 %, ascending, no repeats), named per field. */
export function budgetProblems(f: BudgetFields): Partial<Record<BudgetField, string>> {
  const problems: Partial<Record<BudgetField, string>> = {};
  if (!f.name.trim()) problems.name = 'Give the budget a name.';
  if (f.scopeKind === 'owner' && !f.owner.trim()) problems.scope = 'Name the owner whose workers the budget covers.';
  if (f.scopeKind === 'tag' && (!f.tagKey.trim() || !f.tagValue.trim())) problems.scope = 'Give the tag key and the value of the workers the budget covers.';
  const usd = Number(f.monthlyUsd);
  if (!f.monthlyUsd.trim() || !Number.isFinite(usd) || usd <= 0) problems.monthlyUsd = 'Give a monthly amount greater than 0 USD.';
  const thresholds = parseThresholds(f.thresholds);
  if (thresholds.some((t) => !Number.isFinite(t) || t < THRESHOLD_MIN || t > THRESHOLD_MAX)) problems.thresholdsPercent = `Give each threshold as a percent from ${THRESHOLD_MIN} to ${THRESHOLD_MAX}.`;
  else if (thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1])) problems.thresholdsPercent = 'List the thresholds from low to high, each once (for example 80, 100).';
  return problems;
}

/** The request body from valid fields. */
export function budgetInput(f: BudgetFields): BudgetInput {
  const scope: BudgetScope = f.scopeKind === 'owner' ? { kind: 'owner', owner: f.owner.trim() } : f.scopeKind === 'tag' ? { kind: 'tag', tagKey: f.tagKey.trim(), tagValue: f.tagValue.trim() } : { kind: 'fleet' };
  return { name: f.name.trim(), scope, monthlyUsd: Number(f.monthlyUsd), thresholdsPercent: parseThresholds(f.thresholds), stopAtLimit: f.stopAtLimit, hard: f.stopAtLimit && f.hard };
}
