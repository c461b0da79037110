/**
 * The time range of the metric charts, as the URL holds it: a preset relative to now
 * (`?range=24h`) or an absolute window (`?from=…&to=…`, ISO 8601, which wins over `range`). Zooming
 * writes an absolute window and keeps `range`, so "Reset zoom" goes back to the preset.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const METRIC_PRESETS = { '1h': HOUR, '6h': 6 * HOUR, '24h': DAY, '7d': 7 * DAY } as const;
export type MetricPreset = keyof typeof METRIC_PRESETS;
export const DEFAULT_PRESET: MetricPreset = '6h';

/** The server refuses a window longer than this (GET /api/workers/{id}/metrics). */
export const MAX_SPAN_MS = 400 * DAY;
/** Zooming stops here: the collection runs every minute or so, so a narrower window shows one point at most. */
export const MIN_SPAN_MS = 2 * MINUTE;

export type MetricRange = { kind: 'preset'; preset: MetricPreset } | { kind: 'window'; preset: MetricPreset; from: number; to: number };

const isPreset = (value: string | null): value is MetricPreset => value !== null && Object.hasOwn(METRIC_PRESETS, value);

/** Reads the range from the URL; a window that the server would refuse falls back to the preset. */
export function rangeFromParams(params: URLSearchParams): MetricRange {
  const preset = isPreset(params.get('range')) ? (params.get('range') as MetricPreset) : DEFAULT_PRESET;
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  if (windowProblem(from, to) === undefined) return { kind: 'window', preset, from, to };
  return { kind: 'preset', preset };
}

/** Writes `range` into a copy of `params`, keeping everything else (the tab, say). */
export function rangeToParams(params: URLSearchParams, range: MetricRange): URLSearchParams {
  const next = new URLSearchParams(params);
  if (range.preset === DEFAULT_PRESET) next.delete('range');
  else next.set('range', range.preset);
  if (range.kind === 'window') {
    next.set('from', new Date(range.from).toISOString());
    next.set('to', new Date(range.to).toISOString());
  } else {
    next.delete('from');
    next.delete('to');
  }
  return next;
}

/** What the server would refuse in a window, in words that say what to fix; undefined when it is fine. */
export function windowProblem(from: number, to: number): string | undefined {
  if (Number.isNaN(from) && Number.isNaN(to)) return 'Enter a start and an end.';
  if (Number.isNaN(from)) return 'Enter a start.';
  if (Number.isNaN(to)) return 'Enter an end.';
  if (from >= to) return 'The start must be before the end.';
  if (to - from > MAX_SPAN_MS) return 'The range can be at most 400 days long.';
  return undefined;
}

/** The from/to to ask the server for, now. */
export function resolveRange(range: MetricRange, now: number): { from: number; to: number } {
  if (range.kind === 'window') return { from: range.from, to: range.to };
  return { from: now - METRIC_PRESETS[range.preset], to: now };
}

/**
 * A window `factor` times as long as [from, to] (0.5 zooms in, 2 out), around `center`, kept
 * between {@link MIN_SPAN_MS} and {@link MAX_SPAN_MS} and not past `now` (there are no samples in the future).
 */
export function zoomWindow(from: number, to: number, factor: number, now: number, center = (from + to) / 2): { from: number; to: number } {
  const span = Math.min(MAX_SPAN_MS, Math.max(MIN_SPAN_MS, (to - from) * factor));
  // The centre keeps its place on the axis, as maps and Grafana zoom.
  const share = to > from ? (center - from) / (to - from) : 0.5;
  let start = center - span * share;
  let end = start + span;
  if (end > now) {
    end = Math.max(now, to);
    start = end - span;
  }
  return { from: Math.round(start), to: Math.round(end) };
}

/** A window selected by dragging across the chart, in order and at least {@link MIN_SPAN_MS} long. */
export function selectedWindow(a: number, b: number): { from: number; to: number } {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  if (to - from >= MIN_SPAN_MS) return { from: Math.round(from), to: Math.round(to) };
  const middle = (from + to) / 2;
  return { from: Math.round(middle - MIN_SPAN_MS / 2), to: Math.round(middle + MIN_SPAN_MS / 2) };
}

/** `YYYY-MM-DDTHH:mm` in the browser's zone, as a datetime-local input shows a moment. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local input's value as a moment in the browser's zone; NaN when empty or malformed. */
export function fromLocalInput(value: string): number {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(value) ? new Date(value).getTime() : Number.NaN;
}
