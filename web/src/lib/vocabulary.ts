import { formatElapsed, formatMilliseconds, formatNumber } from './format';

/**
 * The console's one vocabulary: what the API's codes (licence states, EC2 check results, job
 * figures ...) are called on screen, with their units. Views show these words; the raw code goes in
 * a title for support, never in the text. Add a code here, not in a view.
 */

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'secondary' | 'light';

/** A code in words, with the badge tone it deserves and, for support, the raw code. */
export interface Term {
  text: string;
  tone: Tone;
  title?: string;
}

/** "NOT_REGISTERED" → "not registered", "cmlCallsPerRunningWorker" → "cml calls per running worker": the fallback for codes not listed. */
export function humanize(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
}

// --- Licence -------------------------------------------------------------------------------------

/** Smart Licensing registration states as CML reports them. */
const LICENCE: Record<string, Term> = {
  COMPLETED: { text: 'licensed', tone: 'success' },
  REGISTERED: { text: 'licensed', tone: 'success' },
  NOT_REGISTERED: { text: 'not registered', tone: 'warning' },
  IN_PROGRESS: { text: 'registering…', tone: 'info' },
  RETRY_IN_PROGRESS: { text: 'registering… (retrying)', tone: 'info' },
  FAILED: { text: 'registration failed', tone: 'danger' },
  RETRY_FAILED: { text: 'registration failed', tone: 'danger' },
  EXPIRED: { text: 'registration expired', tone: 'danger' },
  EVAL: { text: 'evaluation', tone: 'warning' },
  EVAL_EXPIRED: { text: 'evaluation expired', tone: 'danger' },
};

/**
 * The licence of a controller in one word set, wherever it is shown: "licensed", "not registered",
 * "registering…", "registration failed". Undefined when nothing is known (never read, or no controller).
 */
export function describeLicence(cml: { licensed?: boolean; licenseStatus?: string }): Term | undefined {
  const code = cml.licenseStatus?.trim();
  const title = code ? `The controller reports ${code}` : undefined;
  if (cml.licensed) return { text: 'licensed', tone: 'success', title };
  if (!code) return cml.licensed === false ? { text: 'not licensed', tone: 'warning' } : undefined;
  const known = LICENCE[code.toUpperCase()];
  // "Registered" while the controller says it is not licensed: show the doubt rather than a green badge.
  if (known?.tone === 'success') return { text: 'registered, not licensed', tone: 'warning', title };
  return { ...(known ?? { text: humanize(code), tone: 'secondary' }), title };
}

// --- EC2 status checks ---------------------------------------------------------------------------

const CHECKS: Record<string, Term> = {
  ok: { text: 'passed', tone: 'success' },
  impaired: { text: 'failed (impaired)', tone: 'danger' },
  initializing: { text: 'initializing', tone: 'info' },
  'insufficient-data': { text: 'not enough data yet', tone: 'secondary' },
};

/**
 * An EC2 status check result. EC2 checks only running instances: for any other status the result
 * is neutral ("not checked while stopped"), not a warning, whatever EC2 says.
 */
export function describeStatusCheck(value: string | undefined, workerStatus: string): Term | undefined {
  if (!value) return undefined;
  const title = `EC2 reports ${value}`;
  if (workerStatus !== 'running' && value !== 'impaired') return { text: `not checked while ${humanize(workerStatus)}`, tone: 'light', title };
  if (value === 'not-applicable') return { text: 'not checked', tone: 'light', title };
  return { ...(CHECKS[value] ?? { text: humanize(value), tone: 'secondary' }), title };
}

// --- Endpoint sources ----------------------------------------------------------------------------

const ENDPOINT_SOURCES: Record<string, string> = {
  override: 'the endpoint override',
  tag: 'the cml-endpoint tag',
  'public-ip': 'the public IP',
  'private-ip': 'the private IP',
  none: 'nowhere',
};

/** Where a worker's controller address comes from, in words ("the public IP"). */
export function describeEndpointSource(source: string | undefined): string {
  return source ? (ENDPOINT_SOURCES[source] ?? humanize(source)) : '—';
}

// --- Job figures ---------------------------------------------------------------------------------

type Unit = 'count' | 'ms' | 'ratio' | 'percent' | 'seconds';

