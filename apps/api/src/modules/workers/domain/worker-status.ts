import type { ServiceStatusName, WorkerStatusName } from '#kernel';

export const WORKER_STATUSES: readonly WorkerStatusName[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'failed', 'unknown'];
export const SERVICE_STATUSES: readonly ServiceStatusName[] = ['unavailable', 'starting', 'available', 'error'];
export type WorkerStatus = WorkerStatusName;
export type ServiceStatus = ServiceStatusName;

/** EC2 instance states (as AWS names them). */
export type InstanceState = 'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

/** How an EC2 state shows as a worker status: one row per state, no guessing. */
export const STATUS_FOR_INSTANCE_STATE: Record<InstanceState, WorkerStatus> = {
  pending: 'pending',
  running: 'running',
  stopping: 'stopping',
  stopped: 'stopped',
  'shutting-down': 'shutting-down',
  terminated: 'terminated',
};

export function statusForInstanceState(state: string): WorkerStatus {
  return STATUS_FOR_INSTANCE_STATE[state as InstanceState] ?? 'unknown';
}

/** Statuses a worker never leaves. */
export const FINAL_STATUSES: readonly WorkerStatus[] = ['terminated'];

/** Instances in these states are gone or going: never imported. */
export const NOT_IMPORTABLE_STATES: readonly InstanceState[] = ['shutting-down', 'terminated'];

export type Operation = 'start' | 'stop' | 'terminate';

export type Decision =
  | { outcome: 'proceed'; to: WorkerStatus }
  | { outcome: 'noop'; message: string }
  | { outcome: 'refuse'; message: string };

const go = (to: WorkerStatus): Decision => ({ outcome: 'proceed', to });
const noop = (message: string): Decision => ({ outcome: 'noop', message });
const refuse = (message: string): Decision => ({ outcome: 'refuse', message });

/**
 * What each operator action does in each status. `proceed` calls EC2 and moves to `to`; `noop`
 * answers that nothing needed doing; `refuse` is WORKER.INVALID_TRANSITION (409) with the reason.
 */
export const TRANSITIONS: Record<Operation, Record<WorkerStatus, Decision>> = {
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
};
