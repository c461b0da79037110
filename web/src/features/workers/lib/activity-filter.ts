import type { EventPayload } from '../../../lib/event-payload';

/** How far back the activity page looks: a preset relative to now, everything, or an absolute from/to. */
export const RANGE_PRESETS = [
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: '30d', label: 'Last 30 days', ms: 30 * 86_400_000 },
  { value: 'all', label: 'Any time', ms: undefined },
  { value: 'custom', label: 'Between two times', ms: undefined },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['value'];
const DEFAULT_RANGE: RangePreset = '7d';

/** The activity page's filter, as its URL carries it (deep links): empty strings mean "any". */
export interface ActivityFilter {
  worker: string;
  /** An event type, or a family's prefix such as `worker.*`. */
  type: string;
  actor: string;
  range: RangePreset;
  /** ISO 8601 (UTC), only with `range` custom; either end may be open. */
  from: string;
  to: string;
}

/** The server's limit on `actor` (GET /api/events). */
export const ACTOR_MAX_LENGTH = 200;

// A record over every event type the API publishes: the compiler refuses a type missing from the picker.
const FAMILY_OF: { readonly [T in EventPayload['type']]: string } = {
  'worker.provisioning-requested': 'worker',
  'worker.provisioning-failed': 'worker',
  'worker.imported': 'worker',
  'worker.instance-assigned': 'worker',
  'worker.status-changed': 'worker',
  'worker.instance-updated': 'worker',
  'worker.endpoint-changed': 'worker',
  'worker.tags-changed': 'worker',
  'worker.renamed': 'worker',
  'worker.status-checks-changed': 'worker',
  'worker.volumes-changed': 'worker',
  'worker.idle-detection-changed': 'worker',
  'worker.terminated': 'worker',
  'worker.license-registration-requested': 'worker',
  'worker.license-registration-finished': 'worker',
  'worker.license-deregistration-requested': 'worker',
  'worker.license-deregistration-finished': 'worker',
  'worker.service-status-changed': 'worker',
  'worker.cml-info-changed': 'worker',
  'worker.telemetry-changed': 'worker',
  'worker.unregistered': 'worker',
  'worker.idle-warning-issued': 'worker',
  'worker.idle-warning-cleared': 'worker',
  'worker.idle-snoozed': 'worker',
  'worker.idle-timeout-changed': 'worker',
  'worker.owner-changed': 'worker',
  'worker.override-set': 'worker',
  'worker.override-cleared': 'worker',
  'worker.desired-power-changed': 'worker',
  'worker.power-held': 'worker',
  'worker.stop-warning-issued': 'worker',
  'worker.capacity-attempted': 'worker',
  'worker.capacity-fallback-failed': 'worker',
  'worker.power-operation-finished': 'worker',
  'worker.license-release-failed': 'worker',
  'worker.instance-type-restored': 'worker',
  'lab.discovered': 'lab',
  'lab.updated': 'lab',
  'lab.state-changed': 'lab',
  'lab.removed': 'lab',
  'lab.imported': 'lab',
  'lab.deleted': 'lab',
  'schedule.saved': 'schedule',
  'schedule.deleted': 'schedule',
  'holiday-calendar.saved': 'schedule',
  'holiday-calendar.deleted': 'schedule',
  'runtime-limit.saved': 'schedule',
  'runtime-limit.deleted': 'schedule',
  'reservation.created': 'reservation',
  'reservation.cancelled': 'reservation',
  'system.started': 'system',
  'notification.created': 'notification',
  'cost.price-changed': 'cost',
  'cost.discount-changed': 'cost',
  'budget.created': 'budget',
  'budget.changed': 'budget',
  'budget.deleted': 'budget',
  'budget.threshold-crossed': 'budget',
  'budget.limit-enforced': 'budget',
  'settings.changed': 'settings',
};

const FAMILY_LABELS: Record<string, string> = {
  worker: 'Workers',
  lab: 'Labs',
  schedule: 'Schedules, calendars and limits',
  reservation: 'Reservations',
  budget: 'Budgets',
  cost: 'Prices',
  notification: 'Notifications',
  settings: 'Settings',
  system: 'The product',
};

