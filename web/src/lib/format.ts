/**
 * Formatting shared by the views, through `Intl` in the browser's locale (numbers, currency,
 * percent, bytes, dates and relative times read as the person expects), every figure with its
 * unit. Times are shown in the browser's time zone.
 */

let locale: string | undefined;
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

/** Fixes the locale (tests use 'en'); undefined is the browser's. */
export function setFormatLocale(next: string | undefined): void {
  locale = next;
  formatters.clear();
}

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(kind: string, options: object, make: (l: string | undefined) => T): T {
  const key = `${kind}|${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make(locale);
    formatters.set(key, f);
  }
  return f;
}

const numberFormat = (options: Intl.NumberFormatOptions) => cached('n', options, (l) => new Intl.NumberFormat(l, options));
const dateFormat = (options: Intl.DateTimeFormatOptions) => cached('d', options, (l) => new Intl.DateTimeFormat(l, options));
const relativeFormat = () => cached('r', {}, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto', style: 'long' }));
const pluralRules = () => cached('p', {}, (l) => new Intl.PluralRules(l));

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

/**
 * "in 5 minutes" / "5 minutes ago" / "now" relative to `now`, in the browser's language
 * (Intl.RelativeTimeFormat), in the largest unit that is at least one; the exact time belongs in a title.
 */
export function formatRelative(iso: string | undefined, now: number = Date.now(), direction: TimeDirection = 'any'): string {
  if (!iso) return '—';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '—';
  const diff = at - now;
  const rtf = relativeFormat();
  if (Math.abs(diff) < 5_000) return rtf.format(0, 'second');
  // The browser's clock and the server's disagree by a few seconds, and a shared ticker lags a render.
  if (direction === 'past' && diff > 0) return rtf.format(0, 'second');
  if (direction === 'future' && diff < 0) return rtf.format(0, 'second');
  const abs = Math.abs(diff);
  const sign = Math.sign(diff);
  // Rounded first, so 59.6 s reads "1 minute", never "60 seconds".
  const seconds = Math.round(abs / 1000);
  if (seconds < 60) return rtf.format(sign * seconds, 'second');
  const minutes = Math.round(abs / MINUTE);
  if (minutes < 60) return rtf.format(sign * minutes, 'minute');
  const hours = Math.round(abs / HOUR);
  if (hours < 24) return rtf.format(sign * hours, 'hour');
  return rtf.format(sign * Math.round(abs / DAY), 'day');
}

const decimal1 = { format: (n: number) => numberFormat({ maximumFractionDigits: 1 }).format(n) };
const integer = { format: (n: number) => numberFormat({ maximumFractionDigits: 0 }).format(n) };

/** A number for people: grouped ("12,345"), at most `fractionDigits` decimals. */
export function formatNumber(value: number, fractionDigits = 2): string {
  return numberFormat({ maximumFractionDigits: fractionDigits }).format(value);
}

/** A percentage given as 0–100: "35.2%" (en), "35,2 %" (de). */
export function formatPercent(value: number | null | undefined, fractionDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat({ style: 'unit', unit: 'percent', maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * A count with its noun, singular or plural as the number asks: "1 node", "1,204 nodes". The noun
 * is English (the console's words are), the number and the plural rule are the browser's.
 */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat({ maximumFractionDigits: 0 }).format(value)} ${pluralRules().select(value) === 'one' ? singular : plural}`;
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

const dateTime = { format: (d: Date) => dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(d) };
const timeOnly = { format: (d: Date) => dateFormat({ timeStyle: 'short' }).format(d) };

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d);
}

const timestamp = { format: (d: Date) => dateFormat({ hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }).format(d) };
const dateTimeSeconds = { format: (d: Date) => dateFormat({ month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }).format(d) };
const fullTimestamp = { format: (d: Date) => dateFormat({ dateStyle: 'full', timeStyle: 'long' }).format(d) };
const day = { format: (d: Date) => dateFormat({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(d) };
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

/** "512 byte", "1.5 kB", "3.2 MB", "1.1 GB" (binary multiples, as file sizes are counted), in the browser's words. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return numberFormat({ style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(value);
}

// AWS bills in US dollars: the currency is fixed, its writing ("$1,240.50", "1.240,50 $") is the browser's.
const usdWhole = { format: (n: number) => numberFormat({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n) };
const usdSmall = { format: (n: number) => numberFormat({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(n) };

/** "$4.08 / h", "$0.0104 / h": cents for a dollar or more, up to four decimals below (small types would all read $0.01). */
export function formatUsdPerHour(usd: number): string {
  return `${(usd >= 1 ? usdWhole : usdSmall).format(usd)} / h`;
}

const usdDollars = { format: (n: number) => numberFormat({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(n) };

/**
 * An amount of US dollars: "$1,240.50"; `whole` rounds to dollars ("$1,241") for chart axes and
 * bars where cents are noise. Null (an unknown figure) is "—".
 */
export function formatUsd(usd: number | null | undefined, { whole = false } = {}): string {
  if (usd === null || usd === undefined || !Number.isFinite(usd)) return '—';
  return (whole ? usdDollars : usdWhole).format(usd);
}

const monthName = { format: (d: Date) => dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d) };

/** A UTC calendar month (`YYYY-MM`, as the cost API names them): "December 2026". */
export function formatMonth(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : monthName.format(d);
}

const hours1 = decimal1;

/** Decimal hours with their unit: "12.5 h", "0 h". */
export function formatHours(hours: number): string {
  return `${hours1.format(hours)} h`;
}

const gib = { format: (n: number) => numberFormat({ maximumFractionDigits: 2 }).format(n) };

/** "192 GiB", "0.5 GiB" from MiB, as EC2 reports memory. */
export function formatMemoryMiB(mib: number | undefined): string {
  return mib === undefined || mib === null ? '—' : `${gib.format(mib / 1024)} GiB`;
}

/**
 * A moment on a chart's time axis, as short as the range allows: "14:05" within a day, "Dec 3, 14:05"
 * beyond (the browser's locale and zone); `seconds` adds the seconds, for a crosshair's reading.
 */
export function formatChartTime(ms: number, { withDate = false, seconds = false } = {}): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), ...(withDate ? { month: 'short', day: 'numeric' } : {}) };
  return dateFormat(options).format(new Date(ms));
}

/** The browser's time zone ("Europe/Paris"), for the title of a time axis. */
export function browserTimeZone(): string {
  return dateFormat({}).resolvedOptions().timeZone;
}
