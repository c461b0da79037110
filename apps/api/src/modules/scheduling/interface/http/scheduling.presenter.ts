import type { Actor } from '#kernel';
import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { HolidayCalendarView, PowerPlanView, ReservationView, RuntimeLimitView, ScheduleView, WorkerPowerView } from '../../application/queries/scheduling.queries.js';
import type {
  HolidayCalendarListResponse,
  HolidayCalendarResponse,
  PowerPlanResponse,
  ReservationListResponse,
  ReservationResponse,
  RuntimeLimitListResponse,
  RuntimeLimitResponse,
  ScheduleListResponse,
  ScheduleResponse,
  SchedulingActorResponse,
  WorkerPowerResponse,
} from './scheduling-response.dto.js';

/** Schedules, calendars, runtime limits, reservations, a worker's power and the fleet plan, as the scheduling routes answer them. */

const toActor = (a: Actor): SchedulingActorResponse => ({ kind: a.kind, id: a.id, name: a.name });
const refs = (list: { id: string; name: string }[]) => list.map((r) => ({ id: r.id, name: r.name }));
const assignment = (a: { workerIds: string[]; selector?: Record<string, string[]> }) => ({ workerIds: [...a.workerIds], ...(a.selector ? { selector: a.selector } : {}) });

function schedule(v: ScheduleView): ScheduleResponse {
  return {
    id: v.id,
    name: v.name,
    timezone: v.timezone,
    periods: v.periods.map((p) => ({ days: [...p.days], start: p.start, end: p.end })),
    behaviour: v.behaviour,
    calendarId: v.calendarId,
    assignment: assignment(v.assignment),
    workers: refs(v.workers),
    createdAt: v.createdAt,
    createdBy: toActor(v.createdBy),
    updatedAt: v.updatedAt,
  };
}

export const toScheduleResponse = (v: ScheduleView): Presented<ScheduleResponse> => present<ScheduleResponse>(schedule(v));
export const toScheduleListResponse = (list: ScheduleView[]): Presented<ScheduleListResponse> => present<ScheduleListResponse>({ items: list.map(schedule) });

function calendar(v: HolidayCalendarView): HolidayCalendarResponse {
  return {
    id: v.id,
    name: v.name,
    holidays: v.holidays.map((h) => ({ date: h.date, name: h.name })),
    usedBy: refs(v.usedBy),
    createdAt: v.createdAt,
    createdBy: toActor(v.createdBy),
    updatedAt: v.updatedAt,
  };
}

export const toHolidayCalendarResponse = (v: HolidayCalendarView): Presented<HolidayCalendarResponse> => present<HolidayCalendarResponse>(calendar(v));
export const toHolidayCalendarListResponse = (list: HolidayCalendarView[]): Presented<HolidayCalendarListResponse> => present<HolidayCalendarListResponse>({ items: list.map(calendar) });

function limit(v: RuntimeLimitView): RuntimeLimitResponse {
  return { id: v.id, name: v.name, hours: v.hours, assignment: assignment(v.assignment), workers: refs(v.workers), createdAt: v.createdAt, createdBy: toActor(v.createdBy), updatedAt: v.updatedAt };
}

export const toRuntimeLimitResponse = (v: RuntimeLimitView): Presented<RuntimeLimitResponse> => present<RuntimeLimitResponse>(limit(v));
export const toRuntimeLimitListResponse = (list: RuntimeLimitView[]): Presented<RuntimeLimitListResponse> => present<RuntimeLimitListResponse>({ items: list.map(limit) });

function reservation(v: ReservationView): ReservationResponse {
  return {
    id: v.id,
    purpose: v.purpose,
    owner: v.owner,
    start: v.start,
    end: v.end,
    workerIds: [...v.workerIds],
    workers: refs(v.workers),
    requested: v.requested ? { count: v.requested.count, selector: v.requested.selector } : undefined,
    leadMinutes: { ...v.leadMinutes },
    createdAt: v.createdAt,
    createdBy: toActor(v.createdBy),
    cancelledAt: v.cancelledAt,
    cancelledBy: v.cancelledBy && toActor(v.cancelledBy),
  };
}

export const toReservationResponse = (v: ReservationView): Presented<ReservationResponse> => present<ReservationResponse>(reservation(v));
export const toReservationListResponse = (list: ReservationView[]): Presented<ReservationListResponse> => present<ReservationListResponse>({ items: list.map(reservation) });

const rule = (r: { kind: string; id?: string; name?: string }) => ({ kind: r.kind, id: r.id, name: r.name });

export function toWorkerPowerResponse(v: WorkerPowerView): Presented<WorkerPowerResponse> {
  return present<WorkerPowerResponse>({
    workerId: v.workerId,
    state: v.state,
    rule: rule(v.rule),
    reason: v.reason,
    until: v.until,
    next: v.next.map((n) => ({ at: n.at, state: n.state, rule: rule(n.rule), reason: n.reason })),
    timezone: v.timezone,
  });
}

export function toPowerPlanResponse(v: PowerPlanView): Presented<PowerPlanResponse> {
  return present<PowerPlanResponse>({
    from: v.from,
    to: v.to,
    now: v.now,
    rows: v.rows.map((r) => ({
      workerId: r.workerId,
      name: r.name,
      actual: r.actual.map((a) => ({ start: a.start, end: a.end })),
      planned: r.planned.map((p) => ({ start: p.start, end: p.end, state: p.state, rule: p.rule, label: p.label })),
      reservations: r.reservations.map((x) => ({ id: x.id, purpose: x.purpose, owner: x.owner, start: x.start, end: x.end })),
      overrides: r.overrides.map((o) => ({ id: o.id, kind: o.kind, until: o.until, by: o.by })),
    })),
  });
}
