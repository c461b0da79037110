import type { AppConfig } from '../../../config/app-config.js';
import { VARIABLES, type VariableName } from '../../../config/config.schema.js';

/** The console's sections of the settings page. */
export type SettingSection = 'idle' | 'collection' | 'provisioning' | 'policies';
/** How a value is written in JSON: a switch, a whole number, a text, a list of texts, or region -> text. */
export type SettingKind = 'boolean' | 'integer' | 'string' | 'string-list' | 'region-map';
export type SettingUnit = 'seconds' | 'minutes' | 'hours';

/** One setting an admin may change at run time, and where its effective value lives in the configuration. */
export interface SettingDefinition {
  name: string;
  /** The environment variable that gives its default (and is validated the same way). */
  variable: VariableName;
  section: SettingSection;
  label: string;
  description: string;
  kind: SettingKind;
  unit?: SettingUnit;
  /** Bounds of an integer (those of the variable). */
  min?: number;
  max?: number;
  /** The job whose interval it is (GET /api/jobs). */
  job?: string;
  read(config: AppConfig): unknown;
  write(config: AppConfig, value: unknown): void;
}

type Def = Omit<SettingDefinition, 'description'> & { description?: string };

const n = (v: unknown) => v as number;
const s = (v: unknown) => v as string;
const opt = (v: unknown) => (v ?? undefined) as string | undefined;
const arr = (v: unknown) => [...((v as string[] | undefined) ?? [])];

