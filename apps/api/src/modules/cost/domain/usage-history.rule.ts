import type { RunInterval } from './metering.rule.js';

/**
 * A worker's history as metering reads it, oldest first: when the product came to know it (imported
 * or provisioned), its status changes with what caused them, instance type changes, and its end
 * (terminated or unregistered: nothing after it is the product's to count).
 */
export type UsageEvent =
  | { at: Date; kind: 'known'; region: string; instanceType: string; status: string }
  | { at: Date; kind: 'status'; from: string; to: string; trigger: string }
  | { at: Date; kind: 'type'; instanceType: string }
  | { at: Date; kind: 'gone' };

/** A stop and what it was the stop of (to price what it saved). */
export interface UsageStop {
  at: Date;
  /** What caused the change away from running: a saving rule, a person (`user`), EC2 ... */
  trigger: string;
  region: string;
  instanceType: string;
  /** When the stop ended: the next start, or the worker's end; absent while it lasts. */
  until?: Date;
}

/** Runs and stops of a worker; the last run or stop may still be going (no end). */
export interface Usage {
  runs: RunInterval[];
  stops: UsageStop[];
}

/** EC2 bills an instance while it is `running` (not while pending or stopping, ADR 0042). */
const BILLED = 'running';
const STARTS = new Set(['pending', 'running']);
const STOPS = new Set(['stopping', 'stopped', 'shutting-down', 'terminated']);

/**
 * Running intervals and stops from a worker's history. A worker imported while running runs from
 * its import (nothing before it is known); a stop is attributed to what caused the change away
 * from `running` (idle detection, a schedule, a person ...), not to EC2's later `stopped`.
 */
export function usageOf(events: readonly UsageEvent[]): Usage {
  const runs: RunInterval[] = [];
  const stops: UsageStop[] = [];
  let region: string | undefined;
  let instanceType: string | undefined;
  let status: string | undefined;
  let run: RunInterval | undefined;
  let stop: UsageStop | undefined;
  const endRun = (at: Date) => {
    if (run) run.end = at;
    run = undefined;
  };
  const endStop = (at: Date) => {
    if (stop) stop.until = at;
    stop = undefined;
  };
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (e.kind === 'known') {
      region = e.region;
      instanceType = e.instanceType;
      status = e.status;
      if (status === BILLED && !run) runs.push((run = { start: e.at, region, instanceType }));
      continue;
    }
    if (!region || !instanceType) continue; // nothing is known of a worker before it is known
    if (e.kind === 'type') {
      instanceType = e.instanceType;
      continue;
    }
    if (e.kind === 'gone') {
      endRun(e.at);
      endStop(e.at);
      break;
    }
    const wasRunning = status === BILLED;
    status = e.to;
    if (e.to === BILLED && !run) runs.push((run = { start: e.at, region, instanceType }));
    if (e.to !== BILLED) endRun(e.at);
    if (STARTS.has(e.to)) endStop(e.at);
    if (wasRunning && STOPS.has(e.to) && !stop) stops.push((stop = { at: e.at, trigger: e.trigger, region, instanceType }));
    if (e.to === 'terminated') endStop(e.at);
  }
  return { runs, stops };
}
