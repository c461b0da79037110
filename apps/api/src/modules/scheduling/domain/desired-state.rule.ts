import { formatDuration, formatUtc } from '#kernel';
import { lastEdge, OPEN_WINDOW_REACH_MS, openWindow, type ScheduleSpec, scheduleWindows } from './schedule.rule.js';
import { formatIn } from './zoned-time.js';

/** What a worker should be doing: running, stopped, or either (nothing asks; idle detection may stop it). */
export type PowerState = 'running' | 'stopped' | 'either';

/** The rule that decided, in precedence order (see ADR 0032 and docs/scheduling.md). */
export type PowerRuleKind = 'reservation' | 'override' | 'schedule' | 'manual' | 'runtime-limit' | 'none';

export interface PowerRule {
  kind: PowerRuleKind;
  /** The reservation, override or schedule that decided. */
  id?: string;
  name?: string;
}

export interface ReservationSpec {
  id: string;
  purpose: string;
  owner: string;
  start: Date;
  end: Date;
}

export type OverrideKind = 'keep-running' | 'keep-stopped';

export interface OverrideSpec {
  id: string;
  kind: OverrideKind;
  until: Date;
  /** Who set it. */
  by: string;
  /** A hard budget's hold (ADR 0043): it comes before reservations too. */
  beforeReservations?: boolean;
}

/** The last start or stop a person asked for (not one the product made). */
export interface ManualChange {
  action: 'start' | 'stop';
  at: Date;
  by: string;
}

export interface PowerInputs {
  /** The schedules that apply to the worker (directly or by a tag selector). */
  schedules: readonly ScheduleSpec[];
  reservations: readonly ReservationSpec[];
  /** How long before a reservation starts the worker is started, so it is ready at the start. */
  leadMinutes: number;
  overrides: readonly OverrideSpec[];
  /** "Stop after N hours running", outside schedule windows and reservations. */
  runtimeLimitHours?: number;
  /** The runtime limit that sets `runtimeLimitHours` (the strictest that applies), named in decisions and stop warnings. */
  runtimeLimit?: { id: string; name: string };
  /** Whether the instance runs (or is starting) now, and since when it runs. */
  running: boolean;
  runningSince?: Date;
  lastManualChange?: ManualChange;
}

export interface PowerDecision {
  state: PowerState;
  rule: PowerRule;
  /** The decision in one sentence. */
  reason: string;
}

export interface PlannedTransition extends PowerDecision {
  at: Date;
}

export interface DesiredPower extends PowerDecision {
  /** When this decision changes next (absent: not within the horizon). */
  until?: Date;
  /** The next few changes of decision, oldest first. */
  next: PlannedTransition[];
}

const HOUR = 3_600_000;
const DEFAULT_HORIZON_MS = 7 * 24 * HOUR;
const MAX_TRANSITIONS = 5;

interface Moment {
  running: boolean;
  runningSince?: Date;
}

/** The reservation that holds the worker at `t`, its warm-up included (the one that ends last). */
function activeReservation(inputs: PowerInputs, t: Date): ReservationSpec | undefined {
  const lead = inputs.leadMinutes * 60_000;
  return inputs.reservations.filter((r) => r.start.getTime() - lead <= t.getTime() && t < r.end).sort((a, b) => b.end.getTime() - a.end.getTime())[0];
}

function activeOverride(inputs: PowerInputs, t: Date): OverrideSpec | undefined {
  return inputs.overrides.filter((o) => t < o.until).sort((a, b) => b.until.getTime() - a.until.getTime())[0];
}

function overrideDecision(override: OverrideSpec, now: Date): PowerDecision {
  const rule: PowerRule = { kind: 'override', id: override.id, name: override.kind };
  const verb = override.kind === 'keep-running' ? 'running' : 'stopped';
  return { state: verb, rule, reason: `${override.by} asked to keep it ${verb} until ${formatUtc(override.until, now)}.` };
}

