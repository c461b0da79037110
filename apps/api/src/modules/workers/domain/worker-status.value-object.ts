import type { ServiceStatus, WorkerStatus } from '#kernel';

/** Every worker status, in the order the console lists them. */
export const WORKER_STATUSES: readonly WorkerStatus[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'failed', 'unknown'];
/** Whether the CML controller answers (ADR 0027): available, starting, unavailable, error. */
export const SERVICE_STATUSES: readonly ServiceStatus[] = ['unavailable', 'starting', 'available', 'error'];

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
