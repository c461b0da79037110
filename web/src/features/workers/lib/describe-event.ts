import { formatDateTime, formatDuration } from '../../../lib/format';
import { activitySourceWords } from './idle-words';

/** Who or what moved a worker's status, in words. */
const TRIGGER_WORDS: Record<string, string> = {
  user: 'asked by a person',
  ec2: 'seen in EC2',
  provisioning: 'provisioning',
  'idle-detection': 'idle detection',
  import: 'import',
};

const statusWord = (v: unknown) => (v === 'shutting-down' ? 'shutting down' : String(v ?? '?'));

/** Enough of an audit event to describe it (the timeline's and the live stream's events both fit). */
export interface DescribableEvent {
  type: string;
  data: Record<string, unknown>;
  actor?: { kind: string; name: string };
}

const str = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function changes(data: Record<string, unknown>): string {
  const c = (data.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
  const parts = Object.entries(c).map(([field, { from, to }]) => `${field} ${str(from)} → ${str(to)}`);
  return parts.length ? parts.join(', ') : 'no details';
}

const minutes = (v: unknown): string => (typeof v === 'number' ? formatDuration(v * 60_000) : '—');

function who(e: DescribableEvent): string {
  if (!e.actor) return 'Someone';
  if (e.actor.kind === 'system') return 'The system';
  return e.actor.name;
}

/** One sentence per event type: who did what, with the figures that matter. Unknown types fall back to their name. */
export function describeEvent(e: DescribableEvent): string {
  const d = e.data ?? {};
  switch (e.type) {
    case 'worker.provisioning-requested':
      return `${who(e)} asked for a new ${str(d.instanceType)} worker "${str(d.name)}" in ${str(d.region)} from AMI ${str(d.amiName ?? d.amiId)}.`;
    case 'worker.provisioning-failed':
      return `Provisioning failed: ${str(d.reason)}`;
    case 'worker.imported':
      return `${who(e)} imported instance ${str(d.instanceId)} (${str(d.instanceType)}, ${str(d.status)}) as "${str(d.name)}"${d.source === 'auto-import' ? ' through the auto-import' : ''}.`;
    case 'worker.instance-assigned':
      return `EC2 launched instance ${str(d.instanceId)} (${str(d.instanceType)}).`;
    case 'worker.status-changed':
      return `Status ${statusWord(d.from)} → ${statusWord(d.to)} (${TRIGGER_WORDS[str(d.trigger)] ?? str(d.trigger)}): ${str(d.reason)}`;
    case 'worker.instance-updated':
      return `EC2 facts changed: ${changes(d)}.`;
    case 'worker.endpoint-changed':
      return `CML endpoint ${str(d.from)} → ${str(d.to)} (from ${str(d.source)}).`;
    case 'worker.tags-changed': {
      const set = Object.entries((d.set ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`);
      const removed = (d.removed ?? []) as string[];
      const parts = [set.length ? `set ${set.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean);
      return `${who(e)} changed tags: ${parts.join('; ') || 'nothing'}.`;
    }
    case 'worker.renamed':
      return `${who(e)} renamed the worker from "${str(d.from)}" to "${str(d.to)}".`;
    case 'worker.status-checks-changed':
      return `EC2 status checks: instance ${str(d.instance)}, system ${str(d.system)}.`;
    case 'worker.idle-detection-changed':
      return `${who(e)} turned idle detection ${d.enabled ? 'on' : 'off'}.`;
    case 'worker.terminated':
      return `Instance ${str(d.instanceId)} is terminated.`;
    case 'worker.idle-warning-issued':
      // From the event's fields, in the viewer's time (its `reason` says the same with UTC times).
      return `Idle for ${minutes(d.idleMinutes)} (timeout ${minutes(d.timeoutMinutes)}, last activity: ${activitySourceWords(d.lastActivitySource as string | undefined)}): will be stopped at ${formatDateTime(String(d.plannedStopAt))} unless used or snoozed.`;
    case 'worker.idle-warning-cleared':
      return `Idle warning withdrawn: ${str(d.reason)}`;
    case 'worker.idle-snoozed':
      return `${who(e)} kept the worker running until ${formatDateTime(String(d.until))}.`;
    case 'worker.idle-timeout-changed':
      return `${who(e)} changed the idle timeout from ${d.from === undefined ? 'the fleet default' : minutes(d.from)} to ${d.to === undefined ? 'the fleet default' : minutes(d.to)}.`;
    case 'worker.license-registration-requested':
      return `${who(e)} asked to ${d.reregister ? 're-register' : 'register'} the CML license.`;
    case 'worker.license-registration-finished':
      return d.succeeded ? `License registered (${str(d.registrationStatus)}).` : `License registration failed: ${str(d.error)}`;
    case 'worker.license-deregistration-requested':
      return `${who(e)} asked to deregister the CML license.`;
    case 'worker.license-deregistration-finished':
      return d.succeeded ? `License deregistered${d.outcome ? ` (${str(d.outcome)})` : ''}.` : `License deregistration failed: ${str(d.error)}`;
    case 'worker.service-status-changed':
      return `CML service ${str(d.from)} → ${str(d.to)}: ${str(d.reason)}`;
    case 'worker.cml-info-changed':
      return `CML facts changed: ${changes(d)}.`;
    case 'worker.telemetry-changed': {
      const parts = [
        d.cpuPercent !== undefined ? `CPU ${Math.round(Number(d.cpuPercent))} %` : '',
        d.memoryPercent !== undefined ? `memory ${Math.round(Number(d.memoryPercent))} %` : '',
        d.diskPercent !== undefined ? `disk ${Math.round(Number(d.diskPercent))} %` : '',
        d.runningNodes !== undefined ? `${str(d.runningNodes)} running nodes` : '',
        d.labs !== undefined ? `${str(d.labs)} labs` : '',
      ].filter(Boolean);
      return `Telemetry: ${parts.join(', ') || 'updated'}.`;
    }
    case 'worker.unregistered':
      return `${who(e)} unregistered the worker${d.terminateInstance ? ' and terminated its instance' : ''}.`;
    case 'lab.discovered':
      return `Lab "${str(d.title)}" found (${str(d.state)}${d.ownerUsername ? `, owner ${str(d.ownerUsername)}` : ''}).`;
    case 'lab.updated':
      return `Lab ${str(d.labId)} changed: ${changes(d)}.`;
    case 'lab.state-changed':
      return `Lab ${str(d.labId)} ${str(d.from)} → ${str(d.to)}${d.trigger === 'user' ? ` by ${who(e)}` : ''}.`;
    case 'lab.removed':
      return `Lab "${str(d.title)}" disappeared from the controller.`;
    case 'lab.imported':
      return `${who(e)} uploaded lab "${str(d.title)}"${d.filename ? ` from ${str(d.filename)}` : ''}.`;
    case 'lab.deleted':
      return `${who(e)} deleted lab "${str(d.title)}"${d.stopped || d.wiped ? ` (${[d.stopped && 'stopped', d.wiped && 'wiped'].filter(Boolean).join(' and ')} first)` : ''}.`;
    default:
      return `${e.type}${Object.keys(d).length ? `: ${JSON.stringify(d)}` : ''}`;
  }
}
