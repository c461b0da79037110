import type { EventMap, InstanceTypeRestoreMoment, WorkerStatus } from '#kernel';

/**
 * A start that found no capacity for the worker's instance type may have started it on a fallback
 * type (capacity-fallback.value-object.ts). Whether it goes back to its own type afterwards is the
 * fleet's policy (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE), kept on the fallback when it began:
 * `on-next-stop` changes the stopped instance back (ModifyInstanceAttribute, which EC2 allows only
 * while it is stopped); `never` keeps the fallback type.
 */
export type InstanceTypeRestorePolicy = 'never' | 'on-next-stop';

/** A change back to the worker's own type that waits for the instance to be stopped (kept on the worker). */
export interface InstanceTypeRestore {
  /** The type to go back to: the one the worker had before a start fell back. */
  originalInstanceType: string;
  /** The type the fallback started it on. */
  fallbackInstanceType: string;
  /** When the fallback started it on that type. */
  since: string;
  /** Tries that failed so far (each is retried at the next look at the stopped instance). */
  failures: number;
  lastAttemptAt?: string;
  lastError?: string;
}

/**
 * After a start's fallback worked with `startedOn`: the restore that waits for the next stop, or
 * none (the policy says never, or it started on the type to go back to). A restore still waiting
 * from an earlier fallback keeps its original type: that is the worker's own.
 */
export function restoreAfterFallback(
  pending: InstanceTypeRestore | undefined,
  fallback: { originalInstanceType: string; restoreType?: InstanceTypeRestorePolicy },
  startedOn: string,
  now: Date,
): InstanceTypeRestore | undefined {
  // Fallbacks begun before the policy existed kept their type (the behaviour they began under).
  if ((fallback.restoreType ?? 'never') === 'never') return undefined;
  const original = pending?.originalInstanceType ?? fallback.originalInstanceType;
  if (startedOn === original) return undefined;
  return { originalInstanceType: original, fallbackInstanceType: startedOn, since: now.toISOString(), failures: 0 };
}

/** What a restore reads of the worker. */
export interface RestoreFacts {
  status: WorkerStatus;
  managed: boolean;
  instanceType: string;
  instanceTypeRestore?: InstanceTypeRestore;
  /** The last capacity fallback; `next` is set while a start still looks for capacity. */
  capacityFallback?: { next?: unknown };
}

/** A WorkerChange (worker-settings.rule.ts) of the restore: the facts to set and the event that records it. */
export interface RestoreChange {
  set: { instanceType?: string; instanceTypeRestore?: InstanceTypeRestore };
  event?: { type: 'worker.instance-type-restored'; data: EventMap['worker.instance-type-restored'] };
}

export type RestoreDecision =
  | { kind: 'none' }
  /** Change the stopped instance from `from` to `to` now. */
  | { kind: 'restore'; from: string; to: string }
  /** Not now: the instance is not stopped, or a start is looking for capacity. */
  | { kind: 'wait'; reason: string }
  /** Nothing left to do: forget the restore (silently; the timeline already has what changed the type). */
  | { kind: 'drop'; reason: string };

const GONE: readonly WorkerStatus[] = ['shutting-down', 'terminated', 'failed'];

/** Whether the waiting restore is to be made now, later, or not at all. */
export function restoreDecision(facts: RestoreFacts): RestoreDecision {
  const pending = facts.instanceTypeRestore;
  if (!pending) return { kind: 'none' };
  if (!facts.managed || GONE.includes(facts.status)) return { kind: 'drop', reason: 'The instance is no longer managed or no longer exists.' };
  if (facts.instanceType === pending.originalInstanceType) return { kind: 'drop', reason: `The instance has ${pending.originalInstanceType} again.` };
  // A search changes the stopped instance's type at each try; it decides the type until it ends.
  if (facts.capacityFallback?.next) return { kind: 'wait', reason: 'A start is looking for EC2 capacity.' };
  if (facts.instanceType !== pending.fallbackInstanceType) return { kind: 'drop', reason: `The instance was changed to ${facts.instanceType}, neither its own type nor the fallback: that choice stays.` };
  if (facts.status !== 'stopped') return { kind: 'wait', reason: `The instance is ${facts.status}; its type can change only while it is stopped.` };
  return { kind: 'restore', from: facts.instanceType, to: pending.originalInstanceType };
}

/** The restore forgotten when the decision says there is nothing left to do (after an observation); undefined otherwise. */
export function restoreSettled(facts: RestoreFacts): RestoreChange | undefined {
  return restoreDecision(facts).kind === 'drop' ? { set: { instanceTypeRestore: undefined } } : undefined;
}

/**
 * How a try to change the type back went (`error` absent: EC2 took it). Done: the worker has its own
 * type again and the timeline says so; failed: the restore keeps waiting with the error, silently
 * (the worker's answer shows it), and is tried again at the next look.
 */
export function restoreRecorded(facts: RestoreFacts, moment: InstanceTypeRestoreMoment, error: string | undefined, now: Date): RestoreChange | undefined {
  const pending = facts.instanceTypeRestore;
  if (!pending) return undefined;
  if (error) return { set: { instanceTypeRestore: { ...pending, failures: pending.failures + 1, lastAttemptAt: now.toISOString(), lastError: error } } };
  return {
    set: { instanceType: pending.originalInstanceType, instanceTypeRestore: undefined },
    event: { type: 'worker.instance-type-restored', data: { from: facts.instanceType, to: pending.originalInstanceType, moment } },
  };
}
