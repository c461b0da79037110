import { describeSelector, matchesSelector, selectorProblems, type TagSelector } from './tag-selector.value-object.js';

/** Which workers a schedule or a runtime limit applies to: named ones, and those a tag selector matches. */
export interface Assignment {
  workerIds: string[];
  selector?: TagSelector;
}

export function assignmentProblems(a: { workerIds?: unknown; selector?: unknown } | undefined): string[] {
  if (!a) return ['assignment: name workerIds, a tag selector, or both'];
  const problems: string[] = [];
  if (a.workerIds !== undefined && (!Array.isArray(a.workerIds) || !a.workerIds.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64))) {
    problems.push('assignment.workerIds: give a list of worker ids');
  }
  if (a.selector !== undefined) problems.push(...selectorProblems(a.selector).map((p) => `assignment.${p}`));
  if ((!Array.isArray(a.workerIds) || a.workerIds.length === 0) && a.selector === undefined) problems.push('assignment: name workerIds, a tag selector, or both');
  return problems;
}

export function appliesTo(a: Assignment, worker: { id: string; tags: Readonly<Record<string, string>> }): boolean {
  return a.workerIds.includes(worker.id) || (a.selector !== undefined && matchesSelector(worker.tags, a.selector));
}

/** "3 workers and tag team=ccna" */
export function describeAssignment(a: Assignment): string {
  const parts = [a.workerIds.length ? `${a.workerIds.length} worker${a.workerIds.length === 1 ? '' : 's'}` : undefined, a.selector ? `tag ${describeSelector(a.selector)}` : undefined];
  return parts.filter(Boolean).join(' and ');
}