export interface EventFamily {
  family: string;
  label: string;
  /** `worker.*`: every type of the family ('' when the family has no one prefix). */
  prefix: string;
  types: string[];
}

/** The event types grouped by family (the picker's option groups), in a stable order. */
export const EVENT_FAMILIES: EventFamily[] = Object.keys(FAMILY_LABELS).map((family) => ({
  family,
  label: FAMILY_LABELS[family],
  // Schedules gather calendars and runtime limits too: their exact types, not one prefix.
  prefix: family === 'schedule' ? '' : `${family}.*`,
  types: Object.keys(FAMILY_OF)
    .filter((t) => FAMILY_OF[t as keyof typeof FAMILY_OF] === family)
    .sort(),
}));

const KNOWN_TYPES = new Set([...Object.keys(FAMILY_OF), ...EVENT_FAMILIES.map((f) => f.prefix).filter(Boolean)]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isTime = (v: string) => v !== '' && !Number.isNaN(Date.parse(v));

/** The filter a URL asks for; what the console cannot use (a malformed id, an unknown type) is left out rather than sent. */
export function parseActivityFilter(params: URLSearchParams): ActivityFilter {
  const worker = params.get('worker') ?? '';
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const absolute = isTime(from) || isTime(to);
  const asked = params.get('range');
  const range: RangePreset = absolute ? 'custom' : (RANGE_PRESETS.find((p) => p.value === asked && p.value !== 'custom')?.value ?? DEFAULT_RANGE);
  return {
    worker: UUID.test(worker) ? worker.toLowerCase() : '',
    type: KNOWN_TYPES.has(type) ? type : '',
    actor: (params.get('actor') ?? '').trim().slice(0, ACTOR_MAX_LENGTH),
    range,
    from: absolute && isTime(from) ? new Date(from).toISOString() : '',
    to: absolute && isTime(to) ? new Date(to).toISOString() : '',
  };
}

/** The URL's search parameters for a filter (the default range is left out, so plain /activity stays plain). */
export function activitySearchParams(f: ActivityFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.worker) p.set('worker', f.worker);
  if (f.type) p.set('type', f.type);
  if (f.actor.trim()) p.set('actor', f.actor.trim());
  if (f.range === 'custom') {
    if (f.from) p.set('from', f.from);
    if (f.to) p.set('to', f.to);
  } else if (f.range !== DEFAULT_RANGE) p.set('range', f.range);
  return p;
}

/** What GET /api/events (and its CSV) is asked: a relative range becomes `from` at `now`. */
export function eventQueryOf(f: ActivityFilter, now: number): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.worker) q.workerIds = f.worker;
  if (f.type) q.types = f.type;
  if (f.actor.trim()) q.actor = f.actor.trim();
  const preset = RANGE_PRESETS.find((p) => p.value === f.range);
  if (preset?.ms !== undefined) q.from = new Date(now - preset.ms).toISOString();
  if (f.range === 'custom') {
    if (f.from) q.from = f.from;
    if (f.to) q.to = f.to;
  }
  return q;
}

export interface FilterProblem {
  field: 'actor' | 'from' | 'to';
  message: string;
}

/** What the server would refuse, said before asking it (the same rules as GET /api/events). */
export function activityFilterProblems(f: { actor: string; range: RangePreset; from: string; to: string }): FilterProblem[] {
  const problems: FilterProblem[] = [];
  if (f.actor.trim().length > ACTOR_MAX_LENGTH) problems.push({ field: 'actor', message: `An actor is at most ${ACTOR_MAX_LENGTH} characters.` });
  if (f.range === 'custom') {
    if (f.from && !isTime(f.from)) problems.push({ field: 'from', message: 'Enter a date and time.' });
    if (f.to && !isTime(f.to)) problems.push({ field: 'to', message: 'Enter a date and time.' });
    if (isTime(f.from) && isTime(f.to) && Date.parse(f.from) > Date.parse(f.to)) problems.push({ field: 'to', message: '"To" must not be before "From".' });
  }
  return problems;
}

/** The value of an `<input type="datetime-local">` for an ISO time, in the browser's zone. */
export function toLocalInput(iso: string): string {
  if (!isTime(iso)) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An `<input type="datetime-local">` value (the browser's zone) as ISO 8601 UTC; '' when empty or unreadable. */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}
