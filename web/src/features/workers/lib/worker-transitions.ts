import type { WorkerStatus } from '../api/types';

/**
 * A copy of the server's transition table (apps/api/src/modules/workers/domain/worker-status.ts),
 * so buttons can be disabled with the reason before anyone clicks. The server stays the judge: a
 * refusal still shows its detail. worker-transitions.test.ts fails when the copy drifts.
 */

export type Operation = 'start' | 'stop' | 'terminate';

export type Decision = { outcome: 'proceed'; to: WorkerStatus } | { outcome: 'noop'; message: string } | { outcome: 'refuse'; message: string };

const go = (to: WorkerStatus): Decision => ({ outcome: 'proceed', to });
const noop = (message: string): Decision => ({ outcome: 'noop', message });
const refuse = (message: string): Decision => ({ outcome: 'refuse', message });

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
    failed: go('terminated'),
    'shutting-down': noop('The worker is already being terminated.'),
    terminated: noop('The worker is already terminated.'),
  },
};

export interface Availability {
  enabled: boolean;
  /** Why the button is disabled (the server's words for the same case). */
  reason?: string;
}

/**
 * Whether an operation's button is useful in `status`: only a `proceed` enables it. A `noop` would
 * succeed but do nothing, so it is disabled too, with the message that says why.
 */
export function availability(operation: Operation, status: WorkerStatus, managed = true): Availability {
  if (!managed) return { enabled: false, reason: 'The worker is unregistered; nothing manages it any more.' };
  const decision = TRANSITIONS[operation][status];
  if (!decision) return { enabled: false, reason: `Unknown status ${status}.` };
  return decision.outcome === 'proceed' ? { enabled: true } : { enabled: false, reason: decision.message };
}
