import { problemOf, statusOf } from '../../../lib/api-client';
import type { WorkerListItem } from '../api/types';
import { formatFullTimestamp } from '../../../lib/format';
import { tagKeyProblem, tagValueProblem } from './tag-rules';

/**
 * Bulk actions on the workers list (ADR 0052): the console fans out to the per-worker routes, so
 * each worker's outcome is that route's answer. What a worker will be skipped for before anything
 * is sent comes from the worker's `actions` (the server decides them from the caller's role and the
 * transition table; the list carries them with `include=actions`) and from what would change
 * nothing (a tag it already has, no override to clear).
 */

export type BulkAction =
  | { kind: 'start' }
  | { kind: 'stop' }
  | { kind: 'set-tag'; key: string; value: string }
  | { kind: 'remove-tag'; key: string }
  | { kind: 'owner'; owner: string }
  | { kind: 'override'; overrideKind: 'keep-running' | 'keep-stopped'; until: string }
  | { kind: 'clear-override' }
  | { kind: 'idle-detection'; enabled: boolean };

export type BulkKind = BulkAction['kind'];

/** The actions an admin only may take (the routes need the role whatever the worker's owner). */
export const ADMIN_ONLY: ReadonlySet<BulkKind> = new Set<BulkKind>(['set-tag', 'remove-tag', 'owner', 'idle-detection']);

/** The server's bound for an override's end (SetOverrideDto, OVERRIDE_MAX_DAYS). */
export const MAX_OVERRIDE_DAYS = 14;
/** The server's owner rule (apps/api/src/modules/workers/domain/worker-owner.rule.ts); it stays the judge. */
const OWNER_PATTERN = /^[\p{L}\p{N}._@+-]+$/u;
const OWNER_MAX = 128;

/** Why `owner` cannot be an owner; undefined when it can (empty clears). */
export function ownerProblem(owner: string): string | undefined {
  if (!owner) return undefined;
  if (owner.length > OWNER_MAX) return `The owner is ${owner.length} characters long; use at most ${OWNER_MAX}.`;
  const name = owner.startsWith('group:') ? owner.slice('group:'.length) : owner;
  if (!name) return 'Name the group after "group:" (e.g. group:ccna-teachers).';
  if (!OWNER_PATTERN.test(name)) return `"${owner}" is not a username or group:<name>: use letters, digits and . _ @ + - only.`;
  return undefined;
}


const workers = (n: number) => `${n} ${n === 1 ? 'worker' : 'workers'}`;

/** What the action does to `count` workers, in one sentence: "Set the EC2 tag team=blue on 3 workers." */
export function describeAction(action: BulkAction, count: number): string {
  const them = workers(count);
  switch (action.kind) {
    case 'start':
      return `Start ${them}: EC2 starts their instances.`;
    case 'stop':
      return `Stop ${them}: their running labs first, then EC2 stops the instances (labs stay on the disks, which are still billed).`;
    case 'set-tag':
      return `Set the EC2 tag ${action.key}=${action.value} on ${them} (a schedule or runtime limit whose selector names this tag then applies to them).`;
    case 'remove-tag':
      return `Remove the EC2 tag ${action.key} from ${them}.`;
    case 'owner':
      return action.owner ? `Make ${action.owner} the owner of ${them}.` : `Clear the owner of ${them}.`;
    case 'override':
      return `Keep ${them} ${action.overrideKind === 'keep-running' ? 'running' : 'stopped'} until ${formatFullTimestamp(action.until)}, whatever their schedules and runtime limits (a reservation still wins; an override in force is replaced).`;
    case 'clear-override':
      return `Clear the override of ${them}; their schedules apply again at once.`;
    case 'idle-detection':
      return `Turn idle detection ${action.enabled ? 'on' : 'off'} for ${them}.`;
  }
}

/** The short name of the action, for buttons and outcomes: "Stop", "Tag". */
export function actionLabel(action: BulkAction): string {
  const labels: Record<BulkKind, string> = {
    start: 'Start',
    stop: 'Stop',
    'set-tag': 'Tag',
    'remove-tag': 'Remove tag',
    owner: 'Set owner',
    override: 'Set override',
    'clear-override': 'Clear override',
    'idle-detection': 'Idle detection',
  };
  return labels[action.kind];
}

