import { overlappingPeriods, periodProblem, type WeeklyPeriod, type Window, windowsOf } from './weekly-period.value-object.js';
import { isTimeZone, type LocalDate } from './zoned-time.js';

/**
 * What a schedule does at its windows' edges: `start-stop` starts the worker when a window opens
 * and stops it when it closes; `start-only` only starts it (it is never stopped by the schedule);
 * `stop-only` only stops it when a window closes (it is never started by the schedule).
 */
export type ScheduleBehaviour = 'start-stop' | 'start-only' | 'stop-only';
export const SCHEDULE_BEHAVIOURS: readonly ScheduleBehaviour[] = ['start-stop', 'start-only', 'stop-only'];

/** A schedule as the decision needs it: its periods in its zone, and the dates it skips. */
export interface ScheduleSpec {
  id: string;
  name: string;
  timezone: string;
  periods: WeeklyPeriod[];
  behaviour: ScheduleBehaviour;
  /** Dates (in the schedule's zone) whose windows are skipped: the holiday calendar's. */
  holidays: ReadonlySet<LocalDate>;
  /** The calendar's name, for reasons. */
  calendarName?: string;
}

/** Everything wrong with a schedule's definition, each saying what to fix. */
export function scheduleProblems(input: { name?: string; timezone?: string; periods?: WeeklyPeriod[]; behaviour?: string }): string[] {
  const problems: string[] = [];
  if (!input.name?.trim()) problems.push('name: give the schedule a name');
  if (!input.timezone || !isTimeZone(input.timezone)) problems.push(`timezone: "${input.timezone ?? ''}" is not an IANA time zone; use one such as Europe/Berlin, America/New_York or UTC`);
  if (input.behaviour !== undefined && !SCHEDULE_BEHAVIOURS.includes(input.behaviour as ScheduleBehaviour)) problems.push(`behaviour: use one of ${SCHEDULE_BEHAVIOURS.join(', ')}`);
  const periods = input.periods ?? [];
  if (periods.length === 0) problems.push('periods: give at least one weekly period (days, start, end)');
  periods.forEach((p, i) => {
    const problem = periodProblem(p, i);
    if (problem) problems.push(`periods: ${problem}`);
  });
  if (problems.length === 0) {
    const overlap = overlappingPeriods(periods);
    if (overlap) problems.push(`periods: period ${overlap[0] + 1} and period ${overlap[1] + 1} overlap; merge them or move one`);
  }
  return problems;
}

/**
 * The windows of all the schedule's periods that overlap [from, to), oldest first. Windows that
 * follow each other without a gap (Monday 00:00-24:00, then Tuesday 00:00-24:00) are one window:
 * the worker runs through, and the edge between them is no edge.
 */
export function scheduleWindows(s: ScheduleSpec, from: Date, to: Date): Window[] {
  const sorted = s.periods.flatMap((p) => windowsOf(p, s.timezone, from, to, s.holidays)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Window[] = [];
  for (const w of sorted) {
    const last = merged.at(-1);
    if (last && w.start.getTime() <= last.end.getTime()) {
      if (w.end > last.end) merged[merged.length - 1] = { ...last, end: w.end };
    } else merged.push(w);
  }
  return merged;
}

/** How far ahead `openWindow` follows windows that continue one another. */
export const OPEN_WINDOW_REACH_MS = 8 * 86_400_000;

/**
 * The window open at `at`, if any, with its real end: followed across windows that continue one
 * another, up to `OPEN_WINDOW_REACH_MS` ahead (an end that far is "no end in sight").
 */
export function openWindow(s: ScheduleSpec, at: Date): Window | undefined {
  const open = scheduleWindows(s, at, new Date(at.getTime() + 1)).find((w) => w.start <= at && at < w.end);
  if (!open) return undefined;
  const reach = at.getTime() + OPEN_WINDOW_REACH_MS;
  let end = open.end;
  while (end.getTime() < reach) {
    const next = scheduleWindows(s, end, new Date(end.getTime() + 1)).find((w) => w.start <= end && end < w.end);
    if (!next) break;
    end = next.end;
  }
  return { ...open, end };
}

/** The last window edge (an opening or a closing) at or before `at`, looking back at most a week. */
export function lastEdge(s: ScheduleSpec, at: Date): Date | undefined {
  const windows = scheduleWindows(s, new Date(at.getTime() - 8 * 86_400_000), new Date(at.getTime() + 1));
  const edges = windows.flatMap((w) => [w.start, w.end]).filter((e) => e <= at);
  return edges.sort((a, b) => b.getTime() - a.getTime())[0];
}

/** The next window edge after `at`, looking ahead at most `withinMs`. */
export function nextEdge(s: ScheduleSpec, at: Date, withinMs = 8 * 86_400_000): Date | undefined {
  const windows = scheduleWindows(s, at, new Date(at.getTime() + withinMs));
  const edges = windows.flatMap((w) => [w.start, w.end]).filter((e) => e > at);
  return edges.sort((a, b) => a.getTime() - b.getTime())[0];
}
