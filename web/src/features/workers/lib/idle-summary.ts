import { formatRelative, formatTime } from '../../../lib/format';
import type { WorkerListItem } from '../api/types';

export interface IdleSummary {
  text: string;
  tone: 'warning' | 'info' | 'secondary' | 'success' | 'light';
  title?: string;
}

/** What a row says about idle detection: the planned stop first, since it is the thing to act on. */
export function idleSummary(worker: WorkerListItem, now: number): IdleSummary {
  if (worker.status !== 'running') return { text: '—', tone: 'light' };
  if (!worker.idleDetectionEnabled) return { text: 'detection off', tone: 'secondary', title: 'Idle detection is switched off for this worker' };
  const { idle } = worker;
  const plannedStopAt = idle.warning?.plannedStopAt;
  if (plannedStopAt) {
    const left = Date.parse(plannedStopAt) - now;
    return left > 0
      ? { text: `stops ${formatRelative(plannedStopAt, now, 'future')}`, tone: 'warning', title: `Idle: planned stop at ${formatTime(plannedStopAt)} unless used or snoozed` }
      : { text: 'stopping for idleness', tone: 'warning', title: `Planned stop was at ${formatTime(plannedStopAt)}` };
  }
  if (idle.snoozedUntil && Date.parse(idle.snoozedUntil) > now) return { text: `snoozed until ${formatTime(idle.snoozedUntil)}`, tone: 'info' };
  if (idle.lastActivityAt) {
    // The shared clock may lag fresh activity: never "active in 10 s".
    return { text: `active ${formatRelative(idle.lastActivityAt, now, 'past')}`, tone: 'success', title: `Last activity from ${idle.lastActivitySource ?? 'unknown source'}` };
  }
  return { text: idle.lastDecision?.outcome ?? 'no activity seen', tone: 'secondary', title: idle.lastDecision?.reason };
}