const DEFS: Def[] = [
  // --- idle detection (the earlier product's idle_detection)
  { name: 'idleDetectionEnabled', variable: 'IDLE_DETECTION_ENABLED', section: 'idle', label: 'Idle detection', kind: 'boolean', read: (c) => c.jobs.idle.enabled, write: (c, v) => void (c.jobs.idle.enabled = v as boolean) },
  { name: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', section: 'idle', label: 'Idle timeout', kind: 'integer', unit: 'minutes', min: 1, max: 10080, read: (c) => c.jobs.idle.timeoutMinutes, write: (c, v) => void (c.jobs.idle.timeoutMinutes = n(v)) },
  { name: 'idleWarningLeadMinutes', variable: 'IDLE_WARNING_LEAD_MINUTES', section: 'idle', label: 'Idle warning ahead of the stop', kind: 'integer', unit: 'minutes', min: 0, max: 1440, read: (c) => c.jobs.idle.warningLeadMinutes, write: (c, v) => void (c.jobs.idle.warningLeadMinutes = n(v)) },
  { name: 'idleStartGraceMinutes', variable: 'IDLE_START_GRACE_MINUTES', section: 'idle', label: 'Grace after a manual start', kind: 'integer', unit: 'minutes', min: 0, max: 10080, read: (c) => c.jobs.idle.startGraceMinutes, write: (c, v) => void (c.jobs.idle.startGraceMinutes = n(v)) },
  // --- collection intervals (the earlier product's monitoring poll interval)
  { name: 'metricsIntervalSeconds', variable: 'WORKER_METRICS_INTERVAL_SECONDS', section: 'collection', label: 'Metrics collection', job: 'metrics-collection', kind: 'integer', unit: 'seconds', min: 1, max: 86400, read: (c) => c.jobs.metricsIntervalSeconds, write: (c, v) => void (c.jobs.metricsIntervalSeconds = n(v)) },
  { name: 'labSyncIntervalSeconds', variable: 'LAB_SYNC_INTERVAL_SECONDS', section: 'collection', label: 'Lab sync', job: 'lab-sync', kind: 'integer', unit: 'seconds', min: 1, max: 86400, read: (c) => c.jobs.labSyncIntervalSeconds, write: (c, v) => void (c.jobs.labSyncIntervalSeconds = n(v)) },
  { name: 'idleCheckIntervalSeconds', variable: 'IDLE_CHECK_INTERVAL_SECONDS', section: 'collection', label: 'Idle evaluation', job: 'idle-detection', kind: 'integer', unit: 'seconds', min: 1, max: 86400, read: (c) => c.jobs.idle.checkIntervalSeconds, write: (c, v) => void (c.jobs.idle.checkIntervalSeconds = n(v)) },
  { name: 'volumeInventoryIntervalSeconds', variable: 'VOLUME_INVENTORY_INTERVAL_SECONDS', section: 'collection', label: 'Volume inventory', job: 'volume-inventory', kind: 'integer', unit: 'seconds', min: 60, max: 86400, read: (c) => c.jobs.volumeInventoryIntervalSeconds, write: (c, v) => void (c.jobs.volumeInventoryIntervalSeconds = n(v)) },
  { name: 'powerReconcileIntervalSeconds', variable: 'POWER_RECONCILE_INTERVAL_SECONDS', section: 'collection', label: 'Power reconciler', job: 'power-reconciler', kind: 'integer', unit: 'seconds', min: 10, max: 3600, read: (c) => c.scheduling.reconcileIntervalSeconds, write: (c, v) => void (c.scheduling.reconcileIntervalSeconds = n(v)) },
  { name: 'costMeterIntervalSeconds', variable: 'COST_METER_INTERVAL_SECONDS', section: 'collection', label: 'Cost meter', job: 'cost-meter', kind: 'integer', unit: 'seconds', min: 10, max: 3600, read: (c) => c.cost.meterIntervalSeconds, write: (c, v) => void (c.cost.meterIntervalSeconds = n(v)) },
  // --- provisioning defaults (the earlier product's worker_provisioning)
  { name: 'defaultInstanceType', variable: 'WORKER_DEFAULT_INSTANCE_TYPE', section: 'provisioning', label: 'Instance type', kind: 'string', read: (c) => c.workers.defaultInstanceType, write: (c, v) => void (c.workers.defaultInstanceType = s(v)) },
  { name: 'defaultAmiName', variable: 'WORKER_DEFAULT_AMI_NAME', section: 'provisioning', label: 'AMI name pattern', kind: 'string', read: (c) => c.workers.defaultAmiName ?? null, write: (c, v) => void (c.workers.defaultAmiName = opt(v)) },
  { name: 'defaultAmiIds', variable: 'WORKER_DEFAULT_AMI_IDS', section: 'provisioning', label: 'AMI ids per region', kind: 'region-map', read: (c) => ({ ...c.workers.defaultAmiIds }), write: (c, v) => void (c.workers.defaultAmiIds = { ...((v as Record<string, string> | null) ?? {}) }) },
  { name: 'subnetId', variable: 'WORKER_SUBNET_ID', section: 'provisioning', label: 'Subnet', kind: 'string', read: (c) => c.workers.subnetId ?? null, write: (c, v) => void (c.workers.subnetId = opt(v)) },
  { name: 'securityGroupIds', variable: 'WORKER_SECURITY_GROUP_IDS', section: 'provisioning', label: 'Security groups', kind: 'string-list', read: (c) => [...c.workers.securityGroupIds], write: (c, v) => void (c.workers.securityGroupIds = arr(v)) },
  { name: 'keyName', variable: 'WORKER_KEY_NAME', section: 'provisioning', label: 'Key pair', kind: 'string', read: (c) => c.workers.keyName ?? null, write: (c, v) => void (c.workers.keyName = opt(v)) },
  // --- policies of the scheduling, stop/start and cost work
  { name: 'stopWarningLeadMinutes', variable: 'SCHEDULE_STOP_WARNING_LEAD_MINUTES', section: 'policies', label: 'Stop warning ahead of a scheduled stop', kind: 'integer', unit: 'minutes', min: 0, max: 1440, read: (c) => c.scheduling.stopWarningLeadMinutes, write: (c, v) => void (c.scheduling.stopWarningLeadMinutes = n(v)) },
  { name: 'capacityFallbackInstanceTypes', variable: 'WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES', section: 'policies', label: 'Capacity fallback instance types', kind: 'string-list', read: (c) => [...c.workers.capacityFallback.instanceTypes], write: (c, v) => void (c.workers.capacityFallback.instanceTypes = arr(v)) },
  { name: 'costSavingCapHours', variable: 'COST_SAVING_CAP_HOURS', section: 'policies', label: 'Saving cap of an automatic stop', kind: 'integer', unit: 'hours', min: 1, max: 744, read: (c) => c.cost.savingCapHours, write: (c, v) => void (c.cost.savingCapHours = n(v)) },
];

/** Every runtime setting, in display order; the description is the environment variable's. */
export const SETTINGS: readonly SettingDefinition[] = DEFS.map((d) => ({ ...d, description: d.description ?? VARIABLES[d.variable].description }));

export const SETTING_NAMES = SETTINGS.map((d) => d.name);

export function settingNamed(name: string): SettingDefinition | undefined {
  return SETTINGS.find((d) => d.name === name);
}

const KIND_HINT: Record<SettingKind, string> = {
  boolean: 'true or false',
  integer: 'a whole number',
  string: 'a text',
  'string-list': 'a list of texts, e.g. ["a", "b"]',
  'region-map': 'an object of region -> id, e.g. {"us-east-1": "ami-0123456789abcdef0"}',
};

/** The value written the way the environment variable would be (so both are checked by one schema). */
function asEnvironmentText(def: SettingDefinition, value: unknown): string | undefined {
  switch (def.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? String(value) : undefined;
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '' && !v.includes(',')) ? value.join(',') : undefined;
    case 'region-map':
      return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.entries(value).every(([k, v]) => typeof v === 'string' && !`${k}${v}`.includes(',') && !`${k}${v}`.includes('='))
        ? Object.entries(value as Record<string, string>).map(([k, v]) => `${k}=${v}`).join(',')
        : undefined;
  }
}

