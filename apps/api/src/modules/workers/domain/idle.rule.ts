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
  /** The last manual start (a start is activity, and opens the grace period). */
  startedAt?: string;
  /** "Keep running until" (snooze). */
  keepRunningUntil?: string;
  /** A pending warning: the planned stop time. */
  warning?: { issuedAt: string; plannedStopAt: string };
}

export interface IdleDecision {
  outcome: IdleOutcome;
  /** The decision in words, as people read it in the console. */
  reason: string;
  idleMinutes?: number;
  lastActivityAt?: string;
  lastActivitySource?: ActivitySource;
  /** Set with `warn` (and repeated while a warning is pending). */
  plannedStopAt?: string;
  /** True when activity since the warning lifts it. */
  clearsWarning?: boolean;
}

const minutesBetween = (a: Date, b: Date) => Math.floor((a.getTime() - b.getTime()) / 60_000);
const at = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Decides whether an idle worker keeps running, is warned, or is stopped. CPU is not activity:
 * running nodes keep a CPU busy with nobody there. Never stops a worker that detection does not
 * cover, that is snoozed, or that was started manually within the grace period; a stop always
 * follows a warning whose planned time has come, with no activity since.
 */
export function decideIdle(input: IdleInput): IdleDecision {
  const { now } = input;
  if (input.status !== 'running') return { outcome: 'skipped', reason: `Not running (${input.status}); nothing to stop.` };
  if (!input.fleetEnabled) return { outcome: 'skipped', reason: 'Idle detection is turned off for the fleet (IDLE_DETECTION_ENABLED=false).' };
  if (!input.workerEnabled) return { outcome: 'skipped', reason: 'Idle detection is turned off for this worker.' };

  const candidates: { at: Date; source: ActivitySource }[] = [];
  if (input.lastActivityAt) candidates.push({ at: new Date(input.lastActivityAt), source: input.lastActivitySource ?? 'cml-telemetry' });
  if (input.startedAt) candidates.push({ at: new Date(input.startedAt), source: 'start' });
  const last = candidates.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  const base = { lastActivityAt: last?.at.toISOString(), lastActivitySource: last?.source };
  const idleMinutes = last ? Math.max(0, minutesBetween(now, last.at)) : undefined;

  if (input.keepRunningUntil && new Date(input.keepRunningUntil) > now) {
    return { outcome: 'keep', reason: `Kept running until ${at(new Date(input.keepRunningUntil))} (snoozed).`, idleMinutes, ...base, clearsWarning: Boolean(input.warning) };
  }
  if (input.startedAt) {
    const graceEnds = new Date(new Date(input.startedAt).getTime() + input.startGraceMinutes * 60_000);
    if (graceEnds > now) {
      return { outcome: 'keep', reason: `Started manually at ${at(new Date(input.startedAt))}; never stopped before ${at(graceEnds)} (${input.startGraceMinutes} min grace).`, idleMinutes, ...base, clearsWarning: Boolean(input.warning) };
    }
  }
  if (idleMinutes === undefined) return { outcome: 'keep', reason: 'No activity has been seen yet; waiting for the first observation.', ...base };

  if (input.warning && last && last.at > new Date(input.warning.issuedAt)) {
    return { outcome: 'keep', reason: `Activity (${last.source}) at ${at(last.at)} after the warning; the planned stop is cancelled.`, idleMinutes, ...base, clearsWarning: true };
  }
  if (idleMinutes < input.timeoutMinutes) {
    return { outcome: 'keep', reason: `Last activity ${idleMinutes} min ago (${last!.source}); the idle timeout is ${input.timeoutMinutes} min.`, idleMinutes, ...base };
  }
  if (!input.warning) {
    const plannedStopAt = new Date(now.getTime() + input.warningLeadMinutes * 60_000).toISOString();
    return {
      outcome: 'warn',
      reason: `Idle for ${idleMinutes} min (timeout ${input.timeoutMinutes} min, last activity: ${last!.source}); it will be stopped at ${at(new Date(plannedStopAt))} unless someone uses or snoozes it.`,
      idleMinutes,
      plannedStopAt,
      ...base,
    };
  }
  if (new Date(input.warning.plannedStopAt) > now) {
    return { outcome: 'keep', reason: `Idle for ${idleMinutes} min; stop planned at ${at(new Date(input.warning.plannedStopAt))}.`, idleMinutes, plannedStopAt: input.warning.plannedStopAt, ...base };
  }
  return {
    outcome: 'stop',
    reason: `Stopped after ${idleMinutes} min without activity (timeout ${input.timeoutMinutes} min, last activity: ${last!.source} at ${at(last!.at)}); warned at ${at(new Date(input.warning.issuedAt))}.`,
    idleMinutes,
    ...base,
  };
}