/** The figures jobs report (`JobRun.summary`), by key: label and unit. */
const JOB_FIGURES: Record<string, { label: string; unit: Unit }> = {
  // metrics-collection
  regions: { label: 'regions', unit: 'count' },
  regionsDescribed: { label: 'regions read in full', unit: 'count' },
  workers: { label: 'workers', unit: 'count' },
  running: { label: 'running workers', unit: 'count' },
  cmlAvailable: { label: 'controllers answering', unit: 'count' },
  cmlUnavailable: { label: 'controllers not answering', unit: 'count' },
  eventsEmitted: { label: 'events', unit: 'count' },
  samples: { label: 'metric samples', unit: 'count' },
  awsCalls: { label: 'AWS calls', unit: 'count' },
  cmlCalls: { label: 'CML calls', unit: 'count' },
  cmlCallsPerRunningWorker: { label: 'CML calls per running worker', unit: 'ratio' },
  durationMs: { label: 'cycle time', unit: 'ms' },
  // idle-detection
  evaluated: { label: 'workers evaluated', unit: 'count' },
  kept: { label: 'kept running', unit: 'count' },
  warned: { label: 'warned', unit: 'count' },
  stopped: { label: 'stopped', unit: 'count' },
  skipped: { label: 'skipped', unit: 'count' },
  // lab-sync
  created: { label: 'new labs', unit: 'count' },
  updated: { label: 'changed labs', unit: 'count' },
  removed: { label: 'labs gone', unit: 'count' },
  unchanged: { label: 'labs unchanged', unit: 'count' },
  failed: { label: 'failed', unit: 'count' },
  // auto-import
  found: { label: 'instances found', unit: 'count' },
  imported: { label: 'imported', unit: 'count' },
};

/** Unlisted keys get their unit from their suffix (`…Ms`, `…Percent`, `…Seconds`). */
function figureOf(key: string): { label: string; unit: Unit } {
  const known = JOB_FIGURES[key];
  if (known) return known;
  const suffix = /^(.+?)(Ms|Percent|Seconds)$/.exec(key);
  if (suffix) return { label: humanize(suffix[1]), unit: suffix[2] === 'Ms' ? 'ms' : suffix[2] === 'Percent' ? 'percent' : 'seconds' };
  return { label: humanize(key), unit: 'count' };
}

function formatFigure(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return formatMilliseconds(value);
    case 'seconds':
      return formatElapsed(value * 1000);
    case 'percent':
      return `${formatNumber(value, 1)} %`;
    case 'ratio':
      return formatNumber(value, 2);
    default:
      return formatNumber(value, 0);
  }
}

export interface JobFigure {
  key: string;
  label: string;
  value: string;
  title?: string;
}

/**
 * A job run's figures for people: labels instead of keys, units on every number, lists as their
 * count (the items in the title). Nested objects (per-region or per-phase breakdowns) are left out.
 */
export function describeJobFigures(summary: Record<string, unknown> | undefined, omit: readonly string[] = []): JobFigure[] {
  const figures: JobFigure[] = [];
  for (const [key, raw] of Object.entries(summary ?? {})) {
    if (omit.includes(key)) continue;
    const { label, unit } = figureOf(key);
    if (typeof raw === 'number') figures.push({ key, label, value: formatFigure(raw, unit) });
    else if (typeof raw === 'boolean') figures.push({ key, label, value: raw ? 'yes' : 'no' });
    else if (typeof raw === 'string') figures.push({ key, label, value: raw });
    else if (Array.isArray(raw)) {
      // `imported` lists instance ids, `errors` messages: the count is the figure, the items its detail.
      if (raw.length > 0 || key !== 'errors') figures.push({ key, label, value: formatNumber(raw.length, 0), title: raw.length ? raw.map(String).join('\n') : undefined });
    }
  }
  return figures;
}

// --- Job runs --------------------------------------------------------------------------------------

const TRIGGERS: Record<string, string> = { schedule: 'scheduled', manual: 'run now' };

/** Why a job ran: "scheduled" or "run now". */
export function describeTrigger(trigger: string): string {
  return TRIGGERS[trigger] ?? humanize(trigger);
}
