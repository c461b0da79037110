import { formatMinutes, formatUtc } from '#kernel';

/** Where the last human activity on a worker was seen. */
export type ActivitySource = 'cml-telemetry' | 'lab-event' | 'lab-state' | 'start' | 'import' | 'created';

export type IdleOutcome = 'keep' | 'warn' | 'stop' | 'skipped';

export interface IdleInput {
  now: Date;
  status: string;
  fleetEnabled: boolean;
  workerEnabled: boolean;
  timeoutMinutes: number;
  /** Minutes after a manual start during which a worker is never stopped. */
  startGraceMinutes: number;
  warningLeadMinutes: number;
  lastActivityAt?: string;
  lastActivitySource?: ActivitySource;
  /** The last start asked of the product (a start is activity, and opens the grace period). */
  startedAt?: string;
  /** Who asked for that start: a person, an API client, or the product itself (the power reconciler). */
  startedBy?: { kind: string; name: string };
  /** "Keep running until" (snooze). */
  keepRunningUntil?: string;
  /** A reservation or keep-running override the power reconciler holds the worker running for (power-record.value-object.ts). */
  protection?: { reason: string; until?: string };
  /** A pending warning: the planned stop time. */
  warning?: { issuedAt: string; plannedStopAt: string };
}

/**
 * What a decision rests on, as a stable code (the text may change, the code does not). The
 * console words a decision from its code and fields in the viewer's time zone; `reason` is the
 * same in words, with UTC times, for the timeline, logs and e-mails.
 */
export type IdleReasonCode =
  | 'not-running'
  | 'fleet-disabled'
  | 'worker-disabled'
  | 'snoozed'
  | 'power-protected'
  | 'start-grace'
  | 'no-activity-yet'
  | 'activity-after-warning'
  | 'active'
  | 'idle-warning'
  | 'warning-pending'
  | 'idle-stop';

export interface IdleDecision {
  outcome: IdleOutcome;
  code: IdleReasonCode;
  /** The decision in words, as people read it in the timeline or an e-mail: durations as the console words them, times in UTC ("10:01 UTC"). */
  reason: string;
  /** Whole minutes since the last activity. */
  idleMinutes?: number;
  lastActivityAt?: string;
  lastActivitySource?: ActivitySource;
  /** The idle timeout that applied, minutes (unset when detection does not cover the worker). */
  timeoutMinutes?: number;
  /** When the worker will be idle, and warned, if nothing happens (keep decisions). */
  idleFrom?: string;
  /** The end of the snooze (`snoozed`), of the start grace period (`start-grace`) or of the reservation or override (`power-protected`). */
  until?: string;
  /** Set with `warn` (and repeated while a warning is pending). */
  plannedStopAt?: string;
  /** When the pending warning was issued (`warning-pending`, `idle-stop`). */
  warnedAt?: string;
  /** True when activity since the warning lifts it. */
  clearsWarning?: boolean;
}

/** How stored text names where activity was seen (the console uses the same words). */
export const ACTIVITY_SOURCE_WORDS: Record<ActivitySource, string> = {
  'cml-telemetry': 'CML user activity',
  'lab-event': 'lab event',
  'lab-state': 'lab state change',
  start: 'started',
  import: 'imported',
  created: 'created',
};

const MINUTE = 60_000;
/** "by ada ", "by the power reconciler " (the product's own jobs in words), or nothing when unknown. */
const startedByWords = (by: IdleInput['startedBy']) => (!by ? '' : by.kind === 'system' ? `by the ${by.name.replace(/-/g, ' ')} ` : `by ${by.name} `);
const minutesBetween = (a: Date, b: Date) => Math.floor((a.getTime() - b.getTime()) / MINUTE);
const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * Decides whether an idle worker keeps running, is warned, or is stopped. CPU is not activity:
 * running nodes keep a CPU busy with nobody there. Never stops a worker that detection does not
 * cover, that is inside a reservation or a keep-running override, that is snoozed, or that was
 * started (by a person or the power reconciler) within the grace period; a stop always
 * follows a warning whose planned time has come, with no activity since.
 */
