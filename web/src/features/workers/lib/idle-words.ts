import { formatDuration, formatRelative, formatTimeNear } from '../../../lib/format';
import type { WorkerIdle } from '../api/types';

type Decision = WorkerIdle['current'] | WorkerIdle['recentDecisions'][number];

/** Where activity was seen, in the words the server uses in stored reasons (domain/idle.rule.ts). */
const ACTIVITY_SOURCE_WORDS: Record<string, string> = {
  'cml-telemetry': 'CML user activity',
  'lab-event': 'lab event',
  'lab-state': 'lab state change',
  start: 'started',
  import: 'imported',
  created: 'created',
};

export const activitySourceWords = (source: string | undefined): string => (source ? (ACTIVITY_SOURCE_WORDS[source] ?? source) : 'unknown source');

const MINUTE = 60_000;
const after = (a: string | undefined, b: string | undefined) => Boolean(a && b && Date.parse(a) > Date.parse(b));

/**
 * A decision in words, times in the viewer's time zone. Given `now` (the decision of now, with the
 * panel's clock), times are also said relative to it ("12 min ago") and durations run on; without
 * it (a past decision), durations are as decided and times are times of day. Decisions without a
 * code (stored before 2026-12) and skipped ones are the server's words.
 */
export function describeIdleDecision(d: Decision, now?: number): string {
  const reference = now ?? ('at' in d ? Date.parse(d.at) : Date.now());
  const time = (iso: string | undefined) => formatTimeNear(iso, reference);
  const source = activitySourceWords(d.lastActivitySource);
  const activity = now === undefined ? `at ${time(d.lastActivityAt)}` : formatRelative(d.lastActivityAt, now);
  const idleFor = formatDuration(now !== undefined && d.lastActivityAt ? now - Date.parse(d.lastActivityAt) : (d.idleMinutes ?? 0) * MINUTE);
  const timeout = d.timeoutMinutes === undefined ? '' : formatDuration(d.timeoutMinutes * MINUTE);
  const idleFrom = d.idleFrom ? `idle from ${time(d.idleFrom)} if nothing happens` : '';
  switch (d.code) {
    case 'active':
      return now === undefined
        ? `Last activity ${activity} (${source}); ${idleFrom} (idle timeout ${timeout}).`
        : `Last activity ${activity} (${source}); ${idleFrom}.`;
    case 'snoozed':
      return `Snoozed until ${time(d.until)}${after(d.idleFrom, d.until) ? `; ${idleFrom}` : ''}.`;
    case 'start-grace':
      return `Started recently: never stopped before ${time(d.until)}${after(d.idleFrom, d.until) ? `; ${idleFrom}` : ''}.`;
    case 'no-activity-yet':
      return 'No activity seen yet; waiting for the first observation.';
    case 'activity-after-warning':
      return `Activity ${activity} (${source}) after the warning; the planned stop is cancelled.`;
    case 'idle-warning':
      return `Idle for ${idleFor} (timeout ${timeout}); stops at ${time(d.plannedStopAt)} unless someone uses or snoozes it.`;
    case 'warning-pending':
      return `Idle for ${idleFor} (timeout ${timeout}); warned at ${time(d.warnedAt)}, stops at ${time(d.plannedStopAt)} unless someone uses or snoozes it.`;
    case 'idle-stop':
      return `Stopped after ${idleFor} without activity (timeout ${timeout}); last activity at ${time(d.lastActivityAt)} (${source}).`;
    default:
      return d.reason;
  }
}
