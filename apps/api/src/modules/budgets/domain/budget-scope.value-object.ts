/** What a budget covers: the whole fleet, one owner's workers (a username or `group:<name>`), or the workers with one tag value. */
export type BudgetScope = { kind: 'fleet' } | { kind: 'owner'; owner: string } | { kind: 'tag'; tagKey: string; tagValue: string };

export const SCOPE_KINDS = ['fleet', 'owner', 'tag'] as const;

/** What a scope is matched against: a worker's owner and tags. */
export interface CoveredWorker {
  owner?: string;
  tags: Readonly<Record<string, string>>;
}

/** Every problem of a scope, in words naming what to fix. */
export function scopeProblems(scope: Partial<{ kind: string; owner: string; tagKey: string; tagValue: string }> | undefined): string[] {
  if (!scope || !(SCOPE_KINDS as readonly string[]).includes(scope.kind ?? '')) return [`scope.kind: one of ${SCOPE_KINDS.join(', ')}`];
  if (scope.kind === 'owner' && !scope.owner?.trim()) return ['scope.owner: name the owner (a username or group:<name>) for an owner budget'];
  if (scope.kind === 'tag') {
    const problems: string[] = [];
    if (!scope.tagKey?.trim()) problems.push('scope.tagKey: name the tag key (e.g. team) for a tag budget');
    if (typeof scope.tagValue !== 'string') problems.push('scope.tagValue: give the tag value (e.g. ccna) for a tag budget');
    return problems;
  }
  return [];
}

/** The scope as stored: only the fields of its kind, trimmed. */
export function normalScope(scope: BudgetScope): BudgetScope {
  if (scope.kind === 'owner') return { kind: 'owner', owner: scope.owner.trim() };
  if (scope.kind === 'tag') return { kind: 'tag', tagKey: scope.tagKey.trim(), tagValue: scope.tagValue };
  return { kind: 'fleet' };
}

/** Whether the budget with `scope` covers a worker: every worker, those of the owner (exactly as the worker names it), those with the tag value. */
export function covers(scope: BudgetScope, worker: CoveredWorker): boolean {
  switch (scope.kind) {
    case 'fleet':
      return true;
    case 'owner':
      return worker.owner === scope.owner;
    case 'tag':
      return worker.tags[scope.tagKey] === scope.tagValue;
  }
}