export function decideIdle(input: IdleInput): IdleDecision {
  const { now } = input;
  const at = (d: Date | string) => formatUtc(d, now);
  if (input.status !== 'running') return { outcome: 'skipped', code: 'not-running', reason: `Not running (${input.status}); nothing to stop.` };
  if (!input.fleetEnabled) return { outcome: 'skipped', code: 'fleet-disabled', reason: 'Idle detection is turned off for the fleet (IDLE_DETECTION_ENABLED=false).' };
  if (!input.workerEnabled) return { outcome: 'skipped', code: 'worker-disabled', reason: 'Idle detection is turned off for this worker.' };

  const timeoutMinutes = input.timeoutMinutes;
  const timeout = formatMinutes(timeoutMinutes);
  const candidates: { at: Date; source: ActivitySource }[] = [];
  if (input.lastActivityAt) candidates.push({ at: new Date(input.lastActivityAt), source: input.lastActivitySource ?? 'cml-telemetry' });
  if (input.startedAt) candidates.push({ at: new Date(input.startedAt), source: 'start' });
  const last = candidates.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  const idleMinutes = last ? Math.max(0, minutesBetween(now, last.at)) : undefined;
  const idleAt = last ? new Date(last.at.getTime() + timeoutMinutes * MINUTE) : undefined;
  const base = { lastActivityAt: last?.at.toISOString(), lastActivitySource: last?.source, idleMinutes, timeoutMinutes };
  const words = last && ACTIVITY_SOURCE_WORDS[last.source];
  const ago = idleMinutes === undefined ? '' : idleMinutes < 1 ? 'less than 1 min ago' : `${formatMinutes(idleMinutes)} ago`;
  const idleFromText = (from: Date) => `idle from ${at(from)} if nothing happens`;

  if (input.protection) {
    const until = input.protection.until;
    const idleFrom = idleAt && until ? later(idleAt, new Date(until)) : undefined;
    return { outcome: 'keep', code: 'power-protected', reason: input.protection.reason, ...base, until, idleFrom: idleFrom?.toISOString(), clearsWarning: Boolean(input.warning) };
  }
  if (input.keepRunningUntil && new Date(input.keepRunningUntil) > now) {
    const until = new Date(input.keepRunningUntil);
    const idleFrom = idleAt && later(idleAt, until);
    return {
      outcome: 'keep',
      code: 'snoozed',
      reason: `Snoozed: kept running until ${at(until)}${idleFrom && idleFrom > until ? `; ${idleFromText(idleFrom)}` : ''}.`,
      ...base,
      until: until.toISOString(),
      idleFrom: idleFrom?.toISOString(),
      clearsWarning: Boolean(input.warning),
    };
  }
  if (input.startedAt) {
    const started = new Date(input.startedAt);
    const graceEnds = new Date(started.getTime() + input.startGraceMinutes * MINUTE);
    if (graceEnds > now) {
      const idleFrom = idleAt && later(idleAt, graceEnds);
      return {
        outcome: 'keep',
        code: 'start-grace',
        reason: `Started ${startedByWords(input.startedBy)}at ${at(started)}; never stopped before ${at(graceEnds)} (${formatMinutes(input.startGraceMinutes)} start grace)${idleFrom && idleFrom > graceEnds ? `; ${idleFromText(idleFrom)}` : ''}.`,
        ...base,
        until: graceEnds.toISOString(),
        idleFrom: idleFrom?.toISOString(),
        clearsWarning: Boolean(input.warning),
      };
    }
  }
  if (!last || !idleAt || idleMinutes === undefined) return { outcome: 'keep', code: 'no-activity-yet', reason: 'No activity has been seen yet; waiting for the first observation.', ...base };

  if (input.warning && last.at > new Date(input.warning.issuedAt)) {
    return {
      outcome: 'keep',
      code: 'activity-after-warning',
      reason: `Activity at ${at(last.at)} (${words}) after the warning; the planned stop is cancelled.`,
      ...base,
      idleFrom: idleAt.toISOString(),
      clearsWarning: true,
    };
  }
  if (idleMinutes < timeoutMinutes) {
    return {
      outcome: 'keep',
      code: 'active',
      reason: `Last activity ${ago} at ${at(last.at)} (${words}); ${idleFromText(idleAt)} (idle timeout ${timeout}).`,
      ...base,
      idleFrom: idleAt.toISOString(),
    };
  }
  if (!input.warning) {
    const plannedStopAt = new Date(now.getTime() + input.warningLeadMinutes * MINUTE);
    return {
      outcome: 'warn',
      code: 'idle-warning',
      reason: `Idle for ${formatMinutes(idleMinutes)} (timeout ${timeout}, last activity at ${at(last.at)}: ${words}); it will be stopped at ${at(plannedStopAt)} unless someone uses or snoozes it.`,
      ...base,
      plannedStopAt: plannedStopAt.toISOString(),
    };
  }
  if (new Date(input.warning.plannedStopAt) > now) {
    return {
      outcome: 'keep',
      code: 'warning-pending',
      reason: `Idle for ${formatMinutes(idleMinutes)} (timeout ${timeout}); warned at ${at(input.warning.issuedAt)}, stop planned at ${at(input.warning.plannedStopAt)}.`,
      ...base,
      plannedStopAt: input.warning.plannedStopAt,
      warnedAt: input.warning.issuedAt,
    };
  }
  return {
    outcome: 'stop',
    code: 'idle-stop',
    reason: `Stopped after ${formatMinutes(idleMinutes)} without activity (timeout ${timeout}, last activity at ${at(last.at)}: ${words}); warned at ${at(input.warning.issuedAt)}.`,
    ...base,
    warnedAt: input.warning.issuedAt,
  };
}

/**
 * What makes two decisions the same decision: the reason's code and the fact it rests on, not the
 * minutes that pass. "keep, active" stays one decision while the minutes since the last activity
 * grow; a new snooze, a new timeout, a new warning or another reason is a new one. A warning and the
 * minutes it is pending are one decision. Only a change of decision is recorded.
 */
export function idleDecisionKey(d: Pick<IdleDecision, 'code' | 'reason' | 'timeoutMinutes' | 'until' | 'plannedStopAt' | 'warnedAt' | 'lastActivityAt'>): string {
  switch (d.code) {
    case 'snoozed':
    case 'start-grace':
      return `${d.code}:${d.until}`;
    case 'power-protected':
      return `${d.code}:${d.until}:${d.reason}`;
    case 'active':
    case 'no-activity-yet':
      return `${d.code}:${d.timeoutMinutes}`;
    case 'idle-warning':
    case 'warning-pending':
      return `warning:${d.plannedStopAt}`;
    case 'idle-stop':
      return `${d.code}:${d.warnedAt}`;
    case 'activity-after-warning':
      return `${d.code}:${d.lastActivityAt}`;
    default:
      // Skipped: the text says all there is (the status, which switch is off) and does not move.
      return `${d.code}:${d.reason}`;
  }
}
