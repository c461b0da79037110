/** Formatting shared by the views. Times are shown in the browser's time zone. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 min", "2 h 5 min", "4 d 3 h": a duration in words, rounded to what matters. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.max(0, Math.round(abs / 1000))} s`;
  if (abs < HOUR) return `${Math.round(abs / MINUTE)} min`;
  if (abs < DAY) {
    const h = Math.floor(abs / HOUR);
    const m = Math.round((abs - h * HOUR) / MINUTE);
    return m ? `${h} h ${m} min` : `${h} h`;
  }
  const d = Math.floor(abs / DAY);
  const h = Math.round((abs - d * DAY) / HOUR);
  return h ? `${d} d ${h} h` : `${d} d`;
}

/** "in 5 min" / "5 min ago" relative to `now`. */
export function formatRelative(iso: string | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '—';
  const diff = at - now;
  if (Math.abs(diff) < 5_000) return 'just now';
  return diff > 0 ? `in ${formatDuration(diff)}` : `${formatDuration(diff)} ago`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateTime.format(d);
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : timeOnly.format(d);
}

export function formatPercent(value: number | undefined): string {
  return value === undefined || value === null ? '—' : `${value.toFixed(value < 10 ? 1 : 0)} %`;
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

const gib = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "192 GiB", "0.5 GiB" from MiB, as EC2 reports memory. */
export function formatMemoryMiB(mib: number | undefined): string {
  return mib === undefined || mib === null ? '—' : `${gib.format(mib / 1024)} GiB`;
}
