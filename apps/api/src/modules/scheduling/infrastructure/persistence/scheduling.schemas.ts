import { Schema } from 'mongoose';
import { actorSchema, aggregateDocumentSchema, nestedSchema, optional } from '#persistence';

/** The collections of the scheduling module and their model names (ADR 0028). */
export const SCHEDULES_COLLECTION = 'schedules';
export const SCHEDULE_MODEL = 'Schedule';
export const HOLIDAY_CALENDARS_COLLECTION = 'holiday_calendars';
export const HOLIDAY_CALENDAR_MODEL = 'HolidayCalendar';
export const RUNTIME_LIMITS_COLLECTION = 'runtime_limits';
export const RUNTIME_LIMIT_MODEL = 'RuntimeLimit';
export const RESERVATIONS_COLLECTION = 'reservations';
export const RESERVATION_MODEL = 'Reservation';

/**
 * Which workers a policy applies to: named ones and a tag selector. The selector is Mixed: its
 * keys are EC2 tag keys (data, and may contain dots).
 */
const assignmentFields = { workerIds: [String], selector: Schema.Types.Mixed };

const periodSchema = nestedSchema({ days: [String], start: String, end: String });

/** A schedule's document (`ScheduleState`): weekly periods in a time zone, behaviour, calendar, assignment. Deleted ones are kept, marked. */
export const scheduleSchema = aggregateDocumentSchema(
  {
    name: String,
    timezone: String,
    periods: [periodSchema],
    behaviour: String,
    calendarId: String,
    assignment: assignmentFields,
    createdAt: String,
    createdBy: actorSchema,
    updatedAt: String,
    deletedAt: String,
  },
  { collection: SCHEDULES_COLLECTION },
);
// The lists: the active ones by name; a calendar's users.
scheduleSchema.index({ deletedAt: 1, name: 1 });
scheduleSchema.index({ calendarId: 1 });

/** A holiday calendar's document (`HolidayCalendarState`): named days, YYYY-MM-DD. */
export const holidayCalendarSchema = aggregateDocumentSchema(
  {
    name: String,
    holidays: [nestedSchema({ date: String, name: String })],
    createdAt: String,
    createdBy: actorSchema,
    updatedAt: String,
    deletedAt: String,
  },
  { collection: HOLIDAY_CALENDARS_COLLECTION },
);
holidayCalendarSchema.index({ deletedAt: 1, name: 1 });

/** A runtime limit's document (`RuntimeLimitState`): hours and assignment. */
export const runtimeLimitSchema = aggregateDocumentSchema(
  {
    name: String,
    hours: Number,
    assignment: assignmentFields,
    createdAt: String,
    createdBy: actorSchema,
    updatedAt: String,
    deletedAt: String,
  },
  { collection: RUNTIME_LIMITS_COLLECTION },
);
runtimeLimitSchema.index({ deletedAt: 1, name: 1 });

/** A reservation's document (`ReservationState`): window (ISO 8601), workers, owner, purpose; what was asked when picked by a selector. */
export const reservationSchema = aggregateDocumentSchema(
  {
    purpose: String,
    owner: String,
    start: String,
    end: String,
    workerIds: [String],
    requested: optional(nestedSchema({ count: Number, selector: Schema.Types.Mixed })),
    createdAt: String,
    createdBy: actorSchema,
    cancelledAt: String,
    cancelledBy: actorSchema,
  },
  { collection: RESERVATIONS_COLLECTION },
);
// Current and future reservations (`endingAfter`), oldest start first; a worker's.
reservationSchema.index({ end: 1, start: 1 });
reservationSchema.index({ workerIds: 1, end: 1 });
