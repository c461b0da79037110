import { DateTime, IANAZone } from 'luxon';

/** A calendar date, `YYYY-MM-DD`, in some time zone. */
export type LocalDate = string;
/** A wall-clock time, `HH:MM` (`24:00` is the end of a day). */
export type LocalTime = string;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.length > 0 && IANAZone.isValidZone(zone);
}

export function isLocalTime(value: string): boolean {
  return TIME.test(value);
}

export function isLocalDate(value: string): boolean {
  return DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/**
 * The instant a wall-clock time happens on a date in a zone. On the night clocks go forward, a time
 * that does not exist (02:30 in Berlin on the last Sunday of March) is the first instant after the
 * gap (03:00); on the night they go back, a time that happens twice is the first of the two.
 */
export function instantOf(date: LocalDate, time: LocalTime, zone: string): Date {
  const day = DateTime.fromISO(date, { zone });
  const minutes = minutesOf(time);
  const wanted = day.set({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60, second: 0, millisecond: 0 }).plus({ days: minutes >= 1440 ? 1 : 0 });
  const resolved = wanted.toUTC();
  // Luxon moves a time inside a gap forward by the gap's length (02:30 -> 03:30); the gap's end is what a
  // person means by "start at 02:30" on that night.
  const back = resolved.setZone(zone);
  if (back.hour * 60 + back.minute !== minutes % 1440 && back.toISODate() === wanted.toISODate()) {
    return new Date(back.startOf('hour').toMillis());
  }
  // Luxon picks the earlier of two repeated times already.
  return new Date(resolved.toMillis());
}

/** The calendar date of an instant in a zone. */
export function dateIn(instant: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The weekday of a calendar date. */
export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[DateTime.fromISO(date, { zone: 'UTC' }).weekday - 1];
}

/** The date `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** "Fri 6 Dec 18:00 Europe/Berlin": an instant as people of that zone read it, with the zone. */
export function formatIn(instant: Date, zone: string): string {
  return `${DateTime.fromJSDate(instant, { zone }).setLocale('en-GB').toFormat('ccc d LLL HH:mm')} ${zone}`;
}
