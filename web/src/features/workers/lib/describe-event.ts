import type { EventPayload } from '../../../lib/event-payload';
import { formatDateTime, formatDuration } from '../../../lib/format';
import { activitySourceWords } from './idle-words';

/** Who or what moved a worker's status, in words. */
const TRIGGER_WORDS: Record<string, string> = {
  user: 'asked by a person',
  ec2: 'seen in EC2',
  provisioning: 'provisioning',
  'idle-detection': 'idle detection',
  import: 'import',
  schedule: 'its schedule',
  reservation: 'a reservation',
  'runtime-limit': 'its runtime limit',
  override: 'an override',
  budget: 'a budget at its limit',
};

const OVERRIDE_WORDS: Record<string, string> = { 'keep-running': 'keep running', 'keep-stopped': 'keep stopped' };
const POWER_WORDS: Record<string, string> = { running: 'running', stopped: 'stopped', either: 'running or stopped (nothing asks)' };

const statusWord = (v: string) => (v === 'shutting-down' ? 'shutting down' : v);

/**
 * Enough of an audit event to describe it (the timeline's and the live stream's events both fit):
 * a union on `type`, so each case reads the payload that type carries.
 */
export type DescribableEvent = EventPayload & { actor?: { kind: string; name: string } };

const str = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function changes(c: { [field: string]: { from?: unknown; to?: unknown } }): string {
  const parts = Object.entries(c).map(([field, { from, to }]) => `${field} ${str(from)} → ${str(to)}`);
  return parts.length ? parts.join(', ') : 'no details';
}

const minutes = (v: number | undefined): string => (v === undefined ? '—' : formatDuration(v * 60_000));

function who(e: { actor?: { kind: string; name: string } }): string {
  if (!e.actor) return 'Someone';
  if (e.actor.kind === 'system') return 'The system';
  return e.actor.name;
}

/** An event of a type this console does not know (one the API no longer emits): its name and payload. */
function unknownEvent(e: { type: string; data?: object }): string {
  return `${e.type}${e.data && Object.keys(e.data).length ? `: ${JSON.stringify(e.data)}` : ''}`;
}

