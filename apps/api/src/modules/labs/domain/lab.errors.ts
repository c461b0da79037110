import { DomainError } from '#kernel';

export function labNotFound(workerName: string, labId: string, details: Record<string, unknown> = {}): DomainError {
  return DomainError.notFound('LAB.NOT_FOUND', `Worker ${workerName} has no lab ${labId}.`, { labId, ...details });
}

/** The worker exists but is not in a state where its controller can be used. */
export function workerNotRunning(worker: { id: string; name: string; status: string }): DomainError {
  return DomainError.conflict('LAB.WORKER_NOT_RUNNING', `Worker ${worker.name} is ${worker.status}; labs can only be managed while it is running.`, {
    workerId: worker.id,
    status: worker.status,
  });
}

export function workerNotManaged(worker: { id: string; name: string }): DomainError {
  return DomainError.conflict('LAB.WORKER_NOT_MANAGED', `Worker ${worker.name} is no longer managed (it was unregistered); its labs cannot be changed.`, {
    workerId: worker.id,
  });
}

/** An on-demand sync of this worker ran moments ago (LAB_SYNC_MIN_INTERVAL_SECONDS). */
export function syncThrottled(worker: { id: string; name: string }, retryAfterSeconds: number, intervalSeconds: number): DomainError {
  return new DomainError(
    'LAB.SYNC_THROTTLED',
    'rate-limited',
    `The labs of worker ${worker.name} were synced moments ago; one sync per ${intervalSeconds} s (LAB_SYNC_MIN_INTERVAL_SECONDS). Try again in ${retryAfterSeconds} s.`,
    { workerId: worker.id, retryAfterSeconds },
  );
}

/** The worker's controller answered its share of on-demand reads this minute (LAB_CONTROLLER_READS_PER_MINUTE). */
export function controllerReadsThrottled(worker: { id: string; name: string }, retryAfterSeconds: number, perMinute: number): DomainError {
  return new DomainError(
    'LAB.CONTROLLER_READS_THROTTLED',
    'rate-limited',
    `The controller of worker ${worker.name} was asked for ${perMinute} topologies or definitions in the last minute, the most it is asked (LAB_CONTROLLER_READS_PER_MINUTE). Try again in ${retryAfterSeconds} s.`,
    { workerId: worker.id, perMinute, retryAfterSeconds },
  );
}
