import { decide, type TransitionSubject, type WorkerAction } from './worker-transitions.rule.js';
import { WorkerErrors } from './worker.errors.js';

/** What a caller can ask of one worker, named as the worker answer's `actions` names them (one route each). */
export const WORKER_ACTIONS = ['start', 'stop', 'terminate', 'refresh', 'snooze', 'unregister', 'registerLicense', 'deregisterLicense', 'editTags', 'override', 'changeOwner'] as const;
export type WorkerActionName = (typeof WORKER_ACTIONS)[number];

/** The roles that can be asked for; the auth module orders them (user < manager < admin). */
export type ActionRole = 'user' | 'manager' | 'admin';

/** The weakest role each action needs. The routes declare their access from this table. */
export const ACTION_ROLES: Record<WorkerActionName, ActionRole> = {
  start: 'manager',
  stop: 'manager',
  refresh: 'manager',
  snooze: 'manager',
  terminate: 'admin',
  unregister: 'admin',
  registerLicense: 'admin',
  deregisterLicense: 'admin',
  editTags: 'admin',
  override: 'manager',
  changeOwner: 'admin',
};

/** What a worker's owner may do on it without the role (docs/scheduling.md, "Owners and who may do what"). */
export const OWNER_MAY: ReadonlySet<WorkerActionName> = new Set<WorkerActionName>(['start', 'stop', 'override']);

/**
 * What the worker's state decides for each action: its row of the transition table (ADR 0010), or,
 * for actions the table does not hold, only that the worker is still managed.
 */
const STATE_RULE: Record<WorkerActionName, WorkerAction | 'managed'> = {
  start: 'start',
  stop: 'stop',
  terminate: 'terminate',
  snooze: 'snooze',
  editTags: 'edit-tags',
  registerLicense: 'change-license',
  deregisterLicense: 'change-license',
  refresh: 'managed',
  unregister: 'managed',
  override: 'managed',
  changeOwner: 'managed',
};


/** Whether an action is worth offering now, and if not, why (in the words the API refuses with). */
export interface ActionAvailability {
  allowed: boolean;
  reason?: string;
  /** What refused it: the caller's role (it will not change with the worker's state) or the state. */
  refusedBy?: 'role' | 'state';
}

export type WorkerActions = Record<WorkerActionName, ActionAvailability>;

/** The facts about a worker its actions are decided with. */
export interface ActionSubject extends TransitionSubject {
  name: string;
}

/** Says why the caller's role does not reach `required` (the words of the route's 403), or nothing when it does. */
export type RoleCheck = (required: ActionRole) => string | undefined;

/**
 * Which actions the caller may take on the worker now, and why not. The role comes first (a `user`
 * is told the role it lacks, whatever the status; its owner needs no role for OWNER_MAY), then the state: an action is allowed when it
 * would change something; one that would do nothing (start a running worker) is not, with the words
 * the API answers it with (200, nothing to do), and a refused one carries the message of its 409.
 */
export function workerActions(worker: ActionSubject, roleCheck: RoleCheck, callerOwnsIt = false): WorkerActions {
  const actions = {} as WorkerActions;
  for (const action of WORKER_ACTIONS) {
    const roleRefusal = callerOwnsIt && OWNER_MAY.has(action) ? undefined : roleCheck(ACTION_ROLES[action]);
    actions[action] = roleRefusal ? { allowed: false, reason: roleRefusal, refusedBy: 'role' } : byState(action, worker);
  }
  return actions;
}

function byState(action: WorkerActionName, worker: ActionSubject): ActionAvailability {
  const rule = STATE_RULE[action];
  if (rule === 'managed') {
    if (worker.managed) return { allowed: true };
    // Unregistering twice is WORKER.NOT_MANAGED; a refresh of an unregistered worker reads nothing.
    return { allowed: false, refusedBy: 'state', reason: action === 'unregister' ? WorkerErrors.notManaged(worker.name).message : 'The worker is no longer managed (it was unregistered).' };
  }
  const decision = decide(rule, worker);
  if (decision.outcome === 'proceed') return { allowed: true };
  if (decision.outcome === 'noop') return { allowed: false, refusedBy: 'state', reason: decision.message };
  return { allowed: false, refusedBy: 'state', reason: WorkerErrors.invalidTransition(worker, rule, decision.message).message };
}
