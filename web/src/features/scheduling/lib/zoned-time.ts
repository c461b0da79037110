/** Times shown in the viewer's zone, with a rule's own zone beside them where the two differ. */

export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDate}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...(withDate ? { weekday: 'short', day: 'numeric', month: 'short' } : {}), hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
    formatters.set(key, f);
  }
  return f;
}

/** Whether two zones show the same wall-clock time at `at` (Europe/Berlin and Europe/Paris do). */
function sameOffset(a: string, b: string, at: Date): boolean {
  const hm = (tz: string) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
  return a === b || hm(a) === hm(b);
}

/**
 * "Tue 8 Dec, 08:00 CET" in the viewer's zone; with `ruleZone` differing at that moment, the same
 * instant in the rule's zone follows: "Tue 8 Dec, 02:00 EST (08:00 CET in Europe/Berlin)".
 */
export function formatZoned(iso: string, { ruleZone, viewerZone = viewerTimeZone() }: { ruleZone?: string; viewerZone?: string } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const mine = formatter(viewerZone, true).format(d);
  if (!ruleZone || sameOffset(ruleZone, viewerZone, d)) return mine;
  return `${mine} (${formatter(ruleZone, false).format(d)} in ${ruleZone})`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an `<input type="datetime-local">` for an instant, in the viewer's zone. */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant an `<input type="datetime-local">` value names in the viewer's zone, as ISO 8601; undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** "3 h", "45 min", "1 h 30 min": a length of time with its unit. */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}
