import { formatDuration, formatMinutes, formatUtc, formatUtcDate } from '#kernel';
import { type NotificationKind, type NotificationSeverity, severityOf } from './notification-kind.js';

/** The events that may lead to a notification. `worker.license-release-failed` is matched by name (its producer lands separately). */
export const NOTIFYING_EVENTS = [
  'worker.idle-warning-issued',
  'worker.stop-warning-issued',
  'worker.capacity-attempted',
  'worker.capacity-fallback-failed',
  'worker.status-checks-changed',
  'worker.cml-info-changed',
  'worker.license-release-failed',
] as const;

/** What a rule needs of the worker an event concerns. */
export interface WorkerRef {
  id: string;
  name: string;
  owner?: string;
  tags: Readonly<Record<string, string>>;
}

/** An event as the rules read it: its type, payload and time (the event map's payloads, read defensively). */
export interface NotifyingEvent {
  type: string;
  data: Record<string, unknown>;
  occurredAt: string;
}

/** A notification before it is addressed: what it says, about which worker. */
export interface NotificationDraft {
  kind: NotificationKind;
  severity: NotificationSeverity;
  title: string;
  body: string;
  /** Until when its one-click actions make sense (a stop warning: the planned stop). */
  actionsValidUntil?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Smart Licensing statuses that mean the controller runs without a valid licence. */
const LICENSE_PROBLEM_STATUSES: Readonly<Record<string, string>> = {
  NOT_REGISTERED: 'is not registered',
  UNREGISTERED: 'is not registered',
  EXPIRED: 'has expired',
  EVAL_EXPIRED: 'evaluation period has expired',
  FAILED: 'registration failed',
  RETRY_FAILED: 'registration failed (retries exhausted)',
  OUT_OF_COMPLIANCE: 'is out of compliance',
};

/** Why the reconciler stops a worker, after "will be stopped at 18:00 UTC: ". */
function stopCause(d: Record<string, unknown>): string {
  const rule = str(d.ruleName);
  switch (d.cause) {
    case 'reservation':
      return rule ? `reservation "${rule}" ends` : 'its reservation ends';
    case 'runtime-limit': {
      const hours = num(d.limitHours);
      return `its runtime limit${hours ? ` of ${formatDuration(hours * 3_600_000)}` : ''} is reached`;
    }
    default:
      return rule ? `its schedule "${rule}" ends` : 'its schedule window closes';
  }
}

function draft(kind: NotificationKind, title: string, body: string, extra: Partial<NotificationDraft> = {}): NotificationDraft {
  return { kind, severity: severityOf(kind), title, body, ...extra };
}

/**
 * Which notification an event leads to, if any. Times are UTC and say so; durations carry their
 * unit. Events that need no notification (a capacity try that will be retried, status checks back
 * to ok, a licence that became valid) give undefined.
 */
export function notificationFor(event: NotifyingEvent, worker: WorkerRef): NotificationDraft | undefined {
  const d = event.data;
  const now = new Date(event.occurredAt);
  const name = worker.name;
  switch (event.type) {
    case 'worker.idle-warning-issued': {
      const plannedStopAt = str(d.plannedStopAt);
      if (!plannedStopAt) return undefined;
      const idle = num(d.idleMinutes);
      const timeout = num(d.timeoutMinutes);
      const idleText = idle !== undefined && timeout !== undefined ? `has been idle for ${formatMinutes(idle)} (timeout ${formatMinutes(timeout)})` : 'has been idle past its timeout';
      const lead = formatDuration(Date.parse(plannedStopAt) - now.getTime());
      return draft(
        'stop-warning',
        `${name} will be stopped at ${formatUtc(plannedStopAt, now)}`,
        `${name} ${idleText}. It will be stopped at ${formatUtc(plannedStopAt, now)} (in ${lead}) unless someone uses it or keeps it running.`,
        { actionsValidUntil: plannedStopAt },
      );
    }
    case 'worker.stop-warning-issued': {
      const plannedStopAt = str(d.plannedStopAt);
      if (!plannedStopAt) return undefined;
      const when = formatUtc(plannedStopAt, now);
      const lead = formatDuration(Date.parse(plannedStopAt) - now.getTime());
      return draft(
        'stop-warning',
        `${name} will be stopped at ${when}`,
        `${name} will be stopped at ${when} (in ${lead}): ${stopCause(d)}. Keep it running if it is still needed.`,
        { actionsValidUntil: plannedStopAt },
      );
    }
    case 'worker.capacity-attempted': {
      // Only a success after other tries is news; a failed try is followed by another or by the final failure.
      const attempt = num(d.attempt) ?? 1;
      if (d.succeeded !== true || attempt <= 1) return undefined;
      const what = d.action === 'provision' ? 'launched' : 'started';
      const type = str(d.instanceType) ?? 'another instance type';
      const subnet = str(d.subnetId) ? ` in subnet ${str(d.subnetId)}` : '';
      return draft('start-fell-back', `${name} ${what} on ${type} after ${attempt} tries`, `EC2 had no capacity for the first choice; ${name} was ${what} as ${type}${subnet} at try ${attempt}, ${formatUtc(now, now)}.`);
    }
    case 'worker.capacity-fallback-failed': {
      const what = d.action === 'provision' ? 'launch' : 'start';
      const tried = Array.isArray(d.tried) ? (d.tried as unknown[]).filter((t): t is string => typeof t === 'string') : [];
      const attempts = num(d.attempts) ?? tried.length;
      const reason = str(d.reason) ?? 'no capacity';
      return draft('start-failed', `${name} could not ${what}`, `The ${what} of ${name} gave up at ${formatUtc(now, now)} after ${attempts} tries${tried.length ? ` (${tried.join(', ')})` : ''}: ${reason}.`);
    }
    case 'worker.status-checks-changed': {
      const impaired = (['instance', 'system'] as const).filter((c) => d[c] === 'impaired');
      if (impaired.length === 0) return undefined;
      const which = impaired.length === 2 ? 'instance and system status checks' : `${impaired[0]} status check`;
      return draft('status-checks-impaired', `${name}: EC2 ${which} impaired`, `EC2 reports the ${which} of ${name} as impaired (checked at ${formatUtc(str(d.checkedAt) ?? now, now)}). The instance may need a stop and start or a reboot.`);
    }
    case 'worker.cml-info-changed': {
      const changes = (d.changes ?? {}) as Record<string, { from?: unknown; to?: unknown } | undefined>;
      const status = str(changes.licenseStatus?.to);
      const problem = status ? LICENSE_PROBLEM_STATUSES[status] : undefined;
      if (problem) return draft('license-problem', `${name}: CML licence ${problem}`, `The CML controller of ${name} reports its licence as ${status} (${problem}) at ${formatUtc(now, now)}. Labs may not start until it is registered again.`);
      if (changes.licensed?.to === false) return draft('license-problem', `${name}: CML is not licensed`, `The CML controller of ${name} reports that it is not licensed any more (at ${formatUtc(now, now)}). Labs may not start until it is registered again.`);
      return undefined;
    }
    case 'worker.license-release-failed': {
      const reason = str(d.reason) ?? 'the controller did not confirm the deregistration';
      const forced = d.forced === true;
      return draft(
        'license-not-released',
        `${str(d.name) ?? name}: licence not released`,
        forced
          ? `${str(d.name) ?? name} was terminated without releasing its CML licence: ${reason}. Release it by hand in Cisco Smart Software Manager, or it stays counted as in use.`
          : `The terminate of ${str(d.name) ?? name} stopped because its CML licence could not be released: ${reason}. Release it, or terminate again with force.`,
      );
    }
    default:
      return undefined;
  }
}

/** The notification of a running worker whose controller has not answered since `since`. */
export function controllerUnavailableNotification(worker: WorkerRef, since: Date, now: Date): NotificationDraft {
  return draft(
    'controller-unavailable',
    `${worker.name}: CML controller not answering for ${formatDuration(now.getTime() - since.getTime())}`,
    `The CML controller of ${worker.name} has not answered since ${formatUtc(since, now)} (${formatDuration(now.getTime() - since.getTime())}), although the instance is running. Labs on it cannot be reached.`,
  );
}

const DAY_MS = 86_400_000;

/**
 * The notification of a licence that expires within `warningDays` (0: never), or undefined: not
 * yet, or already expired (the controller's licence status says so, see `worker.cml-info-changed`).
 */
export function licenceExpiryNotification(worker: WorkerRef, expiresAt: Date, now: Date, warningDays: number): NotificationDraft | undefined {
  const left = expiresAt.getTime() - now.getTime();
  if (warningDays <= 0 || left <= 0 || left > warningDays * DAY_MS) return undefined;
  const days = Math.ceil(left / DAY_MS);
  const inDays = left < DAY_MS ? 'in less than a day' : `in ${days} days`;
  const date = formatUtcDate(expiresAt);
  return draft(
    'license-problem',
    `${worker.name}: CML licence expires on ${date} (${inDays})`,
    `The CML controller of ${worker.name} reports that its licence expires on ${date} at ${formatUtc(expiresAt, expiresAt)} (${inDays}). Renew its registration or authorization in Cisco Smart Software Manager before then, or labs may not start.`,
  );
}

/** Names one expiry date of one worker, so later runs find the notification made and add none. */
export const licenceExpiryKey = (workerId: string, expiresAt: Date): string => `license-expiry:${workerId}:${expiresAt.toISOString().slice(0, 10)}`;

/** What a budget notification needs of `budget.threshold-crossed`. */
export interface BudgetCrossing {
  name: string;
  month: string;
  thresholdPercent: number;
  spentUsd: number;
  monthlyUsd: number;
  scope: 'fleet' | 'owner' | 'tag';
  owner?: string;
  tagKey?: string;
  tagValue?: string;
}

const usd = (n: number) => `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} USD`;

/** Who or what a budget covers, in words ("the whole fleet", "alice's workers", "workers tagged team=ccna"). */
export function describeBudgetScope(c: Pick<BudgetCrossing, 'scope' | 'owner' | 'tagKey' | 'tagValue'>): string {
  if (c.scope === 'owner') return `the workers of ${c.owner ?? '(no owner)'}`;
  if (c.scope === 'tag') return `the workers tagged ${c.tagKey}=${c.tagValue}`;
  return 'the whole fleet';
}

/**
 * The notification of a budget threshold reached: amounts in USD (estimates from list prices),
 * the month in UTC; at 100 % it says that workers will be stopped only when the budget stops them
 * (the watch job says so in `stopAtLimit`; here the wording keeps to the spend).
 */
export function budgetThresholdNotification(c: BudgetCrossing): NotificationDraft {
  const percent = c.monthlyUsd > 0 ? Math.round((c.spentUsd / c.monthlyUsd) * 100) : 0;
  const what = c.thresholdPercent >= 100 ? 'is used up' : `reached ${c.thresholdPercent} %`;
  return draft(
    'budget-threshold',
    `Budget "${c.name}" ${what} for ${c.month}`,
    `Budget "${c.name}" (${describeBudgetScope(c)}) has spent an estimated ${usd(c.spentUsd)} of ${usd(c.monthlyUsd)} in ${c.month} (UTC): ${percent} %, past its ${c.thresholdPercent} % threshold.`,
  );
}
