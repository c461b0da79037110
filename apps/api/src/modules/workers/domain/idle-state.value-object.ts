import type { EventMap } from '#kernel';
import { type ActivitySource, type IdleDecision, idleDecisionKey, type IdleReasonCode } from './idle.rule.js';

/** A pending idle warning: the worker is stopped at `plannedStopAt` unless used or snoozed. */
export interface IdleWarning {
  issuedAt: string;
  plannedStopAt: string;
}

/** Activity seen on a worker, and where. */
export interface Activity {
  at: string;
  source: ActivitySource;
}

/** What idle detection knows of one worker. */
export interface IdleState {
  /** Per-worker override of IDLE_TIMEOUT_MINUTES. */
  timeoutMinutes?: number;
  lastActivityAt?: string;
  lastActivitySource?: ActivitySource;
  lastActivityCheckAt?: string;
  snoozedUntil?: string;
  warning?: IdleWarning;
  /**
   * The latest evaluation (`at`) and the decision it took; `since` is when that decision (same
   * `key`, see idleDecisionKey) was first taken. Stored before 2026-12 without since, code and key.
   */
  lastDecision?: { at: string; outcome: string; reason: string; since?: string; code?: IdleReasonCode; key?: string };
}

/** The state after a decision, and what about it is worth telling. */
export interface AppliedIdleDecision {
  idle: IdleState;
  /** The decision lifted the pending warning. */
  cleared: boolean;
  /** The warning the decision issued, as `worker.idle-warning-issued` records it. */
  issued?: EventMap['worker.idle-warning-issued'];
  /** Another decision than the previous one (another reason, or the same reason on another fact). */
  changed: boolean;
}

/**
 * Records a decision taken at `at` under an idle timeout of `timeoutMinutes`: a warning is issued or
 * lifted, a stop or a skip ends the warning, and `since` moves only when the decision is a new one.
 */
export function applyIdleDecision(idle: IdleState, decision: IdleDecision, timeoutMinutes: number, at: string): AppliedIdleDecision {
  const next: IdleState = { ...idle };
  const cleared = Boolean(decision.clearsWarning && idle.warning);
  if (cleared) next.warning = undefined;
  const { plannedStopAt, idleMinutes = 0, lastActivityAt, lastActivitySource, reason } = decision;
  const issued = decision.outcome === 'warn' && plannedStopAt ? { plannedStopAt, idleMinutes, timeoutMinutes, lastActivityAt, lastActivitySource, reason } : undefined;
  if (issued) next.warning = { issuedAt: at, plannedStopAt: issued.plannedStopAt };
  if (decision.outcome === 'stop' || decision.outcome === 'skipped') next.warning = undefined;
  const key = idleDecisionKey(decision);
  const previous = idle.lastDecision;
  const changed = previous?.key !== key;
  next.lastDecision = { at, outcome: decision.outcome, reason: decision.reason, since: changed ? at : (previous.since ?? previous.at), code: decision.code, key };
  return { idle: next, cleared, issued, changed };
}

/** The newest of the activity known and the activity seen; `checkedAt` is when it was looked for. */
export function withActivity(idle: IdleState, seen: readonly Activity[], checkedAt: string): IdleState {
  const next: IdleState = { ...idle, lastActivityCheckAt: checkedAt };
  for (const a of seen) {
    if (!next.lastActivityAt || a.at > next.lastActivityAt) {
      next.lastActivityAt = a.at;
      next.lastActivitySource = a.source;
    }
  }
  return next;
}

/**
 * A lab that changed state between two reads is activity (someone started, stopped or wiped it).
 * Labs new since the last read are not: nothing says when they appeared, and the first read knows none.
 */
export function labStateActivity(before: Readonly<Record<string, string>> | undefined, after: Readonly<Record<string, string>>, at: string): Activity | undefined {
  if (before === undefined) return undefined;
  const changed = Object.entries(after).some(([id, state]) => before[id] !== undefined && before[id] !== state);
  return changed ? { at, source: 'lab-state' } : undefined;
}

/** A start through the product is activity, and a fresh start forgets an old warning. */
export function afterStart(idle: IdleState, at: string): IdleState {
  return { ...idle, lastActivityAt: at, lastActivitySource: 'start', warning: undefined };
}

/** Kept running until `until` whatever the activity; a pending warning is lifted (and said so). */
export function snoozed(idle: IdleState, until: Date): { idle: IdleState; liftedWarning: boolean } {
  return { idle: { ...idle, snoozedUntil: until.toISOString(), warning: undefined }, liftedWarning: Boolean(idle.warning) };
}

/** What a worker keeps that observed activity changes. */
export interface ActivityFacts<C extends { labStates?: Record<string, string> }, T extends { labs?: number }> {
  idle: IdleState;
  cml: C;
  telemetry: T;
}

/**
 * Activity seen on the controller, lab state changes included (a lab that changed state is activity):
 * the idle state after it and, with lab states, the lab states and count as now reported.
 */
export function activityObserved<C extends { labStates?: Record<string, string> }, T extends { labs?: number }>(
  facts: ActivityFacts<C, T>,
  input: { latest?: Activity; labStates?: Record<string, string> },
  at: string,
): { set: Partial<ActivityFacts<C, T>> } {
  const { latest, labStates } = input;
  const fromLabs = labStates && labStateActivity(facts.cml.labStates, labStates, at);
  const idle = withActivity(facts.idle, [latest, fromLabs].filter((a) => a !== undefined), at);
  if (!labStates) return { set: { idle } };
  return { set: { idle, cml: { ...facts.cml, labStates }, telemetry: { ...facts.telemetry, labs: Object.keys(labStates).length } } };
}
