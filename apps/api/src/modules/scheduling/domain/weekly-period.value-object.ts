import { addDays, dateIn, instantOf, isLocalTime, type LocalDate, type LocalTime, minutesOf, type Weekday, WEEKDAYS, weekdayOf } from './zoned-time.js';

/**
 * A weekly period: on these days, from `start` to `end`, wall-clock time of the schedule's zone.
 * An `end` at or before `start` ends on the next day (22:00-06:00 runs over midnight); the days
 * are the days a period starts on.
 */
export interface WeeklyPeriod {
  days: Weekday[];
  start: LocalTime;
  end: LocalTime;
}

/** One occurrence of a period: a window in time. */
export interface Window {
  start: Date;
  end: Date;
  /** The date (in the schedule's zone) the window starts on. */
  date: LocalDate;
}

const WEEK = 7 * 1440;

/** What is wrong with a period, in words that say what to fix; undefined when it is fine. */
export function periodProblem(p: WeeklyPeriod, index: number): string | undefined {
  const which = `period ${index + 1}`;
  if (!Array.isArray(p.days) || p.days.length === 0) return `${which} has no days: give at least one of ${WEEKDAYS.join(', ')}`;
  const unknown = p.days.filter((d) => !WEEKDAYS.includes(d));
  if (unknown.length) return `${which} has unknown days ${unknown.join(', ')}: use ${WEEKDAYS.join(', ')}`;
  if (new Set(p.days).size !== p.days.length) return `${which} names a day twice`;
  if (!isLocalTime(p.start) || p.start === '24:00') return `${which} starts at "${p.start}": give a time HH:MM from 00:00 to 23:59`;
  if (!isLocalTime(p.end)) return `${which} ends at "${p.end}": give a time HH:MM from 00:00 to 24:00`;
  if (p.start === p.end) return `${which} starts and ends at ${p.start}: a period must last`;
  return undefined;
}

/** Minutes from Monday 00:00 of the week, for every occurrence of the period ([start, end), may pass the week's end). */
function weekSpans(p: WeeklyPeriod): [number, number][] {
  const start = minutesOf(p.start);
  const end = minutesOf(p.end);
  const length = end > start ? end - start : end + 1440 - start;
  return p.days.map((d) => {
    const s = WEEKDAYS.indexOf(d) * 1440 + start;
    return [s, s + length];
  });
}

/** The first two periods of a schedule that overlap (on the same day or over midnight), if any. */
export function overlappingPeriods(periods: WeeklyPeriod[]): [number, number] | undefined {
  const spans = periods.flatMap((p, i) => weekSpans(p).map(([s, e]) => ({ i, s, e })));
  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      if (spans[a].i === spans[b].i && spans[a].s === spans[b].s) continue;
      // Compare on a circle: a period running over Sunday midnight meets Monday's.
      for (const shift of [0, WEEK, -WEEK]) {
        if (spans[a].s < spans[b].e + shift && spans[b].s + shift < spans[a].e) return [spans[a].i, spans[b].i].sort((x, y) => x - y) as [number, number];
      }
    }
  }
  return undefined;
}

/**
 * The windows of a period that overlap [from, to), in the zone, skipping occurrences that start on a
 * skipped date (a holiday). Daylight-saving changes move the instants, never the wall-clock times.
 */
export function windowsOf(p: WeeklyPeriod, zone: string, from: Date, to: Date, skip: ReadonlySet<LocalDate> = new Set()): Window[] {
  const out: Window[] = [];
  // A window that started the day before `from` may still be open.
  for (let date = addDays(dateIn(from, zone), -1); ; date = addDays(date, 1)) {
    const start = instantOf(date, p.start, zone);
    if (start >= to) break;
    if (!p.days.includes(weekdayOf(date)) || skip.has(date)) continue;
    const endDate = minutesOf(p.end) > minutesOf(p.start) ? date : addDays(date, 1);
    const end = p.end === '24:00' ? instantOf(addDays(date, 1), '00:00', zone) : instantOf(endDate, p.end, zone);
    if (end > from) out.push({ start, end, date });
  }
  return out;
}
