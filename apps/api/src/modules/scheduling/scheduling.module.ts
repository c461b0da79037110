import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { WorkersModule } from '../workers/workers.module.js';
import { DeleteHolidayCalendarHandler, DeleteRuntimeLimitHandler, DeleteScheduleHandler, SaveHolidayCalendarHandler, SaveRuntimeLimitHandler, SaveScheduleHandler } from './application/commands/policy.handlers.js';
import { ReconcilePowerHandler } from './application/commands/reconcile-power/reconcile-power.handler.js';
import { CancelReservationHandler, CreateReservationHandler } from './application/commands/reservation.handlers.js';
import { CalendarFileReader } from './application/ports/calendar-file.port.js';
import { PowerHistory } from './application/ports/power-history.port.js';
import { HolidayCalendarRepository, ReservationRepository, RuntimeLimitRepository, ScheduleRepository } from './application/ports/scheduling-repositories.port.js';
import { WorkerFleet } from './application/ports/worker-fleet.port.js';
import { PowerPlanner } from './application/power-planner.service.js';
import {
  GetHolidayCalendarHandler,
  GetPowerPlanHandler,
  GetReservationHandler,
  GetRuntimeLimitHandler,
  GetScheduleHandler,
  GetWorkerPowerHandler,
  ListHolidayCalendarsHandler,
  ListReservationsHandler,
  ListRuntimeLimitsHandler,
  ListSchedulesHandler,
  ReservationViews,
} from './application/queries/scheduling-query.handlers.js';
import { IcalCalendarReader } from './infrastructure/ical/ical-calendar.reader.js';
import { EventLogPowerHistory } from './infrastructure/persistence/power-history.event-log.js';
import { HolidayCalendarMongoRepository, ReservationMongoRepository, RuntimeLimitMongoRepository, ScheduleMongoRepository } from './infrastructure/persistence/scheduling.mongo-repositories.js';
import { HOLIDAY_CALENDAR_MODEL, holidayCalendarSchema, RESERVATION_MODEL, reservationSchema, RUNTIME_LIMIT_MODEL, runtimeLimitSchema, SCHEDULE_MODEL, scheduleSchema } from './infrastructure/persistence/scheduling.schemas.js';
import { WorkersFacadeFleet } from './infrastructure/workers/worker-fleet.adapter.js';
import { HolidayCalendarsController } from './interface/http/holiday-calendars.controller.js';
import { PowerController } from './interface/http/power.controller.js';
import { ReservationsController } from './interface/http/reservations.controller.js';
import { RuntimeLimitsController } from './interface/http/runtime-limits.controller.js';
import { SchedulesController } from './interface/http/schedules.controller.js';

/**
 * Desired power (docs/scheduling.md, ADR 0032): schedules, holiday calendars, runtime limits and
 * reservations; the one decision function answered live; the reconciler that makes the fleet match.
 */
@Module({
  // WorkersModule only for the WorkersFacade it exports (workers.public.ts).
  imports: [
    WorkersModule,
    MongooseModule.forFeature([
      { name: SCHEDULE_MODEL, schema: scheduleSchema },
      { name: HOLIDAY_CALENDAR_MODEL, schema: holidayCalendarSchema },
      { name: RUNTIME_LIMIT_MODEL, schema: runtimeLimitSchema },
      { name: RESERVATION_MODEL, schema: reservationSchema },
    ]),
  ],
  controllers: [SchedulesController, HolidayCalendarsController, RuntimeLimitsController, ReservationsController, PowerController],
  providers: [
    { provide: ScheduleRepository, useClass: ScheduleMongoRepository },
    { provide: HolidayCalendarRepository, useClass: HolidayCalendarMongoRepository },
    { provide: RuntimeLimitRepository, useClass: RuntimeLimitMongoRepository },
    { provide: ReservationRepository, useClass: ReservationMongoRepository },
    { provide: WorkerFleet, useClass: WorkersFacadeFleet },
    { provide: CalendarFileReader, useClass: IcalCalendarReader },
    { provide: PowerHistory, useClass: EventLogPowerHistory },
    PowerPlanner,
    ReservationViews,
    SaveScheduleHandler,
    DeleteScheduleHandler,
    SaveHolidayCalendarHandler,
    DeleteHolidayCalendarHandler,
    SaveRuntimeLimitHandler,
    DeleteRuntimeLimitHandler,
    CreateReservationHandler,
    CancelReservationHandler,
    ReconcilePowerHandler,
    ListSchedulesHandler,
    GetScheduleHandler,
    ListHolidayCalendarsHandler,
    GetHolidayCalendarHandler,
    ListRuntimeLimitsHandler,
    GetRuntimeLimitHandler,
    ListReservationsHandler,
    GetReservationHandler,
    GetWorkerPowerHandler,
    GetPowerPlanHandler,
  ],
})
export class SchedulingModule {}
