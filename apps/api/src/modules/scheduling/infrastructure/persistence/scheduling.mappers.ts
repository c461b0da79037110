import type { AggregateMapper } from '#persistence';
import { HolidayCalendar, type HolidayCalendarState } from '../../domain/holiday-calendar.aggregate.js';
import { Reservation, type ReservationState } from '../../domain/reservation.aggregate.js';
import { RuntimeLimit, type RuntimeLimitState } from '../../domain/runtime-limit.aggregate.js';
import { Schedule, type ScheduleState } from '../../domain/schedule.aggregate.js';

/** The stored documents' state fields (see `scheduling.schemas.ts`): the aggregates' states as they are. */
export type ScheduleDocument = ScheduleState;
export type HolidayCalendarDocument = HolidayCalendarState;
export type RuntimeLimitDocument = RuntimeLimitState;
export type ReservationDocument = ReservationState;

export const scheduleMapper: AggregateMapper<Schedule, ScheduleDocument> = {
  // `calendarId` spelled out: a calendar taken off the schedule is absent from the state, and only a field present as undefined is unset in the stored document.
  toDocument: (s) => {
    const state = s.snapshot() as ScheduleState;
    return { ...state, calendarId: state.calendarId };
  },
  fromDocument: (id, version, doc) => new Schedule(id, doc, version),
};

export const holidayCalendarMapper: AggregateMapper<HolidayCalendar, HolidayCalendarDocument> = {
  toDocument: (c) => c.snapshot() as HolidayCalendarState,
  fromDocument: (id, version, doc) => new HolidayCalendar(id, doc, version),
};

export const runtimeLimitMapper: AggregateMapper<RuntimeLimit, RuntimeLimitDocument> = {
  toDocument: (l) => l.snapshot() as RuntimeLimitState,
  fromDocument: (id, version, doc) => new RuntimeLimit(id, doc, version),
};

export const reservationMapper: AggregateMapper<Reservation, ReservationDocument> = {
  toDocument: (r) => r.snapshot() as ReservationState,
  fromDocument: (id, version, doc) => new Reservation(id, doc, version),
};
