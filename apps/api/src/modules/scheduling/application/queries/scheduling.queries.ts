import type { Actor } from '#kernel';
import type { PowerRule, PowerState } from '../../domain/desired-state.rule.js';
import type { Holiday } from '../../domain/holiday-calendar.rule.js';
import type { RuntimeLimitDefinition } from '../../domain/runtime-limit.aggregate.js';
import type { ScheduleDefinition } from '../../domain/schedule.aggregate.js';
import type { TagSelector } from '../../domain/tag-selector.value-object.js';

/** A worker or a schedule, by id and name. */
export interface Ref {
  id: string;
  name: string;
}

interface Authored {
  id: string;
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
}

export interface ScheduleView extends ScheduleDefinition, Authored {
  /** The workers it applies to now (named, or matching its selector). */
  workers: Ref[];
}

export interface HolidayCalendarView extends Authored {
  name: string;
  holidays: Holiday[];
  /** The schedules that skip its days. */
  usedBy: Ref[];
}

export interface RuntimeLimitView extends RuntimeLimitDefinition, Authored {
  workers: Ref[];
}

export interface ReservationView {
  id: string;
  purpose: string;
  owner: string;
  start: string;
  end: string;
  workerIds: string[];
  workers: Ref[];
  requested?: { count: number; selector: TagSelector };
  /** Minutes before the start each worker is started, so it is ready at the start. */
  leadMinutes: Record<string, number>;
  createdAt: string;
  createdBy: Actor;
  cancelledAt?: string;
  cancelledBy?: Actor;
}

export interface PowerDecisionView {
  state: PowerState;
  rule: PowerRule;
  reason: string;
}

export interface WorkerPowerView extends PowerDecisionView {
  workerId: string;
  until?: string;
  next: (PowerDecisionView & { at: string })[];
  /** The time zone of the schedule that decided (or of the first that applies), for showing times in the rule's own zone. */
  timezone?: string;
}

/** One worker's row of the fleet timeline (the console's `TimelineRow`). */
export interface TimelineRowView {
  workerId: string;
  name: string;
  actual: { start: string; end?: string }[];
  planned: { start: string; end: string; state: PowerState; rule: string; label: string }[];
  reservations: { id: string; purpose: string; owner: string; start: string; end: string }[];
  overrides: { id: string; kind: 'keep-running' | 'keep-stopped'; until: string; by: string }[];
}

export interface PowerPlanView {
  from: string;
  to: string;
  now: string;
  rows: TimelineRowView[];
}

export class ListSchedulesQuery {}
export class GetScheduleQuery {
  constructor(readonly id: string) {}
}
export class ListHolidayCalendarsQuery {}
export class GetHolidayCalendarQuery {
  constructor(readonly id: string) {}
}
export class ListRuntimeLimitsQuery {}
export class GetRuntimeLimitQuery {
  constructor(readonly id: string) {}
}
/** Reservations not cancelled that overlap [from, to) (from: now by default), of one worker if given, oldest start first. */
export class ListReservationsQuery {
  constructor(readonly filter: { from?: Date; to?: Date; workerId?: string }) {}
}
export class GetReservationQuery {
  constructor(readonly id: string) {}
}
/** A worker's desired power now, computed live by the one decision function. */
export class GetWorkerPowerQuery {
  constructor(readonly workerId: string) {}
}
/** What ran, what is planned, reservations and overrides of every worker over [from, to) (the fleet timeline). */
export class GetPowerPlanQuery {
  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {}
}

export const MAX_PLAN_DAYS = 31;
