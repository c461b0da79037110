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

/** The region does not offer the instance type (or EC2 has never heard of it). */
export function instanceTypeNotOffered(region: string, instanceType: string, fromDefault: boolean): DomainError {
  const which = fromDefault ? `The default instance type ${instanceType} (WORKER_DEFAULT_INSTANCE_TYPE)` : `Instance type ${instanceType}`;
  return DomainError.invalid(
    'WORKER.INSTANCE_TYPE_NOT_OFFERED',
    `${which} is not offered in ${region}. Pick one the region offers: GET /api/workers/instance-types?region=${region} lists them (the console's instance type picker shows the same list).`,
    { region, instanceType },
  );
}

/** The type cannot run CML's nodes and the caller did not say to launch it anyway. */
export function instanceTypeUnsuitable(region: string, instanceType: string, reason: string): DomainError {
  return DomainError.invalid(
    'WORKER.INSTANCE_TYPE_UNSUITABLE',
    `Instance type ${instanceType} cannot run CML: ${reason}. Pick a bare-metal type (GET /api/workers/instance-types?region=${region} lists them first), or send allowUnsuitableInstanceType: true to launch it anyway.`,
    { region, instanceType, reason },
  );
}

/** A worker name a person gave that breaks the naming rule. */
export function workerNameInvalid(problem: string): DomainError {
  return DomainError.invalid('WORKER.NAME_INVALID', `The worker ${problem}.`);
}
