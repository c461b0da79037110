import { monthEnd } from './budget-month.rule.js';

/** How far ahead a worker override may reach (the workers module's OVERRIDE_MAX_DAYS): a hold longer than that is renewed. */
export const HOLD_MAX_DAYS = 14;
const DAY_MS = 86_400_000;

/** What the budget-watch job does with one running worker a budget covers. */
export type StopDecision = { act: 'stop' } | { act: 'hold'; reason: string } | { act: 'none' };

export interface StopFacts {
  percent: number;
  stopAtLimit: boolean;
  hard: boolean;
  /** Whether the worker runs (or is starting). */
  running: boolean;
  /** The reservation that holds it now (warm-up included), as the desired-power decision says; undefined when none. */
  reservation?: string;
}

/**
 * Whether a budget stops a worker it covers: only at 100 % or more, only when it says stopAtLimit,
 * only a running worker, and never inside a reservation unless the budget is hard.
 */
export function stopDecision(f: StopFacts): StopDecision {
  if (!f.stopAtLimit || f.percent < 100 || !f.running) return { act: 'none' };
  if (f.reservation !== undefined && !f.hard) return { act: 'hold', reason: `Inside reservation "${f.reservation}"; a budget that is not hard never stops a reserved worker.` };
  return { act: 'stop' };
}

/** Until when a budget's keep-stopped override is set now: the month's end, or as far as an override may reach. */
export function holdUntil(month: string, now: Date): Date {
  const end = monthEnd(month);
  const reach = new Date(now.getTime() + HOLD_MAX_DAYS * DAY_MS);
  return end < reach ? end : reach;
}

/** Whether a worker's hold (by the budget, until `until`) must be set again now to reach the month's end: it is missing, or ends before the month does and within a week. */
export function holdRenewalDue(until: Date | undefined, month: string, now: Date): boolean {
  if (!until) return true;
  const end = monthEnd(month);
  return until < end && until.getTime() - now.getTime() < 7 * DAY_MS;
}
