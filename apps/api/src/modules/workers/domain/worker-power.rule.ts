import type { ChangeContext, EventMap } from '#kernel';
import { normalOwner, ownerProblem } from './worker-owner.rule.js';
import { overrideExpired, overrideProblem, type PowerOverride } from './power-override.rule.js';
import { afterAttempt, type DesiredPowerRecord, desiredChanged, type PowerAttempts, type StopWarningRecord, type StoredDesiredPower, storedDesired, type StoredStopWarning } from './power-record.value-object.js';
import { WorkerErrors } from './worker.errors.js';

/**
 * Who owns a worker, its override, and what the power reconciler records on it: each change is
 * decided here from the worker's facts, as the facts to set and the event that records it; the
 * aggregate applies it (Worker.changeOwner, setOverride, ...).
 */
export interface PowerFacts {
  name: string;
  managed: boolean;
  owner?: string;
  override?: PowerOverride;
  desiredPower?: StoredDesiredPower;
  powerAttempts?: PowerAttempts;
  stopWarning?: StoredStopWarning;
}

type EventOf<T extends keyof EventMap> = { type: T; data: EventMap[T] };
type PowerEvent = EventOf<'worker.owner-changed'> | EventOf<'worker.override-set'> | EventOf<'worker.override-cleared'> | EventOf<'worker.desired-power-changed'> | EventOf<'worker.power-held'> | EventOf<'worker.stop-warning-issued'>;

/** The facts to set, and the event that records the change (none: a silent change). Undefined when nothing changes. */
export interface PowerChange {
  set: Partial<PowerFacts>;
  event?: PowerEvent;
}

/** A new owner (an admin's change); empty clears it. WORKER.OWNER_INVALID for neither a username nor group:<name>. */
export function ownerChange(facts: PowerFacts, workerId: string, value: string): PowerChange | undefined {
  const problem = ownerProblem(value);
  if (problem) throw WorkerErrors.ownerInvalid(problem);
  const owner = normalOwner(value);
  if (owner === facts.owner) return undefined;
  return { set: { owner }, event: { type: 'worker.owner-changed', data: { workerId, owner: owner ?? '', previousOwner: facts.owner } } };
}

/** "Keep running / keep stopped until" (replaces one in force). WORKER.OVERRIDE_INVALID says what to fix. */
export function overrideSet(facts: PowerFacts, workerId: string, kind: PowerOverride['kind'], until: Date, ctx: ChangeContext): PowerChange {
  if (!facts.managed) throw WorkerErrors.notManaged(facts.name);
  const problem = overrideProblem(kind, until, ctx.now);
  if (problem) throw WorkerErrors.overrideInvalid(problem);
  const override: PowerOverride = { kind, until: until.toISOString(), by: ctx.actor.name, setAt: ctx.now.toISOString() };
  return { set: { override }, event: { type: 'worker.override-set', data: { workerId, kind, until: override.until } } };
}

/** The override ends: a person cleared it, or (`expired`) its time ran out. Undefined when there is none to end. */
export function overrideCleared(facts: PowerFacts, workerId: string, reason: 'cleared' | 'expired', now: Date): PowerChange | undefined {
  const { override } = facts;
  if (!override || (reason === 'expired' && !overrideExpired(override, now))) return undefined;
  return { set: { override: undefined }, event: { type: 'worker.override-cleared', data: { workerId, kind: override.kind, reason } } };
}

/** The reconciler's decision, stored every run; an event only when its state or deciding rule changed. */
export function desiredRecorded(facts: PowerFacts, workerId: string, record: DesiredPowerRecord, now: Date): PowerChange {
  const after = storedDesired(record, facts.desiredPower, now);
  if (!desiredChanged(facts.desiredPower, after)) return { set: { desiredPower: after } };
  return { set: { desiredPower: after }, event: { type: 'worker.desired-power-changed', data: { workerId, state: after.state, rule: after.rule, reason: after.reason, until: after.until } } };
}

/** Why the reconciler did not act; undefined when it is the reason recorded last (one event per reason). */
export function powerHeld(facts: PowerFacts, workerId: string, reason: string): PowerChange | undefined {
  const desired = facts.desiredPower;
  if (desired?.heldReason === reason) return undefined;
  return { set: desired ? { desiredPower: { ...desired, heldReason: reason } } : {}, event: { type: 'worker.power-held', data: { workerId, reason } } };
}

/**
 * A warning of a stop the reconciler will make: issued once per planned stop instant (a later run,
 * or another replica retrying on a version conflict, finds it stored and stays silent); a stop
 * planned for another time (an override moved it) is warned about again. Undefined when already
 * warned, or for a worker no longer managed.
 */
export function stopWarningRecorded(facts: PowerFacts, workerId: string, warning: StopWarningRecord, now: Date): PowerChange | undefined {
  const plannedStopAt = new Date(warning.plannedStopAt).toISOString();
  if (!facts.managed || facts.stopWarning?.plannedStopAt === plannedStopAt) return undefined;
  const { cause, ruleId, ruleName, limitHours, reason } = warning;
  return {
    set: { stopWarning: { plannedStopAt, cause, issuedAt: now.toISOString() } },
    event: {
      type: 'worker.stop-warning-issued',
      data: { workerId, plannedStopAt, cause, ...(ruleId !== undefined && { ruleId }), ...(ruleName !== undefined && { ruleName }), ...(limitHours !== undefined && { limitHours }), reason },
    },
  };
}

/** How a start or stop of the reconciler went (failures in a row count towards its backoff); one that went through forgets the held reason. */
export function attemptRecorded(facts: PowerFacts, outcome: { ok: true } | { ok: false; error: string }, now: Date): PowerChange {
  const set: Partial<PowerFacts> = { powerAttempts: afterAttempt(facts.powerAttempts, outcome, now) };
  if (outcome.ok && facts.desiredPower) set.desiredPower = { ...facts.desiredPower, heldReason: undefined };
  return { set };
}
