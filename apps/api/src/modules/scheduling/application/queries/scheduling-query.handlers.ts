import { Injectable } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../config/app-config.js';
import { type DesiredPower, type PowerDecision, powerPlan } from '../../domain/desired-state.rule.js';
import type { HolidayCalendar } from '../../domain/holiday-calendar.aggregate.js';
import type { Reservation } from '../../domain/reservation.aggregate.js';
import { overlaps } from '../../domain/reservation.rule.js';
import type { RuntimeLimit } from '../../domain/runtime-limit.aggregate.js';
import type { Schedule } from '../../domain/schedule.aggregate.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { leadMinutesOf, PowerPlanner } from '../power-planner.service.js';
import { PowerHistory, type StatusChange } from '../ports/power-history.port.js';
import { HolidayCalendarRepository, ReservationRepository, RuntimeLimitRepository, ScheduleRepository } from '../ports/scheduling-repositories.port.js';
import { type FleetWorker, WorkerFleet } from '../ports/worker-fleet.port.js';
import {
  GetHolidayCalendarQuery,
  GetPowerPlanQuery,
  GetReservationQuery,
  GetRuntimeLimitQuery,
  GetScheduleQuery,
  GetWorkerPowerQuery,
  type HolidayCalendarView,
  ListHolidayCalendarsQuery,
  ListReservationsQuery,
  ListRuntimeLimitsQuery,
  ListSchedulesQuery,
  MAX_PLAN_DAYS,
  type PowerDecisionView,
  type PowerPlanView,
  type Ref,
  type ReservationView,
  type RuntimeLimitView,
  type ScheduleView,
  type TimelineRowView,
  type WorkerPowerView,
} from './scheduling.queries.js';

const DAY = 86_400_000;
/** EC2 states in which an instance runs (and is billed): the timeline's "actual" bars. */
const ON = new Set(['pending', 'running', 'stopping']);

const ref = (w: { id: string; name: string }): Ref => ({ id: w.id, name: w.name });
const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name);

export function toScheduleView(schedule: Schedule, workers: readonly FleetWorker[]): ScheduleView {
  const { deletedAt: _d, ...s } = schedule.snapshot();
  return { id: schedule.id, ...s, periods: s.periods.map((p) => ({ ...p, days: [...p.days] })), workers: workers.filter((w) => schedule.appliesTo(w)).map(ref).sort(byName) };
}

export function toCalendarView(calendar: HolidayCalendar, schedules: readonly Schedule[]): HolidayCalendarView {
  const { deletedAt: _d, ...c } = calendar.snapshot();
  return { id: calendar.id, ...c, holidays: c.holidays.map((h) => ({ ...h })), usedBy: schedules.filter((s) => s.calendarId === calendar.id).map(ref).sort(byName) };
}

export function toLimitView(limit: RuntimeLimit, workers: readonly FleetWorker[]): RuntimeLimitView {
  const { deletedAt: _d, ...l } = limit.snapshot();
  return { id: limit.id, ...l, workers: workers.filter((w) => limit.appliesTo(w)).map(ref).sort(byName) };
}

export function toReservationView(reservation: Reservation, workers: ReadonlyMap<string, FleetWorker>, lead: (w: FleetWorker) => number, fallbackLead: number): ReservationView {
  const r = reservation.snapshot();
  return {
    id: reservation.id,
    ...r,
    workerIds: [...r.workerIds],
    // A worker no longer managed keeps its id as its name.
    workers: r.workerIds.map((id) => ({ id, name: workers.get(id)?.name ?? id })),
    leadMinutes: Object.fromEntries(r.workerIds.map((id) => [id, workers.has(id) ? lead(workers.get(id)!) : fallbackLead])),
  };
}

const decisionView = (d: PowerDecision): PowerDecisionView => ({ state: d.state, rule: { ...d.rule }, reason: d.reason });

export function toWorkerPowerView(workerId: string, desired: DesiredPower, timezone: string | undefined): WorkerPowerView {
  return {
    workerId,
    ...decisionView(desired),
    ...(desired.until ? { until: desired.until.toISOString() } : {}),
    next: desired.next.map((n) => ({ at: n.at.toISOString(), ...decisionView(n) })),
    ...(timezone ? { timezone } : {}),
  };
}

/**
 * When the worker ran in [from, to): from its status changes since `from`; before the first one
 * it was in that change's `from` state (or, with none, in its status now). An open period (still
 * running) has no end.
 */
const laterOf = (from: Date, iso: string | undefined): Date => (iso && Date.parse(iso) > from.getTime() ? new Date(iso) : from);