function rangeHint(def: SettingDefinition): string {
  return def.min !== undefined ? `a whole number of ${def.unit ?? 'units'} from ${def.min} to ${def.max}` : KIND_HINT[def.kind];
}

/**
 * Checks one value for a setting as its environment variable would be checked: the value it will
 * take (trimmed, parsed), or the problem, naming the setting and what it accepts.
 */
export function checkSetting(def: SettingDefinition, value: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  const text = asEnvironmentText(def, value);
  if (text === undefined) return { ok: false, problem: `${def.name} must be ${def.kind === 'integer' ? rangeHint(def) : KIND_HINT[def.kind]} (null goes back to the environment's value)` };
  // An empty list is "none" (the variable unset).
  if (def.kind === 'string-list' && text === '') return { ok: true, value: [] };
  if (def.kind === 'region-map' && text === '') return { ok: true, value: {} };
  const parsed = VARIABLES[def.variable].schema.safeParse(text);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not accepted';
    return { ok: false, problem: `${def.name} ${message.startsWith('must') ? message : `must be valid: ${message}`}${def.unit && !message.includes(def.unit) ? ` (${def.unit})` : ''}` };
  }
  return { ok: true, value: parsed.data };
}

/**
 * Checks a partial change of settings: every problem at once (none written when there is one).
 * `null` is a reset to the environment's value. Returns the checked values by setting.
 */
export function checkSettingsChange(change: Record<string, unknown>): { values: Map<SettingDefinition, unknown>; problems: string[] } {
  const values = new Map<SettingDefinition, unknown>();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(change)) {
    const def = settingNamed(name);
    if (!def) {
      problems.push(`${name} is not a runtime setting (the settings are ${SETTING_NAMES.join(', ')})`);
      continue;
    }
    if (value === null) {
      values.set(def, null);
      continue;
    }
    const checked = checkSetting(def, value);
    if (checked.ok) values.set(def, checked.value);
    else problems.push(checked.problem);
  }
  return { values, problems };
}
