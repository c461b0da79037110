import type { Actor, CapacityAction, EventMap, StatusTrigger } from '#kernel';
import { type Attempt, type FallbackOption, type FallbackPolicy, type NextAttempt, nextAttempt } from './capacity-fallback.rule.js';
import { type InstanceTypeRestore, type InstanceTypeRestorePolicy, restoreAfterFallback } from './instance-type-restore.rule.js';

/** One try as the worker keeps it (times ISO 8601). */
export interface StoredAttempt {
  at: string;
  instanceType: string;
  subnetId?: string;
  errorCode?: string;
  error?: string;
}

/**
 * A start or launch that is looking for EC2 capacity (capacity-fallback.rule.ts). Kept on the worker
 * while it lasts, so whichever instance runs the `capacity-fallback` job next carries it on.
 */
export interface CapacityFallbackState {
  action: CapacityAction;
  /** The type the instance had (start) or was asked for (launch) before any fallback; kept after a change of type. */
  originalInstanceType: string;
  policy: FallbackPolicy;
  /** Whether a start that worked on another type goes back to the original at the next stop (absent: began before the setting, `never`). */
  restoreType?: InstanceTypeRestorePolicy;
  attempts: StoredAttempt[];
  /** The next try and when it is due; absent once the fallback ended. */
  next?: { at: string; option: FallbackOption; round: number };
  /** Who asked for the start, so the start is recorded as theirs when it succeeds. */
  requestedBy: Actor;
  reason?: string;
  trigger: StatusTrigger;
}

const describe = (o: FallbackOption) => `${o.instanceType}${o.subnetId ? ` in ${o.subnetId}` : ''}`;

/**
 * The options of a fallback in order: what was asked for first, then the configured alternatives.
 * A start tries types only (a stopped instance keeps its subnet); a launch tries every type in every
 * subnet, subnets first (the same type in another zone is the smaller change).
 */
export function fallbackOptions(action: CapacityAction, asked: FallbackOption, fleet: { instanceTypes: readonly string[]; subnetIds: readonly string[] }): FallbackOption[] {
  const types = [...new Set([asked.instanceType, ...fleet.instanceTypes])];
  if (action === 'start') return types.map((instanceType) => ({ instanceType }));
  const subnets = [...new Set([asked.subnetId, ...fleet.subnetIds])];
  return types.flatMap((instanceType) => subnets.map((subnetId) => (subnetId ? { instanceType, subnetId } : { instanceType })));
}

const asAttempt = (a: StoredAttempt): Attempt => ({
  at: new Date(a.at),
  option: { instanceType: a.instanceType, ...(a.subnetId ? { subnetId: a.subnetId } : {}) },
  ...(a.errorCode ? { error: { code: a.errorCode, message: a.error ?? '' } } : {}),
});

/** What one more try changes: the fallback after it, what comes next, and the events that record it. */
export interface AttemptOutcome {
  fallback: CapacityFallbackState;
  next: NextAttempt;
  attempted: EventMap['worker.capacity-attempted'];
  failed?: EventMap['worker.capacity-fallback-failed'];
}

/** Records one try (`error` absent: it worked) and decides the next by the rule. */
export function afterCapacityAttempt(fallback: CapacityFallbackState, option: FallbackOption, error: { code: string; message: string } | undefined, now: Date): AttemptOutcome {
  const attempt: StoredAttempt = { at: now.toISOString(), ...option, ...(error ? { errorCode: error.code, error: error.message } : {}) };
  const attempts = [...fallback.attempts, attempt];
  const round = fallback.next?.round ?? 1;
  const next: NextAttempt = error ? nextAttempt(fallback.policy, attempts.map(asAttempt), now) : { kind: 'give-up', summary: `It worked with ${describe(option)}.` };
  const planned = next.kind === 'try' ? { at: next.at.toISOString(), option: next.option, round: next.round } : undefined;
  const attempted: EventMap['worker.capacity-attempted'] = {
    action: fallback.action,
    attempt: attempts.length,
    round,
    instanceType: option.instanceType,
    ...(option.subnetId ? { subnetId: option.subnetId } : {}),
    succeeded: !error,
    ...(error ? { errorCode: error.code, error: error.message } : {}),
    ...(planned ? { nextAttemptAt: planned.at } : {}),
  };
  const tried = [...new Set(attempts.map((a) => describe({ instanceType: a.instanceType, subnetId: a.subnetId })))];
  const failed =
    next.kind === 'give-up' && error
      ? { action: fallback.action, attempts: attempts.length, tried, reason: next.summary }
      : next.kind === 'not-capacity'
        ? { action: fallback.action, attempts: attempts.length, tried, reason: `EC2 refused ${describe(option)} for another reason than capacity (${next.error.code}): ${next.error.message} Fix that, then ${fallback.action === 'start' ? 'start the worker again' : 'provision the worker again'}.` }
        : undefined;
  return { fallback: { ...fallback, attempts, next: planned }, next, attempted, ...(failed ? { failed } : {}) };
}