/** What the schedules want at `t`: running if any window that starts workers is open, stopped if one that stops them is closed. */
function scheduleDecision(inputs: PowerInputs, t: Date): PowerDecision | undefined {
  if (inputs.schedules.length === 0) return undefined;
  let stopping: PowerDecision | undefined;
  let leaving: PowerDecision | undefined;
  for (const s of inputs.schedules) {
    const window = openWindow(s, t);
    const rule: PowerRule = { kind: 'schedule', id: s.id, name: s.name };
    if (window && s.behaviour !== 'stop-only') {
      const endless = window.end.getTime() - t.getTime() >= OPEN_WINDOW_REACH_MS;
      return { state: 'running', rule, reason: endless ? `Schedule "${s.name}" has it running, without a break in the coming week.` : `Schedule "${s.name}" has it running until ${formatIn(window.end, s.timezone)}.` };
    }
    if (!window && s.behaviour !== 'start-only') {
      stopping ??= { state: 'stopped', rule, reason: `Schedule "${s.name}" has it stopped outside its windows${s.holidays.size && isHoliday(s, t) ? ` (today is a holiday in ${s.calendarName ?? 'its calendar'})` : ''}.` };
    } else {
      leaving ??= {
        state: 'either',
        rule,
        reason: window ? `Schedule "${s.name}" only stops it, when its window closes at ${formatIn(window.end, s.timezone)}.` : `Schedule "${s.name}" only starts it, when a window opens; it never stops it.`,
      };
    }
  }
  return stopping ?? leaving;
}

function isHoliday(s: ScheduleSpec, t: Date): boolean {
  const windows = scheduleWindows({ ...s, holidays: new Set() }, new Date(t.getTime() - 86_400_000), new Date(t.getTime() + 1));
  return windows.some((w) => w.start <= t && t < w.end && s.holidays.has(w.date));
}

/**
 * The desired power state of a worker at instant `t`, by precedence: a hard budget's hold (ADR
 * 0043) > a reservation (with its warm-up) > an override > a schedule (where a person's start or stop since the schedule's last
 * window edge is respected until its next one) > the runtime limit > nothing (either; idle
 * detection may stop an idle worker).
 */
export function decideAt(inputs: PowerInputs, t: Date, moment: Moment, now: Date = t): PowerDecision {
  const override = activeOverride(inputs, t);
  if (override?.beforeReservations) return overrideDecision(override, now);
  const reservation = activeReservation(inputs, t);
  if (reservation) {
    const rule: PowerRule = { kind: 'reservation', id: reservation.id, name: reservation.purpose };
    const what = `"${reservation.purpose}" (reserved by ${reservation.owner}, ${formatUtc(reservation.start, now)} to ${formatUtc(reservation.end, now)})`;
    return t < reservation.start
      ? { state: 'running', rule, reason: `Warming up for ${what}: started ${formatDuration(inputs.leadMinutes * 60_000)} early so it is ready at the start.` }
      : { state: 'running', rule, reason: `Reserved for ${what}.` };
  }
  if (override) return overrideDecision(override, now);

  const scheduled = scheduleDecision(inputs, t);
  const limit = runtimeLimit(inputs, t, moment, now);
  const manual = inputs.lastManualChange;
  if (scheduled && scheduled.state !== 'either' && manual && manual.at <= t && manualStillRespected(inputs, manual, t)) {
    const wanted: PowerState = manual.action === 'start' ? 'running' : 'stopped';
    if (wanted !== scheduled.state) {
      // A runtime limit still stops a worker a person started outside the windows.
      if (wanted === 'running' && limit) return limit;
      return {
        state: wanted,
        rule: { kind: 'manual' },
        reason: `${manual.by} ${manual.action === 'start' ? 'started' : 'stopped'} it at ${formatUtc(manual.at, now)}, outside what the schedules say; that holds until a schedule's next window opens or closes.`,
      };
    }
  }
  if (scheduled && scheduled.state !== 'either') return scheduled;
  if (limit) return limit;
  if (scheduled) return scheduled;
  return { state: 'either', rule: { kind: 'none' }, reason: 'No schedule, reservation or override applies: it runs or stays stopped as people leave it, and idle detection may stop it.' };
}

/** A person's change is respected while no window edge of any schedule came after it. */
function manualStillRespected(inputs: PowerInputs, manual: ManualChange, t: Date): boolean {
  return inputs.schedules.every((s) => {
    const edge = lastEdge(s, t);
    return !edge || edge <= manual.at;
  });
}

