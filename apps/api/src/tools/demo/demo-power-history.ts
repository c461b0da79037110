import { MongoClient } from 'mongodb';
import { type Actor, formatDuration, formatMinutes, formatUtc, systemActor, uuidv7, uuidv7Time } from '#kernel';
import { EVENT_LOG_COLLECTION } from '#persistence';
import { WORKERS_COLLECTION } from '../../modules/workers/infrastructure/worker.schema.js';
import { formatIn } from '../../modules/scheduling/domain/zoned-time.js';
import { random } from './demo-history.js';

/**
 * A month of plausible power history for the demo workers: the status changes the product would
 * have recorded had it managed them for a month (schedules starting classes on weekday mornings and
 * stopping them in the evening, idle detection stopping a worker forgotten in the evening, the
 * runtime limit stopping one kept running for days, people starting and stopping their own), so
 * the cost page, the fleet timeline and each worker's timeline are filled on first look.
 *
 * `powerHistory` is pure and deterministic: the same worker, pattern and end give the same history
 * on every run. `writePowerHistory` puts it into the event log.
 */

/** How a demo worker was used over the month. */
export type DemoPowerPattern =
  /** Started by a schedule at 08:00 UTC on weekdays and stopped by it at 18:00, with a Saturday of preparation by hand. */
  | 'classroom'
  /** Started by its owner on most weekdays and stopped by them, except on evenings they forgot it: idle detection stopped it then. */
  | 'forgetful'
  /** Started on Friday afternoons and kept running over the weekend until the 72 h runtime limit stopped it (or its owner did on Sunday). */
  | 'long-runner'
  /** Mostly stopped: started by hand a few times for a few hours, once by mistake and stopped within a minute. */
  | 'occasional';

export type PowerStatus = 'running' | 'stopped';

export interface DemoPowerPlan {
  /** Seeds the generator (the worker id: the same worker gets the same history). */
  seed: string;
  pattern: DemoPowerPattern;
  /** The person who owns it and starts and stops it by hand. */
  owner: string;
  /** The schedule's name in the reasons (classroom pattern). */
  scheduleName?: string;
  /** Where the history ends (the worker's import as the product recorded it) and its status then. */
  until: Date;
  endStatus: PowerStatus;
  /** Its status when the history begins (when it was taken under management). Default: endStatus. */
  startStatus?: PowerStatus;
  /** How many whole days before `until` the history begins. Default 31 (a full 30-day window). */
  days?: number;
}

export interface DemoStatusChange {
  at: Date;
  from: string;
  to: string;
  trigger: 'user' | 'ec2' | 'schedule' | 'idle-detection' | 'runtime-limit';
  reason: string;
  actor: Actor;
}

export interface DemoPowerHistory {
  /** When the product took the worker under management: the worker's `createdAt`, before every change. */
  createdAt: Date;
  changes: DemoStatusChange[];
}

/** Why a start or stop happened: the trigger, who did it and the reason as the product words it. */
interface Cause {
  trigger: DemoStatusChange['trigger'];
  actor: Actor;
  reason: (at: Date) => string;
}

