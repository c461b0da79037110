import { DomainError } from '#kernel';

export function workerNotFound(id: string): DomainError {
  return DomainError.notFound('WORKER.NOT_FOUND', `Worker ${id} does not exist.`, { workerId: id });
}

export function alreadyRegistered(region: string, instanceId: string, owner: { id: string; name: string }): DomainError {
  return new DomainError('IMPORT.ALREADY_REGISTERED', 'conflict', `Instance ${instanceId} in ${region} is already managed as worker ${owner.name} (${owner.id}).`, {
    region,
    instanceId,
    workerId: owner.id,
  });
}
