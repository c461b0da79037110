import type { Actor, CapacityAction, EventMap, StatusTrigger } from '#kernel';
import { type Attempt, type FallbackOption, type FallbackPolicy, type NextAttempt, nextAttempt } from './capacity-fallback.rule.js';

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

/** Whether a fallback is waiting for its next try. */
export function fallbackPending(fallback: CapacityFallbackState | undefined): boolean {
  return Boolean(fallback?.next);
}
