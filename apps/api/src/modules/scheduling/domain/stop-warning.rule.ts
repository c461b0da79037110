import { formatDuration, formatUtc } from '#kernel';
import type { DesiredPower, PowerDecision } from './desired-state.rule.js';

/** Why the reconciler will stop a running worker: the rule whose end stops it. */
export type StopCause = 'schedule' | 'runtime-limit' | 'reservation';

/** A stop the reconciler will make, and why (the schedule, reservation or limit by name). */
export interface PlannedStop {
  at: Date;
  cause: StopCause;
  /** The schedule, reservation (its purpose) or runtime limit that ends. */
  ruleId?: string;
  ruleName?: string;
  /** The runtime limit reached, hours (cause `runtime-limit`). */
  limitHours?: number;
}

/** Workers the reconciler would stop: what the instance does now (others have nothing to warn about). */
const RUNNING = 'running';

/**
 * The next stop the reconciler will make of a worker running now, from its desired power: the first
 * planned change to `stopped`. Its cause is a reservation when the decision it ends is a reservation
 * (the worker goes back to a closed schedule or past its runtime limit), else the schedule or runtime
 * limit that decides the stop. Undefined when the worker does not run, should already be stopped
 * (the reconciler stops it now), or no such stop is planned (a person's own change or an override is
 * never warned about: a person decided it).
 */
export function plannedStop(desired: DesiredPower, workerStatus: string, runtimeLimitHours?: number): PlannedStop | undefined {
  if (workerStatus !== RUNNING || desired.state === 'stopped') return undefined;
  let before: PowerDecision = desired;
  for (const t of desired.next) {
    if (t.state !== 'stopped') {
      before = t;
      continue;
    }
    if (before.rule.kind === 'reservation') return { at: t.at, cause: 'reservation', ruleId: before.rule.id, ruleName: before.rule.name };
    if (t.rule.kind === 'schedule') return { at: t.at, cause: 'schedule', ruleId: t.rule.id, ruleName: t.rule.name };
    if (t.rule.kind === 'runtime-limit') return { at: t.at, cause: 'runtime-limit', ruleId: t.rule.id, ruleName: t.rule.name, limitHours: runtimeLimitHours };
    return undefined;
  }
  return undefined;
}

/** Whether a planned stop is due a warning at `now`: within `leadMinutes` ahead (0 turns warnings off). */
export function stopWarningDue(stop: PlannedStop | undefined, now: Date, leadMinutes: number): stop is PlannedStop {
  if (!stop || leadMinutes <= 0) return false;
  const ahead = stop.at.getTime() - now.getTime();
  return ahead > 0 && ahead <= leadMinutes * 60_000;
}

/** What ends, in words: `Schedule "Lab hours" ends`, `The runtime limit of 8 h is reached`, `Reservation "CCNA class" ends`. */
export function stopCauseText(stop: Pick<PlannedStop, 'cause' | 'ruleName' | 'limitHours'>): string {
  switch (stop.cause) {
    case 'schedule':
      return stop.ruleName ? `Schedule "${stop.ruleName}" ends` : 'Its schedule window closes';
    case 'reservation':
      return stop.ruleName ? `Reservation "${stop.ruleName}" ends` : 'Its reservation ends';
    case 'runtime-limit':
      return `The runtime limit${stop.limitHours ? ` of ${formatDuration(stop.limitHours * 3_600_000)}` : ''}${stop.ruleName ? ` ("${stop.ruleName}")` : ''} is reached`;
  }
}

/** The warning in one sentence, times in UTC (the timeline's text of `worker.stop-warning-issued`). */
export function stopWarningReason(stop: PlannedStop, now: Date): string {
  return `${stopCauseText(stop)}: stop planned at ${formatUtc(stop.at, now)} unless someone keeps it running.`;
}
