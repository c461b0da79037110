import { DomainError } from '#kernel';
import { ACTION_WORDS, type WorkerAction } from './worker-transitions.rule.js';

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

/** The transition table refused the action in the worker's status (ADR 0010). */
export function invalidTransition(worker: { name: string; status: string }, action: WorkerAction, reason: string): DomainError {
  return DomainError.conflict('WORKER.INVALID_TRANSITION', `Cannot ${ACTION_WORDS[action]} worker ${worker.name} while it is ${worker.status}: ${reason}`, {
    status: worker.status,
    operation: action,
  });
}

/** Provisioning launched a second instance for a worker that has one. */
export function instanceAlreadyAssigned(name: string, instanceId: string): DomainError {
  return DomainError.conflict('WORKER.INSTANCE_ALREADY_ASSIGNED', `Worker ${name} already has instance ${instanceId}.`);
}

/** The worker was unregistered before. */
export function workerNotManaged(name: string): DomainError {
  return DomainError.conflict('WORKER.NOT_MANAGED', `Worker ${name} is already unregistered.`);
}

/** A snooze that would end before it starts. */
export function snoozeInPast(): DomainError {
  return DomainError.invalid('IDLE.SNOOZE_IN_PAST', 'The snooze must end in the future.');
}

/** The import selection breaks the import rule (see import.rule.ts). */
export function importSelectionInvalid(problem: string): DomainError {
  return DomainError.invalid('IMPORT.CRITERIA', problem);
}

/** The instance is terminated or being terminated. */
export function instanceNotImportable(instanceId: string, state: string): DomainError {
  return DomainError.conflict('IMPORT.INSTANCE_TERMINATED', `Instance ${instanceId} is ${state} and cannot be imported.`, { instanceId, state });
}

/** The region is not one of AWS_REGIONS. */
export function regionNotManaged(region: string, managedRegions: readonly string[]): DomainError {
  return DomainError.invalid('WORKER.REGION_NOT_MANAGED', `Region ${region} is not managed here; use one of ${managedRegions.join(', ')} (AWS_REGIONS).`, { region, managedRegions });
}
