import type { WorkerStatus } from '#kernel';

/** What an operator asks of the instance: each is one EC2 call (start, stop or terminate). */
export type PowerAction = 'start' | 'stop' | 'terminate';

/** Every change whose precondition is the worker's status: one table decides them all (ADR 0010). */
export type WorkerAction = PowerAction | 'snooze' | 'edit-tags' | 'change-license' | 'record-license-outcome' | 'fail-provisioning';

export type Decision =
  | { outcome: 'proceed'; to: WorkerStatus }
  | { outcome: 'noop'; message: string }
  | { outcome: 'refuse'; message: string };

const go = (to: WorkerStatus): Decision => ({ outcome: 'proceed', to });
const noop = (message: string): Decision => ({ outcome: 'noop', message });
const refuse = (message: string): Decision => ({ outcome: 'refuse', message });

const SNOOZE_REFUSED = 'only a running worker can be snoozed.';
const LICENSE_REFUSED = 'start it first; the license is changed on its running controller.';
const NOT_PROVISIONING = 'The worker is no longer being provisioned.';

/**
 * What each action does in each status. `proceed` goes on and moves to `to` (the same status when
 * the action changes none); `noop` answers that nothing needed doing; `refuse` is
 * WORKER.INVALID_TRANSITION (409) with the reason.
 */
export const TRANSITIONS: Record<WorkerAction, Record<WorkerStatus, Decision>> = {
  start: {
    stopped: go('pending'),
    pending: noop('The worker is already starting.'),
    running: noop('The worker is already running.'),
    stopping: refuse('The worker is stopping; start it once it has stopped.'),
    'shutting-down': refuse('The worker is being terminated and cannot be started.'),
    terminated: refuse('The worker is terminated and cannot be started.'),
    failed: refuse('The worker failed to provision and has no instance to start.'),
    unknown: refuse('The worker status is unknown; refresh it first.'),
  },
  stop: {
    running: go('stopping'),
    pending: go('stopping'),
    stopping: noop('The worker is already stopping.'),
    stopped: noop('The worker is already stopped.'),
    'shutting-down': refuse('The worker is being terminated and cannot be stopped.'),
    terminated: refuse('The worker is terminated and cannot be stopped.'),
    failed: refuse('The worker failed to provision and has no instance to stop.'),
    unknown: refuse('The worker status is unknown; refresh it first.'),
  },
  terminate: {
    pending: go('shutting-down'),
    running: go('shutting-down'),
    stopping: go('shutting-down'),
    stopped: go('shutting-down'),
    unknown: go('shutting-down'),
    // Nothing runs in EC2 for a failed provisioning: it is terminated at once.
    failed: go('terminated'),
    'shutting-down': noop('The worker is already being terminated.'),
    terminated: noop('The worker is already terminated.'),
  },
  // Keeps a running worker running; anything else has nothing to keep running.
  snooze: {
    running: go('running'),
    pending: refuse(SNOOZE_REFUSED),
    stopping: refuse(SNOOZE_REFUSED),
    stopped: refuse(SNOOZE_REFUSED),
    'shutting-down': refuse(SNOOZE_REFUSED),
    terminated: refuse(SNOOZE_REFUSED),
    failed: refuse(SNOOZE_REFUSED),
    unknown: refuse(SNOOZE_REFUSED),
  },
  // EC2 tags an instance in any state but the last.
  'edit-tags': {
    pending: go('pending'),
    running: go('running'),
    stopping: go('stopping'),
    stopped: go('stopped'),
    'shutting-down': go('shutting-down'),
    unknown: go('unknown'),
    failed: refuse('The worker failed to provision and has no instance to tag.'),
    terminated: refuse('The instance is terminated; its tags cannot change.'),
  },
  'change-license': {
    running: go('running'),
    pending: refuse(LICENSE_REFUSED),
    stopping: refuse(LICENSE_REFUSED),
    stopped: refuse(LICENSE_REFUSED),
    'shutting-down': refuse('The worker is being terminated.'),
    terminated: refuse('The worker is terminated.'),
    failed: refuse('The worker failed to provision and has no controller.'),
    unknown: refuse('The worker status is unknown; refresh it first.'),
  },
  // The controller answered a change that was accepted: what it said stands, whatever happened since.
  'record-license-outcome': {
    pending: go('pending'),
    running: go('running'),
    stopping: go('stopping'),
    stopped: go('stopped'),
    'shutting-down': go('shutting-down'),
    terminated: go('terminated'),
    failed: go('failed'),
    unknown: go('unknown'),
  },
  // Only a launch still waiting for its instance can fail; a late report changes nothing.
  'fail-provisioning': {
    pending: go('failed'),
    failed: noop('Provisioning has already failed.'),
    running: noop(NOT_PROVISIONING),
    stopping: noop(NOT_PROVISIONING),
    stopped: noop(NOT_PROVISIONING),
    'shutting-down': noop(NOT_PROVISIONING),
    terminated: noop(NOT_PROVISIONING),
    unknown: noop(NOT_PROVISIONING),
  },
};

/** What each action needs of the EC2 instance once its status allows it. */
const INSTANCE_NEED: Record<WorkerAction, 'needed' | 'not-yet' | 'either'> = {
  start: 'needed',
  stop: 'needed',
  // A worker whose launch never got an instance is terminated without asking EC2.
  terminate: 'either',
  snooze: 'needed',
  'edit-tags': 'needed',
  'change-license': 'needed',
  'record-license-outcome': 'either',
  'fail-provisioning': 'not-yet',
};

/** How a refusal names the action: "Cannot <words> worker lab-1 while it is stopped: ...". */
export const ACTION_WORDS: Record<WorkerAction, string> = {
  start: 'start',
  stop: 'stop',
  terminate: 'terminate',
  snooze: 'snooze',
  'edit-tags': 'edit the tags of',
  'change-license': 'change the license of',
  'record-license-outcome': 'record a license outcome for',
  'fail-provisioning': 'fail the provisioning of',
};

/** The facts about a worker the table is read with. */
export interface TransitionSubject {
  status: WorkerStatus;
  managed: boolean;
  hasInstance: boolean;
}

/** What `action` would do to the worker now: its row in the table, then the instance it needs. */
export function decide(action: WorkerAction, worker: TransitionSubject): Decision {
  if (!worker.managed) return refuse('The worker is no longer managed (it was unregistered).');
  const decision = TRANSITIONS[action][worker.status];
  if (decision.outcome !== 'proceed') return decision;
  const need = INSTANCE_NEED[action];
  if (need === 'needed' && !worker.hasInstance) return refuse('The worker has no EC2 instance yet.');
  if (need === 'not-yet' && worker.hasInstance) return noop('The worker already has its instance.');
  return decision;
}
