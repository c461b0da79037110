import type { HolidayCalendar } from '../../domain/holiday-calendar.aggregate.js';
import type { Reservation } from '../../domain/reservation.aggregate.js';
import type { RuntimeLimit } from '../../domain/runtime-limit.aggregate.js';
import type { Schedule } from '../../domain/schedule.aggregate.js';

/** Stored schedules (deleted ones are kept, marked, for their history). */
export abstract class ScheduleRepository {
  abstract newId(): string;
  abstract get(id: string): Promise<Schedule>;
  abstract save(schedule: Schedule): Promise<void>;
  /** Every schedule not deleted. */
  abstract active(): Promise<Schedule[]>;
}

export abstract class HolidayCalendarRepository {
  abstract newId(): string;
  abstract get(id: string): Promise<HolidayCalendar>;
  abstract save(calendar: HolidayCalendar): Promise<void>;
  abstract active(): Promise<HolidayCalendar[]>;
}

export abstract class RuntimeLimitRepository {
  abstract newId(): string;
  abstract get(id: string): Promise<RuntimeLimit>;
  abstract save(limit: RuntimeLimit): Promise<void>;
  abstract active(): Promise<RuntimeLimit[]>;
}

export abstract class ReservationRepository {
  abstract newId(): string;
  abstract get(id: string): Promise<Reservation>;
  abstract save(reservation: Reservation): Promise<void>;
  /** Reservations not cancelled that end after `after` (current and future ones), oldest start first. */
  abstract endingAfter(after: Date): Promise<Reservation[]>;
}
