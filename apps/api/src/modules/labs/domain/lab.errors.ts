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