/** One stretch between a start and a stop. `start` undefined: already running when managed. */
interface Run {
  start: Date;
  startBy?: Cause;
  stop?: Date;
  stopBy?: Cause;
  /** Seconds from the start request to EC2 reporting it running (default: a metal instance's boot). */
  bootSeconds?: number;
  /** Seconds from the stop request to EC2 reporting it stopped. */
  stopSeconds?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const IDLE_TIMEOUT_MINUTES = 60;
const IDLE_WARNING_LEAD_MINUTES = 10;
const RUNTIME_LIMIT_HOURS = 72;
/** A change this close to `until` would crowd the product's own events at the import. */
const END_MARGIN = 15 * MINUTE;

const RECONCILER = systemActor('power-reconciler');
const IDLE = systemActor('idle-detection');
const STATUS_FOLLOW = systemActor('status-follow');
const POWER_OPERATIONS = systemActor('power-operations');
const person = (name: string): Actor => ({ kind: 'user', id: `demo-user:${name}`, name });

const byHand = (name: string, action: 'start' | 'stop'): Cause => ({ trigger: 'user', actor: person(name), reason: () => `${action} requested by ${name}` });
const scheduleStart = (name: string, windowEnd: (at: Date) => Date): Cause => ({
  trigger: 'schedule',
  actor: RECONCILER,
  reason: (at) => `Schedule "${name}" has it running until ${formatIn(windowEnd(at), 'UTC')}.`,
});
const scheduleStop = (name: string): Cause => ({ trigger: 'schedule', actor: RECONCILER, reason: () => `Schedule "${name}" has it stopped outside its windows.` });
/** Idle detection's stop, worded as the idle rule words it (last activity, warning, planned stop). */
const idleStop = (lastActivity: Date): Cause => ({
  trigger: 'idle-detection',
  actor: IDLE,
  reason: (at) => {
    const warnedAt = new Date(at.getTime() - IDLE_WARNING_LEAD_MINUTES * MINUTE);
    const idleMinutes = Math.floor((at.getTime() - lastActivity.getTime()) / MINUTE);
    return `Stopped after ${formatMinutes(idleMinutes)} without activity (timeout ${formatMinutes(IDLE_TIMEOUT_MINUTES)}, last activity at ${formatUtc(lastActivity, at)}: CML user activity); warned at ${formatUtc(warnedAt, at)}.`;
  },
});
const runtimeLimitStop = (runningSince: Date): Cause => ({
  trigger: 'runtime-limit',
  actor: RECONCILER,
  reason: (at) => `It has run since ${formatUtc(runningSince, at)}, longer than the ${formatDuration(RUNTIME_LIMIT_HOURS * HOUR)} runtime limit, outside any schedule window or reservation.`,
});

const at = (day: Date, hours: number, minutes = 0, seconds = 0) => new Date(day.getTime() + hours * HOUR + minutes * MINUTE + seconds * 1000);
const isWeekday = (day: Date) => day.getUTCDay() >= 1 && day.getUTCDay() <= 5;
const startOfDay = (t: number) => new Date(Math.floor(t / DAY) * DAY);

/** The runs a pattern makes over whole days (UTC midnights) after the day the worker was taken on. */
function patternRuns(plan: DemoPowerPlan, days: Date[], next: () => number): Run[] {
  const { owner } = plan;
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const runs: Run[] = [];
  switch (plan.pattern) {
    case 'classroom': {
      const name = plan.scheduleName ?? 'Classroom hours';
      const start = scheduleStart(name, (t) => at(startOfDay(t.getTime()), 18));
      let prepared = false;
      for (const day of days) {
        if (isWeekday(day)) {
          // The reconciler runs every minute: a start or stop lands within a minute of the window's edge.
          runs.push({ start: at(day, 8, 0, between(5, 55)), startBy: start, stop: at(day, 18, 0, between(5, 55)), stopBy: scheduleStop(name) });
        } else if (day.getUTCDay() === 6 && !prepared && next() < 0.6) {
          prepared = true;
          runs.push({ start: at(day, 10, between(0, 40)), startBy: byHand(owner, 'start'), stop: at(day, 12, between(0, 50)), stopBy: byHand(owner, 'stop') });
        }
      }
      return runs;
    }
    case 'forgetful': {
      const weekdays = days.filter(isWeekday);
      // About one evening in eight it is left running, and at least on two: idle detection stops it after the timeout and the warning.
      const forgottenOn = new Set([weekdays[3], weekdays[Math.min(weekdays.length - 1, 12)]]);
      for (const day of weekdays) {
        const forgotten = forgottenOn.has(day) || next() < 0.12;
        if (!forgotten && next() < 0.25) continue;
        const start = at(day, between(8, 10), between(0, 59));
        if (forgotten) {
          const lastActivity = at(day, 17, between(0, 50));
          const stop = new Date(lastActivity.getTime() + (IDLE_TIMEOUT_MINUTES + 1 + IDLE_WARNING_LEAD_MINUTES) * MINUTE + between(5, 50) * 1000);
          runs.push({ start, startBy: byHand(owner, 'start'), stop, stopBy: idleStop(lastActivity) });
        } else {
          runs.push({ start, startBy: byHand(owner, 'start'), stop: at(day, between(16, 18), between(0, 59)), stopBy: byHand(owner, 'stop') });
        }
      }
      return runs;
    }
    case 'long-runner': {
      const fridays = days.filter((day) => day.getUTCDay() === 5);
      for (const day of fridays) {
        const start = at(day, between(14, 16), between(0, 59));
        const bootSeconds = 95;
        const runningSince = new Date(start.getTime() + bootSeconds * 1000);
        // Most weekends (the first always) it is kept running until the limit stops it on Monday; now and then its owner stops it on Sunday.
        if (day !== fridays[0] && next() < 0.25) runs.push({ start, startBy: byHand(owner, 'start'), bootSeconds, stop: at(day, 2 * 24 + between(18, 21), between(0, 59)), stopBy: byHand(owner, 'stop') });
        else runs.push({ start, startBy: byHand(owner, 'start'), bootSeconds, stop: new Date(runningSince.getTime() + RUNTIME_LIMIT_HOURS * HOUR + between(5, 55) * 1000), stopBy: runtimeLimitStop(runningSince) });
      }
      return runs;
    }
    case 'occasional': {
      const pick = (from: number) => days.slice(from).find(isWeekday);
      const first = pick(4);
      const mistake = pick(12);
      const second = pick(19);
      if (first) runs.push({ start: at(first, 13, between(0, 50)), startBy: byHand(owner, 'start'), stop: at(first, 16, between(0, 50)), stopBy: byHand(owner, 'stop') });
      // Started by mistake and stopped at once: EC2 still bills the minute.
      if (mistake) {
        const start = at(mistake, 11, between(0, 50));
        runs.push({ start, startBy: byHand(owner, 'start'), bootSeconds: 35, stop: new Date(start.getTime() + 50_000), stopBy: byHand(owner, 'stop'), stopSeconds: 45 });
      }
      if (second) runs.push({ start: at(second, 9, between(0, 50)), startBy: byHand(owner, 'start'), stop: at(second, 11, between(0, 50)), stopBy: byHand(owner, 'stop') });
      return runs;
    }
  }
}

/** The run as status changes: stopped -> pending -> running, running -> stopping -> stopped. */
function changesOf(run: Run, next: () => number): Omit<DemoStatusChange, 'from'>[] {
  const out: Omit<DemoStatusChange, 'from'>[] = [];
  if (run.startBy) {
    const boot = run.bootSeconds ?? 70 + Math.floor(next() * 50);
    out.push({ at: run.start, to: 'pending', trigger: run.startBy.trigger, actor: run.startBy.actor, reason: run.startBy.reason(run.start) });
    out.push({ at: new Date(run.start.getTime() + boot * 1000), to: 'running', trigger: 'ec2', actor: STATUS_FOLLOW, reason: 'EC2 reports the instance running' });
  }
  if (run.stop && run.stopBy) {
    const halt = run.stopSeconds ?? 35 + Math.floor(next() * 50);
    out.push({ at: run.stop, to: 'stopping', trigger: run.stopBy.trigger, actor: run.stopBy.actor, reason: run.stopBy.reason(run.stop) });
    out.push({ at: new Date(run.stop.getTime() + halt * 1000), to: 'stopped', trigger: 'ec2', actor: POWER_OPERATIONS, reason: 'EC2 reports the instance stopped' });
  }
  return out;
}

/** The latest a run's last change can be: EC2 reports a stop at most 85 s after it was asked. */
const overBy = (run: Run) => (run.stop ? run.stop.getTime() + (run.stopSeconds ?? 85) * 1000 : Infinity);

/**
 * A month of status changes for one worker, ending at `until` in `endStatus` (the status the
 * product found when it imported the worker): every change's `from` is the previous `to`, runs do
 * not overlap, and every change lies between `createdAt` and `until` (at least 15 minutes before).
 */
export function powerHistory(plan: DemoPowerPlan): DemoPowerHistory {
  const next = random(`${plan.seed}:power`);
  const startStatus = plan.startStatus ?? plan.endStatus;
  const until = plan.until.getTime();
  const days = plan.days ?? 31;
  const firstDay = startOfDay(until - days * DAY);
  const createdAt = at(firstDay, 9, Math.floor(next() * 50), Math.floor(next() * 60));
  const laterDays: Date[] = [];
  for (let d = firstDay.getTime() + DAY; d < until; d += DAY) laterDays.push(new Date(d));

  const runs: Run[] = [];
  // Taken under management while running: set up that day and stopped by its owner in the evening.
  if (startStatus === 'running') runs.push({ start: createdAt, stop: at(firstDay, 17, Math.floor(next() * 50)), stopBy: byHand(plan.owner, 'stop') });
  for (const run of patternRuns(plan, laterDays, next)) {
    if (run.start.getTime() >= until - END_MARGIN - 10 * MINUTE) break;
    runs.push(run);
  }

  // Nothing after the margin: a run that would stop in it is still running at the end.
  const last = runs.at(-1);
  if (last?.stop && overBy(last) >= until - END_MARGIN) Object.assign(last, { stop: undefined, stopBy: undefined });
  if (plan.endStatus === 'running' && (!last || last.stop)) {
    // Started by its owner in the hour before the end, after it had stopped; or, without room for that, never stopped.
    const start = Math.max((last ? overBy(last) : createdAt.getTime()) + 10 * MINUTE, until - END_MARGIN - 60 * MINUTE + Math.floor(next() * 40) * MINUTE);
    if (start < until - END_MARGIN - 3 * MINUTE) runs.push({ start: new Date(start), startBy: byHand(plan.owner, 'start') });
    else if (last) Object.assign(last, { stop: undefined, stopBy: undefined });
  }
  if (plan.endStatus === 'stopped' && last && !last.stop) {
    // Stopped by its owner before the end; a run begun just before it is left out.
    if (until - END_MARGIN - 5 * MINUTE - last.start.getTime() < 10 * MINUTE && last.startBy) runs.pop();
    else Object.assign(last, { stop: new Date(until - END_MARGIN - 5 * MINUTE), stopBy: byHand(plan.owner, 'stop') });
  }

  const changes: DemoStatusChange[] = [];
  let status: string = startStatus;
  let previous = createdAt.getTime();
  for (const run of runs) {
    const made = changesOf(run, next);
    // A run that would begin before the previous one is over is left out (patterns never make one).
    if (made.length && made[0].at.getTime() <= previous) continue;
    for (const change of made) {
      changes.push({ ...change, from: status });
      status = change.to;
      previous = change.at.getTime();
    }
  }
  return { createdAt, changes };
}

export interface DemoPowerWorker {
  workerId: string;
  power: { pattern: DemoPowerPattern; owner: string; scheduleName?: string };
}

export interface PowerHistoryWritten {
  workers: number;
  changes: number;
}

interface StoredImport {
  _id: string;
  occurredAt: string;
  data: { status?: string };
}

/**
 * Writes a month of status history for each worker straight into the product's database (a demo
 * tool), as if the product had managed it for that month before the demo:
 *
 * - the worker is known from the history's start: `lifecycle.createdAt` and `importedAt` move back
 *   to it (the fleet timeline and the cost metering count nothing before `createdAt`), and a worker
 *   whose status has not changed since its import gets the time and reason of its last change;
 *   the document's version goes up by one, so a save of the app that read it before is refused
 *   (and retried) instead of writing the old dates back;
 * - its `worker.imported` event moves to the history's start;
 * - the changes go in as `worker.status-changed` events with their own `occurredAt` and
 *   `recordedAt` now (readers that follow the log by `recordedAt` pick them up).
 *
 * Timelines order a worker's events by `aggregateVersion`, so the history takes the versions below
 * the import's (the import -n, the changes -n+1 .. 0): the worker's own versions (1 and up) stay
 * as they are and the next event it raises does not collide. The history ends where the import
 * was recorded, in the status the import found, so the product's own events carry on from it.
 *
 * Skips a worker that already has its history (a second run adds nothing), one the product did not
 * import, and one imported in a status other than running or stopped.
 */
export async function writePowerHistory(mongoUri: string, workers: DemoPowerWorker[], now = new Date()): Promise<PowerHistoryWritten> {
  const client = await new MongoClient(mongoUri).connect();
  const written: PowerHistoryWritten = { workers: 0, changes: 0 };
  try {
    const db = client.db();
    const docs = db.collection<{ _id: string; version: number; statusChangedAt?: string }>(WORKERS_COLLECTION);
    const events = db.collection<Record<string, unknown> & { _id: string }>(EVENT_LOG_COLLECTION);
    for (const { workerId, power } of workers) {
      const imported = (await events.findOne({ aggregateType: 'worker', aggregateId: workerId, type: 'worker.imported' })) as StoredImport | null;
      // Moved back and below the history once its history is complete: the mark of a worker done.
      if (!imported || (await events.findOne({ _id: imported._id, aggregateVersion: { $lte: 0 } }))) continue;
      const status = imported.data.status;
      if (status !== 'running' && status !== 'stopped') continue;
      // The id keeps the import's own time when its `occurredAt` has moved (a run that stopped half-way).
      const until = new Date(uuidv7Time(imported._id) ?? Date.parse(imported.occurredAt));
      const { createdAt, changes } = powerHistory({ seed: workerId, ...power, until, endStatus: status, startStatus: status });
      const last = changes.at(-1);
      if (!last) continue;

      for (let attempt = 0; ; attempt++) {
        const doc = await docs.findOne({ _id: workerId }, { projection: { version: 1, statusChangedAt: 1 } });
        if (!doc) break;
        const since = doc.statusChangedAt === until.toISOString() ? { statusChangedAt: last.at.toISOString(), statusReason: last.reason } : {};
        const res = await docs.updateOne(
          { _id: workerId, version: doc.version },
          { $set: { 'lifecycle.createdAt': createdAt.toISOString(), 'lifecycle.importedAt': createdAt.toISOString(), ...since }, $inc: { version: 1 } },
        );
        if (res.matchedCount === 1) break;
        if (attempt >= 20) throw new Error(`Worker ${workerId} kept changing; its history was not written`);
        await new Promise((r) => setTimeout(r, 100));
      }

      const n = changes.length;
      const recordedAt = now.toISOString();
      // A run stopped half-way may have left some: the history goes in whole.
      await events.deleteMany({ aggregateType: 'worker', aggregateId: workerId, type: 'worker.status-changed', aggregateVersion: { $lte: 0 } });
      await events.insertMany(
        changes.map((c, i) => ({
          _id: uuidv7(c.at.getTime()),
          type: 'worker.status-changed',
          aggregateType: 'worker',
          aggregateId: workerId,
          aggregateVersion: i - n + 1,
          occurredAt: c.at.toISOString(),
          actor: c.actor,
          data: { from: c.from, to: c.to, trigger: c.trigger, reason: c.reason },
          recordedAt,
        })),
        { ordered: false },
      );
      // Re-recorded now: a reader that follows the log by `recordedAt` sees it moved.
      await events.updateOne({ _id: imported._id }, { $set: { occurredAt: createdAt.toISOString(), aggregateVersion: -n, recordedAt } });
      written.workers++;
      written.changes += n;
    }
    return written;
  } finally {
    await client.close();
  }
}
