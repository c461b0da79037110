import type { PriceKind } from './cost-events.js';
import type { BudgetScopeKind, BudgetStopOutcome } from './budget-events.js';
import type { EventMap, EventType } from './event-map.js';
import type { LabStateTrigger } from './lab-events.js';
import type { NotificationKind, NotificationSeverity } from './notification-events.js';
import type { CapacityAction, DesiredPowerState, InstanceTypeRestoreMoment, PowerOverrideKind, ServiceStatus, StatusTrigger, StopWarningCause, WorkerStatus } from './worker-events.js';

/**
 * The event map's payloads as JSON Schema (the OpenAPI 3.0 subset), so the API document can
 * publish them and clients generate their types like the rest (`docs/api.md`, "Event payloads").
 * The map is a set of TypeScript types and leaves nothing to read at runtime; these are written by
 * hand, and the compiler holds them to the map: every event type, every payload field, whether it
 * is optional and its kind (event-schemas.spec.ts checks the same, enums included, from the map's source).
 */

/** JSON Schema of a value inside a payload. */
export interface ValueSchema {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  description?: string;
  /** The closed set of values (string fields whose type is a union of literals). */
  enum?: readonly string[];
  format?: 'date-time';
  items?: ValueSchema;
  /** For maps: the schema of every value; `{}` for any value. */
  additionalProperties?: ValueSchema | Record<string, never>;
  properties?: Record<string, ValueSchema | Record<string, never>>;
  required?: readonly string[];
  example?: unknown;
}

type Defined<V> = Exclude<V, undefined>;

/** The JSON type a TypeScript value type is published as. */
type KindOf<V> = [Defined<V>] extends [string] ? 'string' : [Defined<V>] extends [number] ? 'number' | 'integer' : [Defined<V>] extends [boolean] ? 'boolean' : [Defined<V>] extends [readonly unknown[]] ? 'array' : 'object';

/** One field of a payload: its schema, marked `optional` exactly when the map makes it optional. */
type FieldSchema<P, K extends keyof P> = ValueSchema & {
  type: KindOf<P[K]>;
  enum?: readonly Extract<Defined<P[K]>, string>[];
  /** Every field shows an example: the payload's example is made of them. */
  example: unknown;
} & (Partial<Pick<P, K>> extends Pick<P, K> ? { optional: true } : { optional?: never });

/** A payload's schema: one entry per field of the map's payload, no more, no fewer. */
export interface EventPayloadSchema<T extends EventType> {
  /** What the event says happened. */
  description: string;
  fields: { [K in keyof EventMap[T]]-?: FieldSchema<EventMap[T], K> };
}

const WORKER_STATUS: readonly WorkerStatus[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated', 'failed', 'unknown'];
const SERVICE_STATUS: readonly ServiceStatus[] = ['unavailable', 'starting', 'available', 'error'];
const STATUS_TRIGGER: readonly StatusTrigger[] = ['user', 'ec2', 'provisioning', 'idle-detection', 'import', 'schedule', 'reservation', 'runtime-limit', 'override', 'budget'];
const OVERRIDE_KIND: readonly PowerOverrideKind[] = ['keep-running', 'keep-stopped'];
const DESIRED_POWER: readonly DesiredPowerState[] = ['running', 'stopped', 'either'];
const STOP_WARNING_CAUSE: readonly StopWarningCause[] = ['schedule', 'runtime-limit', 'reservation'];
const workerId = { type: 'string', description: 'The worker', example: '0193b2c4-1111-7000-8000-000000000001' } as const;
const LAB_TRIGGER: readonly LabStateTrigger[] = ['sync', 'user'];
const ENDPOINT_SOURCE = ['override', 'tag', 'public-ip', 'private-ip', 'none'] as const;

const LAB_STATE = 'CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers; others pass as they are)';
const TIME = { type: 'string', format: 'date-time' } as const;
/** EBS volumes attached to an instance, sorted by id. */
const VOLUMES = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      volumeId: { type: 'string', description: 'EBS volume id' },
      sizeGiB: { type: 'integer', description: 'Size in GiB' },
      volumeType: { type: 'string', description: 'EBS volume type (gp3, gp2, io2, st1 ...)' },
    },
    required: ['volumeId', 'sizeGiB', 'volumeType'],
  },
} as const;
const CAPACITY_ACTION: readonly CapacityAction[] = ['start', 'provision'];
const RESTORE_MOMENT: readonly InstanceTypeRestoreMoment[] = ['stopped', 'before-start'];
const NOTIFICATION_KIND: readonly NotificationKind[] = ['stop-warning', 'start-failed', 'start-fell-back', 'status-checks-impaired', 'controller-unavailable', 'license-problem', 'license-not-released', 'budget-threshold'];
const BUDGET_SCOPE: readonly BudgetScopeKind[] = ['fleet', 'owner', 'tag'];
const BUDGET_STOP_OUTCOME: readonly BudgetStopOutcome[] = ['stopped', 'failed'];
const budgetScopeFields = {
  scope: { type: 'string', enum: BUDGET_SCOPE, description: 'What it covers: the fleet, one owner\'s workers, or the workers with one tag value', example: 'tag' },
  owner: { type: 'string', description: 'The owner (scope owner)', example: 'alice', optional: true },
  tagKey: { type: 'string', description: 'The tag key (scope tag)', example: 'team', optional: true },
  tagValue: { type: 'string', description: 'The tag value (scope tag)', example: 'ccna', optional: true },
} as const;
const budgetDefinition = {
  name: { type: 'string', example: 'CCNA team' },
  ...budgetScopeFields,
  monthlyUsd: { type: 'number', description: 'The monthly budget (USD)', example: 2000 },
  thresholdsPercent: { type: 'array', items: { type: 'number' }, description: 'Percentages of the budget that notify, ascending', example: [80, 100] },
  stopAtLimit: { type: 'boolean', description: 'Whether it stops the running workers it covers at 100 %', example: true },
  hard: { type: 'boolean', description: 'Whether that stop applies inside reservations too', example: false },
} as const;
const budgetId = { type: 'string', description: 'The budget (GET /api/budgets)', example: '0193b2c4-b000-7000-8000-0000000000b1' } as const;
const month = { type: 'string', description: 'The month, YYYY-MM (UTC)', example: '2026-12' } as const;
const PRICE_KIND: readonly PriceKind[] = ['instance', 'storage'];
const NOTIFICATION_SEVERITY: readonly NotificationSeverity[] = ['info', 'warning', 'critical'];