export function runningPeriods(changes: readonly StatusChange[], statusNow: string, from: Date, to: Date): { start: string; end?: string }[] {
  const out: { start: string; end?: string }[] = [];
  if (from >= to) return out;
  let since: Date | undefined = ON.has(changes[0]?.from ?? statusNow) ? from : undefined;
  for (const c of changes) {
    if (c.at >= to) break;
    const on = ON.has(c.to);
    if (on && !since) since = c.at;
    else if (!on && since) {
      if (c.at > since) out.push({ start: since.toISOString(), end: c.at.toISOString() });
      since = undefined;
    }
  }
  if (since) {
    const later = changes.find((c) => c.at >= to);
    out.push({ start: since.toISOString(), ...(later ? { end: to.toISOString() } : {}) });
  }
  return out;
}

@QueryHandler(ListSchedulesQuery)
export class ListSchedulesHandler implements IQueryHandler<ListSchedulesQuery, ScheduleView[]> {
  constructor(
    private readonly schedules: ScheduleRepository,
    private readonly fleet: WorkerFleet,
  ) {}

  async execute(): Promise<ScheduleView[]> {
    const [schedules, workers] = await Promise.all([this.schedules.active(), this.fleet.all()]);
    return schedules.map((s) => toScheduleView(s, workers));
  }
}

@QueryHandler(GetScheduleQuery)
export class GetScheduleHandler implements IQueryHandler<GetScheduleQuery, ScheduleView> {
  constructor(
    private readonly schedules: ScheduleRepository,
    private readonly fleet: WorkerFleet,
  ) {}

  async execute({ id }: GetScheduleQuery): Promise<ScheduleView> {
    const [schedule, workers] = await Promise.all([this.schedules.get(id), this.fleet.all()]);
    return toScheduleView(schedule, workers);
  }
}

@QueryHandler(ListHolidayCalendarsQuery)
export class ListHolidayCalendarsHandler implements IQueryHandler<ListHolidayCalendarsQuery, HolidayCalendarView[]> {
  constructor(
    private readonly calendars: HolidayCalendarRepository,
    private readonly schedules: ScheduleRepository,
  ) {}

  async execute(): Promise<HolidayCalendarView[]> {
    const [calendars, schedules] = await Promise.all([this.calendars.active(), this.schedules.active()]);
    return calendars.map((c) => toCalendarView(c, schedules));
  }
}

@QueryHandler(GetHolidayCalendarQuery)
export class GetHolidayCalendarHandler implements IQueryHandler<GetHolidayCalendarQuery, HolidayCalendarView> {
  constructor(
    private readonly calendars: HolidayCalendarRepository,
    private readonly schedules: ScheduleRepository,
  ) {}

  async execute({ id }: GetHolidayCalendarQuery): Promise<HolidayCalendarView> {
    const [calendar, schedules] = await Promise.all([this.calendars.get(id), this.schedules.active()]);
    return toCalendarView(calendar, schedules);
  }
}

@QueryHandler(ListRuntimeLimitsQuery)
export class ListRuntimeLimitsHandler implements IQueryHandler<ListRuntimeLimitsQuery, RuntimeLimitView[]> {
  constructor(
    private readonly limits: RuntimeLimitRepository,
    private readonly fleet: WorkerFleet,
  ) {}

  async execute(): Promise<RuntimeLimitView[]> {
    const [limits, workers] = await Promise.all([this.limits.active(), this.fleet.all()]);
    return limits.map((l) => toLimitView(l, workers));
  }
}

@QueryHandler(GetRuntimeLimitQuery)
export class GetRuntimeLimitHandler implements IQueryHandler<GetRuntimeLimitQuery, RuntimeLimitView> {
  constructor(
    private readonly limits: RuntimeLimitRepository,
    private readonly fleet: WorkerFleet,
  ) {}

  async execute({ id }: GetRuntimeLimitQuery): Promise<RuntimeLimitView> {
    const [limit, workers] = await Promise.all([this.limits.get(id), this.fleet.all()]);
    return toLimitView(limit, workers);
  }
}

/** Reservations as the API shows them, each worker with its lead time. */
@Injectable()
export class ReservationViews {
  constructor(
    private readonly fleet: WorkerFleet,
    private readonly config: AppConfig,
  ) {}

