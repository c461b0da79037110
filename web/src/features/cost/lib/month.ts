/** Months as the cost API names them: `YYYY-MM`, in UTC. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The month (UTC) of a moment, now by default. */
export function monthOf(at: number = Date.now()): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month `delta` months from `month`. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return monthOf(d.getTime());
}

const dayShort = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

export { formatMonth } from '../../../lib/format';

/** "Dec 2" (a UTC day, `YYYY-MM-DD`); `long` adds the weekday: "Wed, Dec 2". */
export function formatCostDay(day: string, long = false): string {
  return (long ? dayLong : dayShort).format(new Date(`${day}T00:00:00Z`));
}
