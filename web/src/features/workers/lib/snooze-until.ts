/** The server's furthest snooze: 7 days from now (SnoozeDto `until`). */
export const SNOOZE_MAX_MS = 7 * 24 * 3_600_000;

/** A `datetime-local` value (local time, minutes) for an instant. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Why a chosen "keep running until" time would be refused, or undefined; `value` is a `datetime-local` value. */
export function snoozeUntilProblem(value: string, now: number): string | undefined {
  if (!value) return 'Choose a date and time.';
  const at = new Date(value).getTime();
  if (Number.isNaN(at)) return 'Not a date and time.';
  if (at <= now) return 'Choose a time in the future.';
  if (at - now > SNOOZE_MAX_MS) return 'At most 7 days ahead.';
  return undefined;
}