type EventOf<T extends keyof EventMap> = { type: T; data: EventMap[T] };

/** A WorkerChange (worker-settings.rule.ts) of the fallback, with its events in order. */
export interface CapacityChange {
  set: { capacityFallback: CapacityFallbackState; instanceType?: string; statusReason?: string; instanceTypeRestore?: InstanceTypeRestore };
  events: Array<EventOf<'worker.capacity-attempted'> | EventOf<'worker.instance-updated'> | EventOf<'worker.capacity-fallback-failed'>>;
}

/** What a worker keeps that one more try reads. */
export interface CapacityFacts {
  name: string;
  instanceType: string;
  capacityFallback?: CapacityFallbackState;
  instanceTypeRestore?: InstanceTypeRestore;
}

/**
 * One try of a start's or launch's fallback recorded on the worker (`begin` starts a new fallback
 * with this try as its first): the change, the next try, and for a launch that gave up the reason
 * it fails with. A start that worked on another type records the change of type (the instance was
 * changed while stopped) and, when the policy says so, the restore that waits for the next stop; a
 * start that gave up says why in the worker's status reason.
 */
export function capacityAttemptRecorded(
  facts: CapacityFacts,
  option: FallbackOption,
  error: { code: string; message: string } | undefined,
  now: Date,
  begin?: Omit<CapacityFallbackState, 'attempts' | 'next'>,
): { change: CapacityChange; next: NextAttempt; failLaunch?: string } {
  const current = begin ? { ...begin, attempts: [] } : facts.capacityFallback;
  if (!current) throw new Error(`Worker ${facts.name} has no capacity fallback to record a try of`);
  const outcome = afterCapacityAttempt(current, option, error, now);
  const change: CapacityChange = { set: { capacityFallback: outcome.fallback }, events: [{ type: 'worker.capacity-attempted', data: outcome.attempted }] };
  if (!error && current.action === 'start' && option.instanceType !== facts.instanceType) {
    change.set.instanceType = option.instanceType;
    change.events.push({ type: 'worker.instance-updated', data: { changes: { instanceType: { from: facts.instanceType, to: option.instanceType } } } });
  }
  if (!error && current.action === 'start') change.set.instanceTypeRestore = restoreAfterFallback(facts.instanceTypeRestore, current, option.instanceType, now);
  if (!outcome.failed) return { change, next: outcome.next };
  change.events.push({ type: 'worker.capacity-fallback-failed', data: outcome.failed });
  if (current.action === 'provision') return { change, next: outcome.next, failLaunch: outcome.failed.reason };
  change.set.statusReason = outcome.failed.reason;
  return { change, next: outcome.next };
}

/** Ends a fallback that is waiting (a stop or terminate was asked for meanwhile); undefined when none waits. */
export function capacityFallbackCancelled(fallback: CapacityFallbackState | undefined, reason: string): CapacityChange | undefined {
  if (!fallback?.next) return undefined;
  const tried = [...new Set(fallback.attempts.map((a) => describe({ instanceType: a.instanceType, subnetId: a.subnetId })))];
  return { set: { capacityFallback: { ...fallback, next: undefined } }, events: [{ type: 'worker.capacity-fallback-failed', data: { action: fallback.action, attempts: fallback.attempts.length, tried, reason } }] };
}

/** Whether a fallback is waiting for its next try. */
export function fallbackPending(fallback: CapacityFallbackState | undefined): boolean {
  return Boolean(fallback?.next);
}