/** What is wrong with the action's input, in words that say what to fix; undefined when the server would take it. */
export function actionProblem(action: BulkAction, now = Date.now()): string | undefined {
  switch (action.kind) {
    case 'set-tag':
      return tagKeyProblem(action.key) ?? tagValueProblem(action.value);
    case 'remove-tag':
      return tagKeyProblem(action.key);
    case 'owner':
      return ownerProblem(action.owner);
    case 'override': {
      const at = Date.parse(action.until);
      if (Number.isNaN(at)) return 'Give a day and a time.';
      if (at <= now) return 'Give a time in the future.';
      if (at - now > MAX_OVERRIDE_DAYS * 86_400_000) return `An override lasts at most ${MAX_OVERRIDE_DAYS} days; give an earlier time.`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The worker's `actions` entry the action depends on; the idle switch has none (admin, managed). */
const ACTION_ENTRY: Record<BulkKind, keyof NonNullable<WorkerListItem['actions']> | undefined> = {
  start: 'start',
  stop: 'stop',
  'set-tag': 'editTags',
  'remove-tag': 'editTags',
  owner: 'changeOwner',
  override: 'override',
  'clear-override': 'override',
  'idle-detection': undefined,
};

export interface Caller {
  isAdmin: boolean;
}

/** Why the worker is skipped before anything is sent, or undefined when the action goes to the server. */
export function skipReason(action: BulkAction, w: WorkerListItem, caller: Caller): string | undefined {
  const entry = ACTION_ENTRY[action.kind];
  const availability = entry ? w.actions?.[entry] : undefined;
  if (availability && !availability.allowed) {
    return availability.refusedBy === 'role' ? `Not allowed for your role: ${availability.reason ?? 'the role lacks it.'}` : (availability.reason ?? 'Not available now.');
  }
  if (!entry) {
    if (ADMIN_ONLY.has(action.kind) && !caller.isAdmin) return 'Not allowed for your role: this needs the admin role.';
    if (!w.managed) return 'The worker is no longer managed (it was unregistered).';
  }
  // Without `actions` (not read yet) the server decides; what follows would change nothing.
  switch (action.kind) {
    case 'set-tag':
      return w.tags?.[action.key] === action.value ? `Already tagged ${action.key}=${action.value}.` : undefined;
    case 'remove-tag':
      return w.tags?.[action.key] === undefined ? `Has no tag ${action.key}.` : undefined;
    case 'owner':
      return (w.owner ?? '') === action.owner ? (action.owner ? `Already owned by ${action.owner}.` : 'Has no owner.') : undefined;
    case 'clear-override':
      return w.override ? undefined : 'Has no override.';
    case 'idle-detection':
      return w.idleDetectionEnabled === action.enabled ? `Idle detection is already ${action.enabled ? 'on' : 'off'}.` : undefined;
    default:
      return undefined;
  }
}

export interface BulkPlan {
  act: WorkerListItem[];
  skip: { worker: WorkerListItem; reason: string }[];
}

/** Which selected workers the action goes to, and which are skipped and why (in the order given). */
export function planBulk(action: BulkAction, workers: readonly WorkerListItem[], caller: Caller): BulkPlan {
  const plan: BulkPlan = { act: [], skip: [] };
  for (const w of workers) {
    const reason = skipReason(action, w, caller);
    if (reason) plan.skip.push({ worker: w, reason });
    else plan.act.push(w);
  }
  return plan;
}

export type Outcome =
  | { state: 'waiting' }
  | { state: 'running' }
  | { state: 'done'; message: string }
  | { state: 'skipped'; reason: string }
  | { state: 'failed'; message: string };

/**
 * A refusal the worker's state or the caller's role explains (409 conflict, 403 forbidden) is a
 * skip, as the confirmation would have named it had it known; anything else is a failure worth a retry.
 */
export function outcomeOfError(err: unknown): Outcome {
  const status = statusOf(err);
  const problem = problemOf(err);
  const detail = problem?.detail ?? (err instanceof Error ? err.message : 'The request failed.');
  if (status === 409) return { state: 'skipped', reason: detail };
  if (status === 403) return { state: 'skipped', reason: `Not allowed for your role: ${detail}` };
  return { state: 'failed', message: status ? `${detail} (HTTP ${status})` : detail };
}

/**
 * Runs `task` for every item, at most `limit` at a time, in the order given, telling `onOutcome`
 * each item's outcome as it settles. Never rejects: a task's error is its item's outcome.
 */
export async function runLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<Outcome>, onOutcome: (item: T, outcome: Outcome) => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      onOutcome(item, { state: 'running' });
      let outcome: Outcome;
      try {
        outcome = await task(item);
      } catch (err) {
        outcome = outcomeOfError(err);
      }
      onOutcome(item, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