function runtimeLimit(inputs: PowerInputs, t: Date, moment: Moment, now: Date): PowerDecision | undefined {
  if (!inputs.runtimeLimitHours || !moment.running || !moment.runningSince) return undefined;
  const reachedAt = new Date(moment.runningSince.getTime() + inputs.runtimeLimitHours * HOUR);
  if (t < reachedAt) return undefined;
  return {
    state: 'stopped',
    rule: { kind: 'runtime-limit', ...(inputs.runtimeLimit && { id: inputs.runtimeLimit.id, name: inputs.runtimeLimit.name }) },
    reason: `It has run since ${formatUtc(moment.runningSince, now)}, longer than the ${formatDuration(inputs.runtimeLimitHours * HOUR)} runtime limit, outside any schedule window or reservation.`,
  };
}

const sameDecision = (a: PowerDecision, b: PowerDecision) => a.state === b.state && a.rule.kind === b.rule.kind && a.rule.id === b.rule.id;

/** Instants at which a decision can change, after `from` and up to `to`. */
function edges(inputs: PowerInputs, from: Date, to: Date): Date[] {
  const lead = inputs.leadMinutes * 60_000;
  const all = [
    ...inputs.reservations.flatMap((r) => [new Date(r.start.getTime() - lead), r.end]),
    ...inputs.overrides.map((o) => o.until),
    ...inputs.schedules.flatMap((s) => scheduleWindows(s, from, to).flatMap((w) => [w.start, w.end])),
  ];
  return all.filter((d) => d > from && d <= to);
}

/**
 * The single source of truth for a worker's power: what it should be doing now, the rule that
 * decided, until when, and the next few changes (assuming the worker follows its desired state).
 */
export function desiredPower(inputs: PowerInputs, now: Date, horizonMs = DEFAULT_HORIZON_MS): DesiredPower {
  const to = new Date(now.getTime() + horizonMs);
  let moment: Moment = { running: inputs.running, runningSince: inputs.running ? (inputs.runningSince ?? now) : undefined };
  const current = decideAt(inputs, now, moment, now);
  const candidates = edges(inputs, now, to);
  if (inputs.runtimeLimitHours && moment.runningSince) candidates.push(new Date(moment.runningSince.getTime() + inputs.runtimeLimitHours * HOUR));
  const next: PlannedTransition[] = [];
  let previous = current;
  const seen = new Set<number>();
  for (;;) {
    const pending = candidates.filter((c) => c > now && c <= to && !seen.has(c.getTime())).sort((a, b) => a.getTime() - b.getTime());
    const at = pending[0];
    if (!at || next.length >= MAX_TRANSITIONS) break;
    seen.add(at.getTime());
    const decision = decideAt(inputs, at, moment, now);
    if (!sameDecision(decision, previous)) {
      next.push({ at, ...decision });
      previous = decision;
    }
    // Assume the worker follows what it should do: that decides when a runtime limit would come.
    if (decision.state === 'running' && !moment.running) {
      moment = { running: true, runningSince: at };
      if (inputs.runtimeLimitHours) candidates.push(new Date(at.getTime() + inputs.runtimeLimitHours * HOUR));
    } else if (decision.state === 'stopped') {
      moment = { running: false };
    }
  }
  return { ...current, until: next[0]?.at, next };
}

/** A stretch of time with one decision. */
export interface PlannedSegment extends PowerDecision {
  start: Date;
  end: Date;
}

/**
 * The decisions over [from, to) as segments (for the fleet timeline): evaluated at every edge a
 * rule has in the range, assuming the worker follows its desired state from `from` on.
 */
export function powerPlan(inputs: PowerInputs, from: Date, to: Date): PlannedSegment[] {
  const points = [from, ...edges(inputs, from, to).filter((e) => e < to)].sort((a, b) => a.getTime() - b.getTime());
  let moment: Moment = { running: inputs.running, runningSince: inputs.running ? (inputs.runningSince ?? from) : undefined };
  const segments: PlannedSegment[] = [];
  for (const [i, at] of points.entries()) {
    if (i > 0 && at.getTime() === points[i - 1].getTime()) continue;
    const decision = decideAt(inputs, at, moment, from);
    const last = segments.at(-1);
    if (last && sameDecision(last, decision)) continue;
    if (last) last.end = at;
    segments.push({ ...decision, start: at, end: to });
    if (decision.state === 'running' && !moment.running) moment = { running: true, runningSince: at };
    else if (decision.state === 'stopped') moment = { running: false };
  }
  return segments;
}