/** A map of field name to its value before and after (`worker.instance-updated`, `worker.cml-info-changed`, `lab.updated`). */
const changes = (description: string, example: Record<string, { from: unknown; to: unknown }>) =>
  ({
    type: 'object',
    description,
    // Not required: a value that was or became unset has no `from` or `to` once the payload is JSON.
    additionalProperties: { type: 'object', properties: { from: {}, to: {} }, description: 'The value before and after; absent when unset' },
    example,
  }) as const;

const operationId = { type: 'string', description: 'The long operation (GET /api/operations/{id})', example: '0193b2c4-7a00-7000-8000-0000000000aa' } as const;
const labRef = {
  workerId: { type: 'string', description: 'The worker the lab is on', example: '0193b2c4-1111-7000-8000-000000000001' },
  labId: { type: 'string', description: 'The lab id on the CML controller', example: '3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11' },
} as const;

/** The schema of every event's payload, by event type. */
export const EVENT_PAYLOAD_SCHEMAS: { readonly [T in EventType]: EventPayloadSchema<T> } = {
  'schedule.saved': {
    description: 'A schedule was created or changed.',
    fields: {
      name: { type: 'string', example: 'CCNA classroom' },
      timezone: { type: 'string', description: 'IANA time zone of its periods', example: 'Europe/Berlin' },
      behaviour: { type: 'string', enum: ['start-stop', 'start-only', 'stop-only'], description: 'What it does at its windows\' edges', example: 'start-stop' },
      periods: { type: 'integer', description: 'Weekly periods (count)', example: 1 },
      calendarId: { type: 'string', optional: true, description: 'The holiday calendar whose days it skips', example: '0193b2c4-...' },
      assignment: { type: 'string', description: 'Which workers it applies to, in words', example: '2 workers and tag team=ccna' },
      created: { type: 'boolean', description: 'True when it was created, false when changed', example: true },
    },
  },
  'schedule.deleted': { description: 'A schedule was deleted; its workers no longer follow it.', fields: { name: { type: 'string', example: 'CCNA classroom' } } },
  'holiday-calendar.saved': {
    description: 'A holiday calendar was created or its days changed.',
    fields: {
      name: { type: 'string', example: 'German public holidays' },
      days: { type: 'integer', description: 'Days it holds (count)', example: 12 },
      created: { type: 'boolean', description: 'True when it was created, false when changed', example: true },
    },
  },
  'holiday-calendar.deleted': { description: 'A holiday calendar was deleted.', fields: { name: { type: 'string', example: 'German public holidays' } } },
  'runtime-limit.saved': {
    description: 'A runtime limit ("stop after N hours running") was created or changed.',
    fields: {
      name: { type: 'string', example: 'Twelve hours at most' },
      hours: { type: 'number', description: 'Hours of running after which a worker is stopped, outside schedule windows and reservations', example: 12 },
      assignment: { type: 'string', description: 'Which workers it applies to, in words', example: 'tag team=ccna' },
      created: { type: 'boolean', description: 'True when it was created, false when changed', example: true },
    },
  },
  'runtime-limit.deleted': { description: 'A runtime limit was deleted.', fields: { name: { type: 'string', example: 'Twelve hours at most' } } },
  'reservation.created': {
    description: 'Workers were reserved for a time window: they are started early enough to be ready at its start and protected from idle and runtime stops within it.',
    fields: {
      purpose: { type: 'string', example: 'CCNA class, group B' },
      owner: { type: 'string', description: 'Who holds the reservation', example: 'alice' },
      start: { type: 'string', format: 'date-time', example: '2026-12-08T08:00:00.000Z' },
      end: { type: 'string', format: 'date-time', example: '2026-12-08T16:00:00.000Z' },
      workerIds: { type: 'array', items: { type: 'string' }, description: 'The reserved workers', example: ['0193b2c4-...'] },
    },
  },
  'reservation.cancelled': {
    description: 'A reservation was cancelled before its end.',
    fields: { purpose: { type: 'string', example: 'CCNA class, group B' }, workerIds: { type: 'array', items: { type: 'string' }, description: 'The workers it held', example: ['0193b2c4-...'] } },
  },
  'settings.changed': {
    description: 'An admin changed runtime settings (GET /api/settings): every replica uses the new values without a restart. Each change names the setting, the environment variable it overrides and the values before and after (as JSON).',
    fields: {
      version: { type: 'integer', description: 'The settings document\'s version after the change', example: 3 },
      changedBy: { type: 'string', description: 'The admin who changed them', example: 'ada' },
      changes: {
        type: 'array',
        description: 'One entry per setting changed',
        items: {
          type: 'object',
          properties: { setting: { type: 'string' }, variable: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, reset: { type: 'boolean' } },
          required: ['setting', 'variable', 'from', 'to', 'reset'],
        },
        example: [{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', from: '60', to: '30', reset: false }],
      },
    },
  },
  'budget.created': { description: 'A monthly budget was created (admin).', fields: budgetDefinition },
  'budget.changed': { description: 'A monthly budget was changed (admin); the payload is its new definition.', fields: budgetDefinition },
  'budget.deleted': { description: 'A monthly budget was deleted (admin).', fields: { name: { type: 'string', example: 'CCNA team' } } },
  'budget.threshold-crossed': {
    description: "A budget's spend this month reached one of its thresholds: raised once per budget, month and threshold; it becomes a `budget-threshold` notification.",
    fields: {
      budgetId,
      name: { type: 'string', example: 'CCNA team' },
      month,
      thresholdPercent: { type: 'number', description: 'The threshold reached (% of the budget)', example: 80 },
      spentUsd: { type: 'number', description: 'Spend so far this month (USD, estimate)', example: 1612.4 },
      monthlyUsd: { type: 'number', description: 'The monthly budget (USD)', example: 2000 },
      ...budgetScopeFields,
    },
  },
  'budget.limit-enforced': {
    description: 'A budget at 100 % with stopAtLimit stopped one running worker it covers (trigger `budget`) and keeps it stopped to the month\'s end, or failed to.',
    fields: {
      budgetId,
      name: { type: 'string', example: 'CCNA team' },
      month,
      workerId,
      workerName: { type: 'string', example: 'lab-east-1' },
      outcome: { type: 'string', enum: BUDGET_STOP_OUTCOME, example: 'stopped' },
      reason: { type: 'string', example: 'Budget "CCNA team" reached 100 % of 2000 USD for 2026-12.' },
      keptStoppedUntil: { type: 'string', format: 'date-time', description: 'Until when a keep-stopped override holds it', example: '2027-01-01T00:00:00.000Z', optional: true },
    },
  },
  'system.started': {
    description: 'An app instance started.',
    fields: {
      instanceId: { type: 'string', description: 'The instance (host:pid)', example: 'host-1:4242' },
      version: { type: 'string', description: 'The product version it runs', example: '0.1.0' },
    },
  },
  'worker.provisioning-requested': {
    description: 'A new worker was asked for; the instance is launched in the background.',
    fields: {
      name: { type: 'string', example: 'lab-east-1' },
      region: { type: 'string', example: 'us-east-1' },
      instanceType: { type: 'string', example: 'm5zn.metal' },
      cmlSuitability: {
        type: 'string',
        enum: ['bare-metal', 'nested-virtualization', 'unsuitable'],
        description: 'How the type can run CML when it was requested (absent in events from before it was recorded)',
        optional: true,
        example: 'bare-metal',
      },
      amiId: { type: 'string', example: 'ami-0123456789abcdef0' },
      amiName: { type: 'string', optional: true, example: 'cml-2.9.0-lablet' },
      subnetId: { type: 'string', optional: true, example: 'subnet-0123456789abcdef0' },
      securityGroupIds: { type: 'array', items: { type: 'string' }, optional: true, example: ['sg-0123456789abcdef0'] },
      keyName: { type: 'string', optional: true, example: 'lab-admins' },
      owner: { type: 'string', optional: true, description: 'Who owns the new worker: whoever asked for it, a person or an API client', example: 'alice' },
    },
  },
  'worker.provisioning-failed': {
    description: 'The instance could not be launched; the worker is `failed`.',
    fields: { reason: { type: 'string', description: 'What went wrong', example: 'EC2 refused: InsufficientInstanceCapacity' } },
  },
  'worker.imported': {
    description: 'An existing instance became a managed worker.',
    fields: {
      name: { type: 'string', example: 'lab-east-1' },
      region: { type: 'string', example: 'us-east-1' },
      instanceId: { type: 'string', example: 'i-0123456789abcdef0' },
      instanceType: { type: 'string', example: 'm5zn.metal' },
      amiId: { type: 'string', example: 'ami-0123456789abcdef0' },
      status: { type: 'string', enum: WORKER_STATUS, example: 'running' },
      source: { type: 'string', enum: ['api', 'auto-import'], description: 'Imported through the API, or by the auto-import job', example: 'api' },
      owner: { type: 'string', optional: true, description: 'The owner its WORKER_OWNER_TAG tag named (absent: none)', example: 'group:ccna-teachers' },
      volumes: { ...VOLUMES, optional: true, description: 'The EBS volumes attached at import, sorted by id (absent: not read; later changes are worker.volumes-changed)', example: [{ volumeId: 'vol-0123456789abcdef0', sizeGiB: 64, volumeType: 'gp3' }] },
    },
  },
  'worker.instance-assigned': {
    description: 'EC2 launched the instance of a provisioned worker.',
    fields: {
      instanceId: { type: 'string', example: 'i-0123456789abcdef0' },
      instanceType: { type: 'string', example: 'm5zn.metal' },
      amiId: { type: 'string', example: 'ami-0123456789abcdef0' },
    },
  },
  'worker.status-changed': {
    description: "The worker's status changed.",
    fields: {
      from: { type: 'string', enum: WORKER_STATUS, example: 'running' },
      to: { type: 'string', enum: WORKER_STATUS, example: 'stopping' },
      trigger: { type: 'string', enum: STATUS_TRIGGER, description: 'What caused it', example: 'user' },
      reason: { type: 'string', example: 'Stop requested by ada' },
    },
  },
  'worker.instance-updated': {
    description: 'EC2 facts of the instance changed (IPs, instance type, AMI).',
    fields: { changes: changes('Field -> value before and after', { publicIp: { from: '198.51.100.7', to: '198.51.100.9' } }) },
  },
  'worker.endpoint-changed': {
    description: 'Where the CML controller answers changed.',
    fields: {
      from: { type: 'string', optional: true, description: 'The endpoint before (absent: none)', example: 'https://198.51.100.7' },
      to: { type: 'string', optional: true, description: 'The endpoint now (absent: none)', example: 'https://198.51.100.9' },
      source: { type: 'string', enum: ENDPOINT_SOURCE, description: 'Where the endpoint comes from now', example: 'public-ip' },
      problem: { type: 'string', optional: true, description: 'Why a cml-endpoint tag is ignored', example: 'The cml-endpoint tag "ftp://cml" is ignored: it uses ftp: (expected https://host[:port]).' },
    },
  },
  'worker.tags-changed': {
    description: "The instance's EC2 tags were changed through the API.",
    fields: {
      set: { type: 'object', additionalProperties: { type: 'string' }, description: 'Keys added or changed, with their new values', example: { owner: 'ada' } },
      removed: { type: 'array', items: { type: 'string' }, description: 'Keys removed', example: ['project'] },
    },
  },
  'worker.renamed': {
    description: 'The worker was renamed.',
    fields: { from: { type: 'string', example: 'lab-east-1' }, to: { type: 'string', example: 'lab-east-2' } },
  },
  'worker.status-checks-changed': {
    description: "EC2's status checks of the instance changed.",
    fields: {
      instance: { type: 'string', description: 'EC2 instance status check', example: 'ok' },
      system: { type: 'string', description: 'EC2 system status check', example: 'ok' },
      checkedAt: { ...TIME, example: '2026-11-25T10:00:00.000Z' },
    },
  },
  'worker.volumes-changed': {
    description: 'The EBS volumes attached to the instance differ from the last read (one attached, detached, resized or of another type), or were read for the first time after the import or launch. What storage costs is priced from them.',
    fields: {
      volumes: { ...VOLUMES, description: 'Every volume attached now, sorted by id', example: [{ volumeId: 'vol-0123456789abcdef0', sizeGiB: 64, volumeType: 'gp3' }] },
      totalGiB: { type: 'integer', description: 'Total size of the volumes, in GiB', example: 64 },
    },
  },
  'worker.idle-detection-changed': {
    description: 'Idle detection was turned on or off for the worker.',
    fields: { enabled: { type: 'boolean', example: false } },
  },
  'worker.terminated': {
    description: 'EC2 reports the instance terminated.',
    fields: { instanceId: { type: 'string', optional: true, example: 'i-0123456789abcdef0' } },
  },
  'worker.license-registration-requested': {
    description: 'A CML license registration was asked for (the token itself is never recorded).',
    fields: { operationId, reregister: { type: 'boolean', description: 'Register again over an existing registration', example: false } },
  },
  'worker.license-registration-finished': {
    description: 'A CML license registration ended.',
    fields: {
      operationId,
      succeeded: { type: 'boolean', example: true },
      registrationStatus: { type: 'string', optional: true, description: "CML's registration status", example: 'COMPLETED' },
      error: { type: 'string', optional: true, description: 'What went wrong', example: 'The controller refused the token' },
    },
  },
  'worker.license-deregistration-requested': {
    description: 'A CML license deregistration was asked for.',
    fields: { operationId },
  },
  'worker.license-deregistration-finished': {
    description: 'A CML license deregistration ended.',
    fields: {
      operationId,
      succeeded: { type: 'boolean', example: true },
      outcome: { type: 'string', optional: true, description: "CML's answer", example: 'deregistered' },
      error: { type: 'string', optional: true, description: 'What went wrong', example: 'The controller did not answer' },
    },
  },
  'worker.service-status-changed': {
    description: 'Whether the CML controller answers changed.',
    fields: {
      from: { type: 'string', enum: SERVICE_STATUS, example: 'starting' },
      to: { type: 'string', enum: SERVICE_STATUS, example: 'available' },
      reason: { type: 'string', example: 'The controller answers' },
    },
  },
  'worker.cml-info-changed': {
    description: 'CML facts changed: version, readiness, license.',
    fields: { changes: changes('Field -> value before and after', { version: { from: '2.8.1', to: '2.9.0' } }) },
  },
  'worker.telemetry-changed': {
    description: 'Telemetry moved beyond the threshold (percent points), or node or lab counts changed. Only the figures that moved are present.',
    fields: {
      ec2CpuPercent: { type: 'number', optional: true, description: 'EC2 CPU (CloudWatch), percent', example: 37.5 },
      ec2MemoryPercent: { type: 'number', optional: true, description: 'EC2 memory (CloudWatch agent), percent', example: 55 },
      cpuPercent: { type: 'number', optional: true, description: 'CML CPU use, percent (0-100)', example: 42.5 },
      memoryPercent: { type: 'number', optional: true, description: 'CML memory use, percent (0-100)', example: 61.2 },
      diskPercent: { type: 'number', optional: true, description: 'CML disk use, percent (0-100)', example: 35.1 },
      runningNodes: { type: 'integer', optional: true, description: 'Running CML nodes (count)', example: 12 },
      totalNodes: { type: 'integer', optional: true, description: 'Defined CML nodes (count)', example: 20 },
      labs: { type: 'integer', optional: true, description: 'Labs on the controller (count)', example: 3 },
    },
  },
  'worker.unregistered': {
    description: 'The worker is no longer managed (its record and history stay).',
    fields: {
      instanceId: { type: 'string', optional: true, example: 'i-0123456789abcdef0' },
      terminateInstance: { type: 'boolean', description: 'The instance was terminated first', example: false },
    },
  },
  'worker.idle-warning-issued': {
    description: 'The worker has been idle past its timeout: it will be stopped at `plannedStopAt` unless used or snoozed.',
    fields: {
      plannedStopAt: { ...TIME, example: '2026-11-25T10:10:00.000Z' },
      idleMinutes: { type: 'integer', description: 'Minutes since the last activity', example: 61 },
      timeoutMinutes: { type: 'integer', description: 'The idle timeout that applied, minutes', example: 60 },
      lastActivityAt: { ...TIME, optional: true, example: '2026-11-25T09:00:00.000Z' },
      lastActivitySource: { type: 'string', optional: true, description: 'Where the last activity was seen (cml-telemetry, lab-event, lab-state, start, import, created)', example: 'lab-state' },
      reason: { type: 'string', description: 'The decision in words, times in UTC', example: 'No activity for 1 h 1 min (idle timeout 1 h): stop planned at 10:10 UTC.' },
    },
  },
  'worker.idle-warning-cleared': {
    description: 'A pending idle warning was withdrawn.',
    fields: { reason: { type: 'string', example: 'A lab was started' } },
  },
  'worker.idle-snoozed': {
    description: 'The worker is kept running until `until` whatever its activity.',
    fields: { until: { ...TIME, example: '2026-11-25T18:00:00.000Z' } },
  },
  'worker.idle-timeout-changed': {
    description: "The worker's own idle timeout changed (absent: the fleet default).",
    fields: {
      from: { type: 'integer', optional: true, description: 'Minutes before (absent: the fleet default)', example: 60 },
      to: { type: 'integer', optional: true, description: 'Minutes now (absent: the fleet default)', example: 90 },
    },
  },
  'worker.owner-changed': {
    description: "The worker's owner changed (an empty `owner`: it has none now).",
    fields: {
      workerId,
      owner: { type: 'string', description: 'A username, or `group:<name>` for a group of the identity provider; empty when cleared', example: 'alice' },
      previousOwner: { type: 'string', optional: true, description: 'The owner before (absent: none)', example: 'group:ccna-teachers' },
    },
  },
  'worker.override-set': {
    description: 'An override was set: the worker is kept running (or stopped) until `until`, whatever its schedules, then goes back to them.',
    fields: { workerId, kind: { type: 'string', enum: OVERRIDE_KIND, example: 'keep-running' }, until: { ...TIME, example: '2026-11-25T22:00:00.000Z' } },
  },
  'worker.override-cleared': {
    description: 'An override ended: a person cleared it, or its time ran out.',
    fields: {
      workerId,
      kind: { type: 'string', enum: OVERRIDE_KIND, example: 'keep-running' },
      reason: { type: 'string', enum: ['cleared', 'expired'], description: 'Cleared by a person, or expired', example: 'expired' },
    },
  },
  'worker.desired-power-changed': {
    description: 'What the worker should be doing changed (its desired state or the rule that decides it), as the power reconciler decided it.',
    fields: {
      workerId,
      state: { type: 'string', enum: DESIRED_POWER, description: 'running, stopped, or either (nothing asks; idle detection may stop it)', example: 'running' },
      rule: {
        type: 'object',
        description: 'The rule that decided: its kind (reservation, override, schedule, manual, runtime-limit, none) and which one',
        properties: { kind: { type: 'string' }, id: { type: 'string' }, name: { type: 'string' } },
        required: ['kind'],
        example: { kind: 'schedule', id: '0193b2c4-2222-7000-8000-000000000002', name: 'CCNA classroom' },
      },
      reason: { type: 'string', description: 'The decision in one sentence', example: 'Schedule "CCNA classroom" has it running until 18:00 Europe/Berlin.' },
      until: { ...TIME, optional: true, description: 'When the decision changes next (absent: not within the planning horizon)', example: '2026-11-25T17:00:00.000Z' },
    },
  },
  'worker.stop-warning-issued': {
    description: 'The power reconciler will stop the running worker at `plannedStopAt`: a schedule window closes, its runtime limit is reached or a reservation ends (issued once per planned stop, SCHEDULE_STOP_WARNING_LEAD_MINUTES ahead).',
    fields: {
      workerId,
      plannedStopAt: { ...TIME, example: '2026-11-25T18:00:00.000Z' },
      cause: { type: 'string', enum: STOP_WARNING_CAUSE, description: 'What ends: a schedule window, the runtime limit, or a reservation', example: 'schedule' },
      ruleId: { type: 'string', optional: true, description: 'The schedule, reservation or runtime limit', example: '0193b2c4-2222-7000-8000-000000000002' },
      ruleName: { type: 'string', optional: true, description: 'Its name (a reservation: its purpose)', example: 'Lab hours' },
      limitHours: { type: 'number', optional: true, description: 'The runtime limit reached, hours (cause runtime-limit)', example: 8 },
      reason: { type: 'string', description: 'The warning in words, times in UTC', example: 'Schedule "Lab hours" ends: stop planned at 18:00 UTC.' },
    },
  },
  'worker.power-held': {
    description: 'The power reconciler did not act although the worker differs from its desired state (recorded when the reason changes).',
    fields: { workerId, reason: { type: 'string', example: 'The worker is stopping; the reconciler waits until it has stopped.' } },
  },
  'worker.capacity-attempted': {
    description: 'One try for EC2 capacity during a start (changing the type of the stopped instance first when it is another) or a launch, and how it went.',
    fields: {
      action: { type: 'string', enum: CAPACITY_ACTION, description: 'Starting a stopped instance, or launching a new one', example: 'start' },
      attempt: { type: 'integer', description: 'Which try of this start or launch, from 1', example: 2 },
      round: { type: 'integer', description: 'Which pass through the configured options, from 1', example: 1 },
      instanceType: { type: 'string', example: 'm5.metal' },
      subnetId: { type: 'string', optional: true, description: 'The subnet (availability zone) of a launch', example: 'subnet-0123456789abcdef0' },
      succeeded: { type: 'boolean', example: false },
      errorCode: { type: 'string', optional: true, description: "EC2's error code when it failed", example: 'InsufficientInstanceCapacity' },
      error: { type: 'string', optional: true, description: "EC2's message when it failed", example: 'We currently do not have sufficient m5zn.metal capacity in the Availability Zone you requested.' },
      nextAttemptAt: { ...TIME, optional: true, description: 'When the next try is planned (absent: none)', example: '2026-12-08T07:31:00.000Z' },
    },
  },
  'worker.capacity-fallback-failed': {
    description: 'The capacity fallback gave up; `reason` says what was tried and what to do.',
    fields: {
      action: { type: 'string', enum: CAPACITY_ACTION, example: 'start' },
      attempts: { type: 'integer', example: 6 },
      tried: { type: 'array', items: { type: 'string' }, description: 'Each option tried, as `type` or `type in subnet`', example: ['m5zn.metal', 'm5.metal'] },
      reason: { type: 'string', example: 'No capacity after 6 attempts in 9 min (tried m5zn.metal, m5.metal; last: InsufficientInstanceCapacity). Try again later, add instance types or subnets to the fallback, or ask AWS for a capacity reservation.' },
    },
  },
  'worker.power-operation-finished': {
    description: 'A choreographed stop or terminate ended; `summary` says what it did, its steps are in the operation (GET /api/operations/{id}).',
    fields: {
      operationId: { type: 'string', example: '0193b2c4-7a00-7000-8000-0000000000aa' },
      action: { type: 'string', enum: ['stop', 'terminate'], example: 'stop' },
      succeeded: { type: 'boolean', example: true },
      summary: { type: 'string', example: 'Stopped 2 labs (BGP lab, OSPF lab); EC2 stopped the instance in 45 s.' },
    },
  },
  'worker.license-release-failed': {
    description: 'A terminate could not release the licence: the controller was unreachable (and the operator forced the terminate, or waited in vain), or the worker was stopped. The licence may still be held in Smart Software Manager.',
    fields: {
      workerId,
      name: { type: 'string', example: 'cml-berlin-01' },
      operationId: { type: 'string', example: '0193b2c4-7a00-7000-8000-0000000000aa' },
      reason: { type: 'string', example: 'The controller could not be reached (CML.UNREACHABLE); the terminate was forced by ada.' },
      forced: { type: 'boolean', description: 'The operator chose to terminate without waiting for the controller', example: true },
    },
  },
  'worker.instance-type-restored': {
    description: 'A stopped instance that a start had put on a fallback type for lack of capacity was changed back to the type it had (ModifyInstanceAttribute; WORKER_CAPACITY_FALLBACK_RESTORE_TYPE).',
    fields: {
      from: { type: 'string', description: 'The fallback type it ran on', example: 'm5.metal' },
      to: { type: 'string', description: 'The type it had before the fallback, and has again', example: 'm5zn.metal' },
      moment: { type: 'string', enum: RESTORE_MOMENT, description: '`stopped`: EC2 reported the instance stopped; `before-start`: a start came before the stop was seen, so the type was changed back first', example: 'stopped' },
    },
  },
  'lab.discovered': {
    description: 'A sync found a lab the product did not know (or one that had disappeared came back).',
    fields: {
      ...labRef,
      title: { type: 'string', example: 'OSPF area 0' },
      state: { type: 'string', description: LAB_STATE, example: 'STOPPED' },
      ownerUsername: { type: 'string', optional: true, example: 'admin' },
      nodeCount: { type: 'integer', optional: true, description: 'Nodes (count)', example: 6 },
      linkCount: { type: 'integer', optional: true, description: 'Links (count)', example: 5 },
      rediscovered: { type: 'boolean', optional: true, description: 'True when the record existed and had been removed or deleted', example: false },
    },
  },
  'lab.updated': {
    description: 'Lab facts other than the state changed (long texts shortened).',
    fields: { ...labRef, changes: changes('Field -> value before and after', { title: { from: 'OSPF', to: 'OSPF area 0' } }) },
  },
  'lab.state-changed': {
    description: "The lab's state changed.",
    fields: {
      ...labRef,
      from: { type: 'string', description: LAB_STATE, example: 'STOPPED' },
      to: { type: 'string', description: LAB_STATE, example: 'STARTED' },
      trigger: { type: 'string', enum: LAB_TRIGGER, description: 'sync: a sync found the change; user: an action through Cloud Manager', example: 'user' },
    },
  },
  'lab.removed': {
    description: 'The lab disappeared from its controller (deleted there, not through this product).',
    fields: { ...labRef, title: { type: 'string', example: 'OSPF area 0' }, lastState: { type: 'string', description: LAB_STATE, example: 'STOPPED' } },
  },
  'lab.imported': {
    description: 'A topology was uploaded through this product and became this lab.',
    fields: {
      ...labRef,
      title: { type: 'string', example: 'OSPF area 0' },
      state: { type: 'string', description: LAB_STATE, example: 'DEFINED_ON_CORE' },
      ownerUsername: { type: 'string', optional: true, example: 'admin' },
      nodeCount: { type: 'integer', optional: true, description: 'Nodes (count)', example: 6 },
      linkCount: { type: 'integer', optional: true, description: 'Links (count)', example: 5 },
      filename: { type: 'string', optional: true, description: 'The uploaded file', example: 'ospf.yaml' },
      bytes: { type: 'integer', description: 'Size of the upload, bytes', example: 18432 },
    },
  },
  'lab.deleted': {
    description: 'Deleted through this product.',
    fields: {
      ...labRef,
      title: { type: 'string', example: 'OSPF area 0' },
      stopped: { type: 'boolean', description: 'It had to be stopped first', example: true },
      wiped: { type: 'boolean', description: 'It had to be wiped first', example: true },
    },
  },
  'notification.created': {
    description: 'An in-app notification was stored for one person (`recipient`); the live stream sends it only to their streams. The rest of the payload is a `NotificationResponse` (GET /api/notifications).',
    fields: {
      id: { type: 'string', description: 'The notification (POST /api/notifications/{id}/read)', example: '0193b2c4-9a00-7000-8000-0000000000c1' },
      kind: { type: 'string', enum: NOTIFICATION_KIND, description: 'What it is about', example: 'stop-warning' },
      severity: { type: 'string', enum: NOTIFICATION_SEVERITY, example: 'warning' },
      title: { type: 'string', example: 'lab-east-1 will be stopped at 14:05 UTC' },
      body: { type: 'string', example: 'lab-east-1 has been idle for 50 min (timeout 60 min). It will be stopped at 2026-12-03 14:05 UTC unless someone uses it or keeps it running.' },
      workerId: { ...workerId, optional: true },
      workerName: { type: 'string', optional: true, example: 'lab-east-1' },
      actions: {
        type: 'array',
        description: 'Links the recipient may follow (one-click actions, the worker page)',
        items: { type: 'object', properties: { label: { type: 'string' }, url: { type: 'string' } }, required: ['label', 'url'] },
        example: [{ label: 'Keep running 1 h', url: 'https://ccm.example.com/actions/abc' }],
      },
      createdAt: { ...TIME, example: '2026-12-03T13:55:00.000Z' },
      recipient: { type: 'string', description: 'The username it is for', example: 'alice' },
    },
  },
  'cost.price-changed': {
    description: 'An admin set or cleared a price, from now on: an instance type\'s hourly price or an EBS volume type\'s storage price in a region. Runs before the change keep their price.',
    fields: {
      kind: { type: 'string', enum: PRICE_KIND, description: 'instance: USD per hour of an instance type; storage: USD per GiB-month of a volume type', example: 'instance' },
      region: { type: 'string', example: 'us-east-1' },
      instanceType: { type: 'string', optional: true, description: 'With kind instance', example: 'm5zn.metal' },
      volumeType: { type: 'string', optional: true, description: 'With kind storage', example: 'gp3' },
      from: { type: 'number', optional: true, description: 'The admin\'s price before; absent when the list price was in force', example: 3.9641 },
      to: { type: 'number', optional: true, description: 'The admin\'s price from now on; absent when cleared (back to the list price)', example: 3.2 },
    },
  },
  'cost.discount-changed': {
    description: 'An admin changed the fleet discount (savings plans, reserved capacity), from now on; it is taken off compute prices, not storage.',
    fields: {
      from: { type: 'number', description: 'Percent before (0: none)', example: 0 },
      to: { type: 'number', description: 'Percent from now on', example: 28 },
    },
  },
};

/** A payload's JSON Schema: an object of its fields, each required unless the map makes it optional. */
export function eventPayloadJsonSchema(type: EventType): ValueSchema {
  const { description, fields } = EVENT_PAYLOAD_SCHEMAS[type] as EventPayloadSchema<EventType>;
  const entries = Object.entries(fields as Record<string, ValueSchema & { optional?: boolean }>);
  return {
    type: 'object',
    description,
    required: entries.filter(([, f]) => !f.optional).map(([name]) => name),
    properties: Object.fromEntries(entries.map(([name, { optional: _optional, ...schema }]) => [name, schema])),
    example: eventPayloadExample(type),
  };
}

/** A complete example payload of `type` (every field, optional ones included), made of the fields' examples. */
export function eventPayloadExample<T extends EventType>(type: T): EventMap[T] {
  const fields = (EVENT_PAYLOAD_SCHEMAS[type] as EventPayloadSchema<EventType>).fields as Record<string, { example: unknown }>;
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.example])) as EventMap[T];
}
