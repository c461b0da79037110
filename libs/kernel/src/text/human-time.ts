/**
 * Times and durations in text people read later: stored reasons, the audit timeline, e-mails. The
 * reader's time zone is unknown when the text is written, so times are UTC and say so ("10:01 UTC");
 * the console shows the structured fields beside the text in the viewer's zone. The console's
 * `formatDuration` (web/src/lib/format.ts) words durations the same way: both run
 * `duration-wording.cases.json`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "45 s", "12 min", "1 h", "1 h 18 min", "1 d 3 h": rounded to the unit that matters, never "60 min". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const seconds = Math.round(abs / SECOND);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(abs / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const hours = Math.round(abs / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** A whole number of minutes worded as `formatDuration` words it ("60" -> "1 h"). */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day in UTC as people read it: "12 Dec 2026". */
export function formatUtcDate(at: Date | string): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A time in UTC as people read it, relative to `now` for how much date it needs: "10:01 UTC" on
 * the same UTC day, "26 Nov 10:01 UTC" on another day, "26 Nov 2027 10:01 UTC" in another year.
 */
export function formatUtc(at: Date | string, now: Date): string {
  const d = typeof at === 'string' ? new Date(at) : at;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  if (sameYear && d.getUTCMonth() === now.getUTCMonth() && d.getUTCDate() === now.getUTCDate()) return time;
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return sameYear ? `${day} ${time}` : `${day} ${d.getUTCFullYear()} ${time}`;
}
