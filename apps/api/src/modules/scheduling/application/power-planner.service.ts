import { Injectable } from '@nestjs/common';
import { type DesiredPower, desiredPower, type PowerInputs } from '../domain/desired-state.rule.js';
import { holdsThroughReservations } from '../domain/budget-hold.rule.js';
import type { Reservation } from '../domain/reservation.aggregate.js';
import type { RuntimeLimit } from '../domain/runtime-limit.aggregate.js';
import type { Schedule } from '../domain/schedule.aggregate.js';
import type { ScheduleSpec } from '../domain/schedule.rule.js';
import { type PlannedStop, plannedStop, stopWarningDue } from '../domain/stop-warning.rule.js';
import { AppConfig } from '../../../config/app-config.js';
import { HolidayCalendarRepository, ReservationRepository, RuntimeLimitRepository, ScheduleRepository } from './ports/scheduling-repositories.port.js';
import type { FleetWorker } from './ports/worker-fleet.port.js';

/** Every policy in force, read once for a whole run of the reconciler (or one request). */
export interface PlanContext {
  schedules: { schedule: Schedule; spec: ScheduleSpec }[];
  limits: RuntimeLimit[];
  reservations: Reservation[];
}

const RUNNING_LIKE = ['running', 'pending'];

/** The median of recent boot-to-ready times, in minutes (rounded up). */
export function leadMinutesOf(samples: readonly number[], margin: number, fallback: number): number {
  if (samples.length === 0) return fallback;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.ceil(median / 60) + margin;
}

/**
 * Builds a worker's inputs to the one decision function (`desiredPower`) from the policies in
 * force and the worker's own facts. The API, the console and the reconciler all ask it.
 */
@Injectable()
export class PowerPlanner {
  constructor(
    private readonly schedules: ScheduleRepository,
    private readonly calendars: HolidayCalendarRepository,
    private readonly limits: RuntimeLimitRepository,
    private readonly reservations: ReservationRepository,
    private readonly config: AppConfig,
  ) {}

  async context(now: Date): Promise<PlanContext> {
    const [schedules, calendars, limits, reservations] = await Promise.all([this.schedules.active(), this.calendars.active(), this.limits.active(), this.reservations.endingAfter(new Date(now.getTime() - 86_400_000))]);
    const byId = new Map(calendars.map((c) => [c.id, c]));
    return {
      schedules: schedules.map((schedule) => {
        const s = schedule.snapshot();
        const calendar = s.calendarId ? byId.get(s.calendarId) : undefined;
        return { schedule, spec: { id: schedule.id, name: s.name, timezone: s.timezone, periods: s.periods, behaviour: s.behaviour, holidays: calendar?.dates ?? new Set(), calendarName: calendar?.name } };
      }),
      limits,
      reservations: reservations.filter((r) => !r.cancelled),
    };
  }

  inputsFor(worker: FleetWorker, ctx: PlanContext): PowerInputs {
    const { reservationLeadDefaultMinutes, reservationLeadMarginMinutes } = this.config.scheduling;
    const strictest = ctx.limits.filter((l) => l.appliesTo(worker)).sort((a, b) => a.hours - b.hours)[0];
    const running = RUNNING_LIKE.includes(worker.status);
    return {
      schedules: ctx.schedules.filter((s) => s.schedule.appliesTo(worker)).map((s) => s.spec),
      reservations: ctx.reservations
        .filter((r) => r.workerIds.includes(worker.id))
        .map((r) => ({ id: r.id, purpose: r.snapshot().purpose, owner: r.owner, ...r.window })),
      leadMinutes: leadMinutesOf(worker.bootToReadySeconds, reservationLeadMarginMinutes, reservationLeadDefaultMinutes),
      overrides: worker.override ? [{ id: `override-${worker.id}`, kind: worker.override.kind, until: new Date(worker.override.until), by: worker.override.by, ...(holdsThroughReservations(worker.override.by) ? { beforeReservations: true } : {}) }] : [],
      runtimeLimitHours: strictest?.hours,
      runtimeLimit: strictest && { id: strictest.id, name: strictest.snapshot().name },
      running,
      runningSince: running && worker.statusChangedAt ? new Date(worker.statusChangedAt) : undefined,
      lastManualChange: worker.lastManualChange ? { action: worker.lastManualChange.action, at: new Date(worker.lastManualChange.at), by: worker.lastManualChange.by } : undefined,
    };
  }

  desiredFor(worker: FleetWorker, ctx: PlanContext, now: Date): DesiredPower {
    return desiredPower(this.inputsFor(worker, ctx), now);
  }

  /** The stop of a running worker due a warning now (within SCHEDULE_STOP_WARNING_LEAD_MINUTES); undefined otherwise. */
  stopToWarn(worker: FleetWorker, ctx: PlanContext, desired: DesiredPower, now: Date): PlannedStop | undefined {
    const stop = plannedStop(desired, worker.status, this.inputsFor(worker, ctx).runtimeLimitHours);
    return stopWarningDue(stop, now, this.config.scheduling.stopWarningLeadMinutes) ? stop : undefined;
  }
}