/** One sentence per event type: who did what, with the figures that matter. Unknown types fall back to their name. */
export function describeEvent(e: DescribableEvent): string {
  switch (e.type) {
    case 'worker.provisioning-requested': {
      const d = e.data;
      return `${who(e)} asked for a new ${d.instanceType} worker "${d.name}" in ${d.region} from AMI ${d.amiName ?? d.amiId}.`;
    }
    case 'worker.provisioning-failed':
      return `Provisioning failed: ${e.data.reason}`;
    case 'worker.imported': {
      const d = e.data;
      return `${who(e)} imported instance ${d.instanceId} (${d.instanceType}, ${d.status}) as "${d.name}"${d.source === 'auto-import' ? ' through the auto-import' : ''}${d.owner ? `, owned by ${d.owner} (its tag)` : ''}.`;
    }
    case 'worker.instance-assigned':
      return `EC2 launched instance ${e.data.instanceId} (${e.data.instanceType}).`;
    case 'worker.status-changed': {
      const d = e.data;
      return `Status ${statusWord(d.from)} → ${statusWord(d.to)} (${TRIGGER_WORDS[d.trigger] ?? d.trigger}): ${str(d.reason)}`;
    }
    case 'worker.instance-updated':
      return `EC2 facts changed: ${changes(e.data.changes)}.`;
    case 'worker.volumes-changed':
      return `EBS volumes: ${e.data.volumes.map((v) => `${v.sizeGiB} GiB ${v.volumeType}`).join(', ') || 'none'} (${e.data.totalGiB} GiB in all).`;
    case 'worker.endpoint-changed':
      return `CML endpoint ${str(e.data.from)} → ${str(e.data.to)} (from ${e.data.source}).`;
    case 'worker.tags-changed': {
      const set = Object.entries(e.data.set).map(([k, v]) => `${k}=${v}`);
      const removed = e.data.removed;
      const parts = [set.length ? `set ${set.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
      return `${who(e)} changed tags: ${parts.join('; ') || 'nothing'}.`;
    }
    case 'worker.renamed':
      return `${who(e)} renamed the worker from "${e.data.from}" to "${e.data.to}".`;
    case 'worker.status-checks-changed':
      return `EC2 status checks: instance ${e.data.instance}, system ${e.data.system}.`;
    case 'worker.idle-detection-changed':
      return `${who(e)} turned idle detection ${e.data.enabled ? 'on' : 'off'}.`;
    case 'worker.terminated':
      return `Instance ${str(e.data.instanceId)} is terminated.`;
    case 'worker.idle-warning-issued': {
      const d = e.data;
      // From the event's fields, in the viewer's time (its `reason` says the same with UTC times).
      return `Idle for ${minutes(d.idleMinutes)} (timeout ${minutes(d.timeoutMinutes)}, last activity: ${activitySourceWords(d.lastActivitySource)}): will be stopped at ${formatDateTime(d.plannedStopAt)} unless used or snoozed.`;
    }
    case 'worker.idle-warning-cleared':
      return `Idle warning withdrawn: ${e.data.reason}`;
    case 'worker.idle-snoozed':
      return `${who(e)} kept the worker running until ${formatDateTime(e.data.until)}.`;
    case 'worker.idle-timeout-changed': {
      const { from, to } = e.data;
      return `${who(e)} changed the idle timeout from ${from === undefined ? 'the fleet default' : minutes(from)} to ${to === undefined ? 'the fleet default' : minutes(to)}.`;
    }
    case 'worker.license-registration-requested':
      return `${who(e)} asked to ${e.data.reregister ? 're-register' : 'register'} the CML license.`;
    case 'worker.license-registration-finished': {
      const d = e.data;
      return d.succeeded ? `License registered (${str(d.registrationStatus)}).` : `License registration failed: ${str(d.error)}`;
    }
    case 'worker.license-deregistration-requested':
      return `${who(e)} asked to deregister the CML license.`;
    case 'worker.license-deregistration-finished': {
      const d = e.data;
      return d.succeeded ? `License deregistered${d.outcome ? ` (${d.outcome})` : ''}.` : `License deregistration failed: ${str(d.error)}`;
    }
    case 'worker.service-status-changed':
      return `CML service ${e.data.from} → ${e.data.to}: ${e.data.reason}`;
    case 'worker.cml-info-changed':
      return `CML facts changed: ${changes(e.data.changes)}.`;
    case 'worker.telemetry-changed': {
      const d = e.data;
      const parts = [
        d.cpuPercent !== undefined ? `CPU ${Math.round(d.cpuPercent)} %` : '',
        d.memoryPercent !== undefined ? `memory ${Math.round(d.memoryPercent)} %` : '',
        d.diskPercent !== undefined ? `disk ${Math.round(d.diskPercent)} %` : '',
        d.runningNodes !== undefined ? `${d.runningNodes} running nodes` : '',
        d.labs !== undefined ? `${d.labs} labs` : '',
      ].filter(Boolean);
      return `Telemetry: ${parts.join(', ') || 'updated'}.`;
    }
    case 'worker.unregistered':
      return `${who(e)} unregistered the worker${e.data.terminateInstance ? ' and terminated its instance' : ''}.`;
    case 'lab.discovered': {
      const d = e.data;
      return `Lab "${d.title}" found (${d.state}${d.ownerUsername ? `, owner ${d.ownerUsername}` : ''}).`;
    }
    case 'lab.updated':
      return `Lab ${e.data.labId} changed: ${changes(e.data.changes)}.`;
    case 'lab.state-changed': {
      const d = e.data;
      return `Lab ${d.labId} ${d.from} → ${d.to}${d.trigger === 'user' ? ` by ${who(e)}` : ''}.`;
    }
    case 'lab.removed':
      return `Lab "${e.data.title}" disappeared from the controller.`;
    case 'lab.imported':
      return `${who(e)} uploaded lab "${e.data.title}"${e.data.filename ? ` from ${e.data.filename}` : ''}.`;
    case 'lab.deleted': {
      const d = e.data;
      return `${who(e)} deleted lab "${d.title}"${d.stopped || d.wiped ? ` (${[d.stopped && 'stopped', d.wiped && 'wiped'].filter(Boolean).join(' and ')} first)` : ''}.`;
    }
    case 'worker.owner-changed': {
      const d = e.data;
      if (!d.owner) return `${who(e)} removed the owner${d.previousOwner ? ` ${d.previousOwner}` : ''}; nobody owns the worker now.`;
      return `${who(e)} made ${d.owner} the owner${d.previousOwner ? ` (was ${d.previousOwner})` : ''}.`;
    }
    case 'worker.override-set':
      return `${who(e)} set an override: ${OVERRIDE_WORDS[e.data.kind] ?? e.data.kind} until ${formatDateTime(e.data.until)}.`;
    case 'worker.override-cleared':
      return e.data.reason === 'expired'
        ? `The ${OVERRIDE_WORDS[e.data.kind] ?? e.data.kind} override expired; the worker follows its schedules again.`
        : `${who(e)} cleared the ${OVERRIDE_WORDS[e.data.kind] ?? e.data.kind} override; the worker follows its schedules again.`;
    case 'worker.desired-power-changed': {
      const d = e.data;
      return `Should now be ${POWER_WORDS[d.state] ?? d.state}${d.until ? ` until ${formatDateTime(d.until)}` : ''}: ${d.reason}`;
    }
    case 'worker.stop-warning-issued': {
      const d = e.data;
      // From the event's fields, in the viewer's time (its `reason` says the same with UTC times).
      const what =
        d.cause === 'reservation'
          ? `reservation${d.ruleName ? ` "${d.ruleName}"` : ''} ends`
          : d.cause === 'runtime-limit'
            ? `its runtime limit${d.limitHours ? ` of ${formatDuration(d.limitHours * 3_600_000)}` : ''} is reached`
            : `its schedule${d.ruleName ? ` "${d.ruleName}"` : ''} ends`;
      return `Will be stopped at ${formatDateTime(d.plannedStopAt)}: ${what}, unless someone keeps it running.`;
    }
    case 'worker.power-held':
      return `The power reconciler did not act: ${e.data.reason}`;
    case 'worker.capacity-attempted': {
      const d = e.data;
      const what = `${d.action === 'start' ? 'Start' : 'Launch'} try ${d.attempt} with ${d.instanceType}${d.subnetId ? ` in ${d.subnetId}` : ''}`;
      if (d.succeeded) return `${what}: EC2 had capacity.`;
      return `${what}: EC2 had no capacity (${str(d.errorCode)})${d.nextAttemptAt ? `; next try ${formatDateTime(d.nextAttemptAt)}` : ''}.`;
    }
    case 'worker.capacity-fallback-failed':
      return `Gave up looking for EC2 capacity to ${e.data.action === 'start' ? 'start' : 'launch'} the worker after ${e.data.attempts} tr${e.data.attempts === 1 ? 'y' : 'ies'}: ${e.data.reason}`;
    case 'worker.instance-type-restored':
      return e.data.moment === 'before-start'
        ? `Changed the instance back to ${e.data.to} (from the fallback type ${e.data.from}) before starting it.`
        : `The instance stopped: changed it back to ${e.data.to} (from the fallback type ${e.data.from}).`;
    case 'worker.power-operation-finished': {
      const d = e.data;
      const what = d.action === 'stop' ? 'stop' : 'terminate';
      return d.succeeded ? `The careful ${what} finished: ${d.summary}` : `The careful ${what} ended without finishing: ${d.summary}`;
    }
    case 'worker.license-release-failed':
      return `The licence may still be held in Smart Software Manager: ${e.data.reason}`;
    case 'schedule.saved': {
      const d = e.data;
      return `${who(e)} ${d.created ? 'created' : 'changed'} schedule "${d.name}" (${d.periods} period${d.periods === 1 ? '' : 's'}, ${d.timezone}, ${d.behaviour}) for ${d.assignment}.`;
    }
    case 'schedule.deleted':
      return `${who(e)} deleted schedule "${e.data.name}".`;
    case 'holiday-calendar.saved': {
      const d = e.data;
      return `${who(e)} ${d.created ? 'created' : 'changed'} holiday calendar "${d.name}" (${d.days} day${d.days === 1 ? '' : 's'}).`;
    }
    case 'holiday-calendar.deleted':
      return `${who(e)} deleted holiday calendar "${e.data.name}".`;
    case 'runtime-limit.saved': {
      const d = e.data;
      return `${who(e)} ${d.created ? 'created' : 'changed'} runtime limit "${d.name}": stop after ${formatDuration(d.hours * 3_600_000)} running, for ${d.assignment}.`;
    }
    case 'runtime-limit.deleted':
      return `${who(e)} deleted runtime limit "${e.data.name}".`;
    case 'reservation.created': {
      const d = e.data;
      return `${d.owner} reserved ${d.workerIds.length} worker${d.workerIds.length === 1 ? '' : 's'} for "${d.purpose}", ${formatDateTime(d.start)} to ${formatDateTime(d.end)}.`;
    }
    case 'reservation.cancelled':
      return `${who(e)} cancelled the reservation "${e.data.purpose}" (${e.data.workerIds.length} worker${e.data.workerIds.length === 1 ? '' : 's'}).`;
    case 'notification.created':
      return `Notified ${e.data.recipient}: ${e.data.title}`;
    case 'cost.price-changed': {
      const d = e.data;
      const what = d.kind === 'instance' ? `the hourly price of ${d.instanceType} in ${d.region}` : `the ${d.volumeType} storage price in ${d.region}`;
      const unit = d.kind === 'instance' ? 'USD/h' : 'USD/GiB-month';
      return d.to === undefined ? `${who(e)} set ${what} back to the list price.` : `${who(e)} set ${what} to ${d.to} ${unit}.`;
    }
    case 'cost.discount-changed':
      return `${who(e)} changed the fleet discount on compute from ${e.data.from} % to ${e.data.to} %.`;
    case 'budget.created':
    case 'budget.changed': {
      const d = e.data;
      const scope = d.scope === 'owner' ? `the workers of ${d.owner}` : d.scope === 'tag' ? `the workers tagged ${d.tagKey}=${d.tagValue}` : 'the whole fleet';
      return `${who(e)} ${e.type === 'budget.created' ? 'created' : 'changed'} budget "${d.name}": ${d.monthlyUsd} USD a month for ${scope}, notifying at ${d.thresholdsPercent.join(' %, ')} %${d.stopAtLimit ? `, stopping workers at 100 %${d.hard ? ' (inside reservations too)' : ''}` : ''}.`;
    }
    case 'budget.deleted':
      return `${who(e)} deleted budget "${e.data.name}".`;
    case 'budget.threshold-crossed':
      return `Budget "${e.data.name}" reached ${e.data.thresholdPercent} % in ${e.data.month}: ${e.data.spentUsd.toFixed(2)} of ${e.data.monthlyUsd} USD.`;
    case 'budget.limit-enforced':
      return e.data.outcome === 'stopped'
        ? `Budget "${e.data.name}" stopped ${e.data.workerName} at its limit${e.data.keptStoppedUntil ? `, keeping it stopped until ${formatDateTime(e.data.keptStoppedUntil)}` : ''}.`
        : `Budget "${e.data.name}" could not stop ${e.data.workerName}: ${e.data.reason}`;
    case 'settings.changed': {
      const parts = e.data.changes.map((c) => `${c.setting} ${c.reset ? 'back to the default ' : ''}(${c.from} → ${c.to})`);
      return `${e.data.changedBy} changed the runtime settings: ${parts.join(', ')}.`;
    }
    case 'system.started':
      return `Cloud Manager ${e.data.version} started on ${e.data.instanceId}.`;
    default: {
      // Every type the API publishes has its sentence: a new one fails to compile here until it gets one.
      const unhandled: never = e;
      return unknownEvent(unhandled);
    }
  }
}
