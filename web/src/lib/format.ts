/** Formatting shared by the views. Times are shown in the browser's time zone. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "45 s", "12 min", "1 h", "1 h 18 min", "4 d 3 h": a duration in words, rounded to the unit that
 * matters (never "60 min" or "1 h 60 min"). The server words stored reasons the same way
 * (`libs/kernel/src/text/human-time.ts`); both run `duration-wording.cases.json`.
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  const seconds = Math.round(abs / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(abs / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < DAY / MINUTE) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const hours = Math.round(abs / HOUR);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${d} d ${h} h` : `${d} d`;
}

/**
 * What a relative time is about: `past` for what the server observed or recorded (it cannot lie in
 * the future, so a timestamp a little ahead of the browser's clock reads "just now"), `future` for
 * what is planned (a moment overdue reads "now"), `any` for neither.
 */
export type TimeDirection = 'past' | 'future' | 'any';

/** "in 5 min" / "5 min ago" relative to `now`. */
export function formatRelative(iso: string | undefined, now: number = Date.now(), direction: TimeDirection = 'any'): string {
  if (!iso) return '—';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '—';
  const diff = at - now;
  if (Math.abs(diff) < 5_000) return 'just now';
  // The browser's clock and the server's disagree by a few seconds, and a shared ticker lags a render.
  if (direction === 'past' && diff > 0) return 'just now';
  if (direction === 'future' && diff < 0) return 'now';
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`;
}

const decimal1 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** A number for people: grouped ("12,345"), at most `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits = 2): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * How long something took, precise where it is short: "40 ms", "0.2 s", "2.3 s", "23 s", then as
 * {@link formatDuration} ("3 min").
 */
export function formatElapsed(ms: number): string {
  const abs = Math.max(0, ms);
  if (abs < 100) return `${integer.format(abs)} ms`;
  if (abs < 10_000) return `${decimal1.format(abs / 1000)} s`;
  if (abs < MINUTE) return `${integer.format(abs / 1000)} s`;
  return formatDuration(abs);
}

/** A duration in seconds, always with its unit, for steps people compare: "0.4 s", "12 s", "245 s". */
export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  return `${seconds < 10 ? decimal1.format(seconds) : integer.format(seconds)} s`;
}

/** Milliseconds as they were measured: "149 ms", "12,300 ms". */
export function formatMilliseconds(ms: number): string {
  return `${integer.format(ms)} ms`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d);
}

const timestamp = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' });
const dateTimeSeconds = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' });
const fullTimestamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });
const day = new Intl.DateTimeFormat(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const dayKey = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

const valid = (iso: string | undefined): Date | undefined => {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
};

/** To the second, with the time zone: "14:03:27 CET" (records whose order matters, such as the audit timeline). */
export function formatTimestamp(iso: string | undefined): string {
  const d = valid(iso);
  return d ? timestamp.format(d) : '—';
}

/** Day and time to the second, with the time zone: "Nov 25, 14:03:27 CET". */
export function formatDateTimeSeconds(iso: string | undefined): string {
  const d = valid(iso);
  return d ? dateTimeSeconds.format(d) : '—';
}

/** Everything about a moment: "Wednesday, 25 November 2026 at 14:03:27 CET" (for a title). */
export function formatFullTimestamp(iso: string | undefined): string {
  const d = valid(iso);
  return d ? fullTimestamp.format(d) : '—';
}

/** The day of a moment: "Wednesday, 25 November 2026". */
export function formatDay(iso: string | undefined): string {
  const d = valid(iso);
  return d ? day.format(d) : '—';
}

/** The browser-local calendar day of a moment, for grouping ("2026-11-25"). */
export function localDayOf(iso: string): string {
  const d = valid(iso);
  return d ? dayKey.format(d) : '';
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : timeOnly.format(d);
}

/** A time of day when it falls on the same local day as `reference` ("13:05"), else with its date. */
export function formatTimeNear(iso: string | undefined, reference: number): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return d.toDateString() === new Date(reference).toDateString() ? timeOnly.format(d) : dateTime.format(d);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdSmall = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** "$4.08 / h", "$0.0104 / h": cents for a dollar or more, up to four decimals below (small types would all read $0.01). */
export function formatUsdPerHour(usd: number): string {
  return `${(usd >= 1 ? usdWhole : usdSmall).format(usd)} / h`;
}

const usdDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/**
 * An amount of US dollars: "$1,240.50"; `whole` rounds to dollars ("$1,241") for chart axes and
 * bars where cents are noise. Null (an unknown figure) is "—".
 */
export function formatUsd(usd: number | null | undefined, { whole = false } = {}): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return '—';
  return (whole ? usdDollars : usdWhole).format(usd);
}

const monthName = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A UTC calendar month (`YYYY-MM`, as the cost API names them): "December 2026". */
export function formatMonth(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : monthName.format(d);
}

const hours1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Decimal hours with their unit: "12.5 h", "0 h". */
export function formatHours(hours: number): string {
  return `${hours1.format(hours)} h`;
}

const gib = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "192 GiB", "0.5 GiB" from MiB, as EC2 reports memory. */
export function formatMemoryMiB(mib: number | undefined): string {
  return mib === undefined || mib === null ? '—' : `${gib.format(mib / 1024)} GiB`;
}