  async of(reservations: Reservation[]): Promise<ReservationView[]> {
    const workers = new Map((await this.fleet.all()).map((w) => [w.id, w]));
    const { reservationLeadDefaultMinutes: fallback, reservationLeadMarginMinutes: margin } = this.config.scheduling;
    return reservations.map((r) => toReservationView(r, workers, (w) => leadMinutesOf(w.bootToReadySeconds, margin, fallback), fallback));
  }
}

@QueryHandler(ListReservationsQuery)
export class ListReservationsHandler implements IQueryHandler<ListReservationsQuery, ReservationView[]> {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly views: ReservationViews,
    private readonly clock: Clock,
  ) {}

  async execute({ filter }: ListReservationsQuery): Promise<ReservationView[]> {
    const from = filter.from ?? this.clock.now();
    const found = (await this.reservations.endingAfter(from)).filter((r) => !r.cancelled && (!filter.to || r.window.start < filter.to) && (!filter.workerId || r.workerIds.includes(filter.workerId)));
    return this.views.of(found);
  }
}

@QueryHandler(GetReservationQuery)
export class GetReservationHandler implements IQueryHandler<GetReservationQuery, ReservationView> {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly views: ReservationViews,
  ) {}

  async execute({ id }: GetReservationQuery): Promise<ReservationView> {
    const [view] = await this.views.of([await this.reservations.get(id)]);
    return view;
  }
}

@QueryHandler(GetWorkerPowerQuery)
export class GetWorkerPowerHandler implements IQueryHandler<GetWorkerPowerQuery, WorkerPowerView> {
  constructor(
    private readonly fleet: WorkerFleet,
    private readonly planner: PowerPlanner,
    private readonly clock: Clock,
  ) {}

  async execute({ workerId }: GetWorkerPowerQuery): Promise<WorkerPowerView> {
    const now = this.clock.now();
    const [worker, ctx] = await Promise.all([this.fleet.get(workerId), this.planner.context(now)]);
    const desired = this.planner.desiredFor(worker, ctx, now);
    const applying = ctx.schedules.filter((s) => s.schedule.appliesTo(worker));
    const deciding = desired.rule.kind === 'schedule' ? applying.find((s) => s.schedule.id === desired.rule.id) : undefined;
    return toWorkerPowerView(worker.id, desired, (deciding ?? applying[0])?.spec.timezone);
  }
}

@QueryHandler(GetPowerPlanQuery)
export class GetPowerPlanHandler implements IQueryHandler<GetPowerPlanQuery, PowerPlanView> {
  constructor(
    private readonly fleet: WorkerFleet,
    private readonly planner: PowerPlanner,
    private readonly reservations: ReservationRepository,
    private readonly history: PowerHistory,
    private readonly clock: Clock,
  ) {}

  async execute({ from, to }: GetPowerPlanQuery): Promise<PowerPlanView> {
    if (!(to > from)) throw SchedulingErrors.planRangeInvalid('to must come after from');
    if (to.getTime() - from.getTime() > MAX_PLAN_DAYS * DAY) throw SchedulingErrors.planRangeInvalid(`give a range of at most ${MAX_PLAN_DAYS} days`);
    const now = this.clock.now();
    const [workers, ctx, inRange] = await Promise.all([this.fleet.all(), this.planner.context(now), this.reservations.endingAfter(from)]);
    // The plan's own range decides which reservations count, not the reconciler's "from yesterday on".
    const reservations = inRange.filter((r) => !r.cancelled && r.window.start < to);
    const planCtx = { ...ctx, reservations };
    const history = await this.history.statusChangesSince(
      workers.map((w) => w.id),
      from,
    );
    const rows = workers
      .map((worker): TimelineRowView => {
        const segments = powerPlan(this.planner.inputsFor(worker, planCtx), from, to);
        return {
          workerId: worker.id,
          name: worker.name,
          // Nothing is known of a worker before the product knew it: its bars start there at the earliest.
          actual: runningPeriods(history.get(worker.id) ?? [], worker.status, laterOf(from, worker.createdAt), to),
          planned: segments.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), state: s.state, rule: s.rule.kind, label: s.reason })),
          reservations: reservations
            .filter((r) => r.workerIds.includes(worker.id) && overlaps(r.window, { start: from, end: to }))
            .map((r) => ({ id: r.id, purpose: r.snapshot().purpose, owner: r.owner, start: r.window.start.toISOString(), end: r.window.end.toISOString() })),
          overrides: worker.override ? [{ id: `override-${worker.id}`, kind: worker.override.kind, until: worker.override.until, by: worker.override.by }] : [],
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return { from: from.toISOString(), to: to.toISOString(), now: now.toISOString(), rows };
  }
}
