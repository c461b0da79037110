import { type DesiredPowerState, formatUtc, type PowerRuleRef, type StopWarningCause } from '#kernel';
import type { PowerOverride } from './power-override.rule.js';

/** One planned change of the desired state, as stored (times ISO 8601). */
export interface StoredTransition {
  at: string;
  state: DesiredPowerState;
  rule: PowerRuleRef;
  reason: string;
}

/** What the power reconciler last decided the worker should be doing, and when (`decidedAt`). */
export interface StoredDesiredPower {
  state: DesiredPowerState;
  rule: PowerRuleRef;
  reason: string;
  until?: string;
  next: StoredTransition[];
  decidedAt: string;
  /** The last reason the reconciler held back (recorded once per reason). */
  heldReason?: string;
}

/** The scheduling module's decision as it hands it over: times as Dates or ISO strings. */
export interface DesiredPowerRecord {
  state: DesiredPowerState;
  rule: PowerRuleRef;
  reason: string;
  until?: Date | string;
  next: readonly { at: Date | string; state: DesiredPowerState; rule: PowerRuleRef; reason: string }[];
}

/** The scheduling module's warning of a stop it will make (`plannedStopAt` ISO 8601). */
export interface StopWarningRecord {
  plannedStopAt: string;
  cause: StopWarningCause;
  ruleId?: string;
  ruleName?: string;
  limitHours?: number;
  /** The warning in words, times in UTC. */
  reason: string;
}

/** The last stop warning issued: one per planned stop, whichever reconciler run or replica sees it first. */
export interface StoredStopWarning {
  plannedStopAt: string;
  cause: StopWarningCause;
  issuedAt: string;
}

/** How the reconciler's starts and stops went, so it backs off after failures and says so. */
export interface PowerAttempts {
  failures: number;
  lastAttemptAt?: string;
  lastError?: string;
}

/** How many boot-to-ready samples a worker keeps. */
export const BOOT_SAMPLES_KEPT = 10;

const iso = (t: Date | string) => (typeof t === 'string' ? new Date(t).toISOString() : t.toISOString());
const ruleOf = (r: PowerRuleRef): PowerRuleRef => ({ kind: r.kind, ...(r.id !== undefined && { id: r.id }), ...(r.name !== undefined && { name: r.name }) });

/** The record as stored at `now`; the held reason carries over while the decision stays the same. */
export function storedDesired(record: DesiredPowerRecord, previous: StoredDesiredPower | undefined, now: Date): StoredDesiredPower {
  const stored: StoredDesiredPower = {
    state: record.state,
    rule: ruleOf(record.rule),
    reason: record.reason,
    ...(record.until !== undefined && { until: iso(record.until) }),
    next: record.next.map((t) => ({ at: iso(t.at), state: t.state, rule: ruleOf(t.rule), reason: t.reason })),
    decidedAt: now.toISOString(),
  };
  if (previous?.heldReason && !desiredChanged(previous, stored)) stored.heldReason = previous.heldReason;
  return stored;
}

/** Whether the decision differs in what matters (its state or the rule that decided), worth an event. */
export function desiredChanged(before: StoredDesiredPower | undefined, after: StoredDesiredPower): boolean {
  if (!before) return true;
  const a = before.rule;
  const b = after.rule;
  return before.state !== after.state || a.kind !== b.kind || a.id !== b.id;
}

/** The attempts after one more: a success resets the failures, a failure counts and keeps its error. */
export function afterAttempt(attempts: PowerAttempts | undefined, outcome: { ok: true } | { ok: false; error: string }, now: Date): PowerAttempts {
  const lastAttemptAt = now.toISOString();
  if (outcome.ok) return { failures: 0, lastAttemptAt };
  return { failures: (attempts?.failures ?? 0) + 1, lastAttemptAt, lastError: outcome.error };
}

/** The samples with one more boot-to-ready time (seconds, whole), the newest last, at most BOOT_SAMPLES_KEPT. */
export function withBootSample(samples: readonly number[], startedAt: string, readyAt: Date): number[] {
  const seconds = Math.round((readyAt.getTime() - new Date(startedAt).getTime()) / 1000);
  if (!(seconds >= 0)) return [...samples];
  return [...samples, seconds].slice(-BOOT_SAMPLES_KEPT);
}

/** Why idle detection leaves a worker running, and until when. */
export interface IdleProtection {
  reason: string;
  until?: string;
}

/**
 * Why idle detection must not stop the worker at `now`, from its stored desired power: inside a
 * reservation window (warm-up included) or a keep-running override, the reconciler wants it
 * running. The worker's own keep-running override counts before the reconciler has seen it.
 * Undefined when nothing protects it.
 */
export function idleProtection(desired: StoredDesiredPower | undefined, override: PowerOverride | undefined, now: Date): IdleProtection | undefined {
  if (override?.kind === 'keep-running' && new Date(override.until) > now && desired?.rule.kind !== 'reservation') {
    return { reason: `Inside a keep-running override until ${formatUtc(override.until, now)}; no idle stop.`, until: override.until };
  }
  if (!desired || desired.state !== 'running') return undefined;
  const { kind, name } = desired.rule;
  if (kind !== 'reservation' && kind !== 'override') return undefined;
  if (desired.until && new Date(desired.until) <= now) return undefined;
  const until = desired.until ? ` until ${formatUtc(desired.until, now)}` : '';
  const what = kind === 'reservation' ? `reservation${name ? ` ${name}` : ''}` : 'a keep-running override';
  return { reason: `Inside ${what}${until}; no idle stop.`, until: desired.until };
}
