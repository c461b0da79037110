import { documentMisfits, type EveryField } from '#persistence';
import type { HolidayCalendarDocument, ReservationDocument, RuntimeLimitDocument, ScheduleDocument } from './scheduling.mappers.js';
import { holidayCalendarSchema, reservationSchema, runtimeLimitSchema, scheduleSchema } from './scheduling.schemas.js';

const actor = { kind: 'user' as const, id: 'u-1', name: 'ada' };
const at = '2026-12-02T10:00:00.000Z';
const stored = (doc: object) => ({ _id: 'id-1', ...doc, version: 3, _outbox: [] });

/** Every field of each document set: a field added to a state fails to compile here until the fixture, and then the schema, have it. */
const schedule: EveryField<ScheduleDocument> = {
  name: 'CCNA classroom',
  timezone: 'Europe/Berlin',
  periods: [{ days: ['mon', 'tue'], start: '08:00', end: '18:00' }],
  behaviour: 'start-stop',
  calendarId: 'cal-1',
  assignment: { workerIds: ['w-1'], selector: { team: ['ccna'], 'aws:cloudformation:stack-name': ['x.y'] } },
  createdAt: at,
  createdBy: actor,
  updatedAt: at,
  deletedAt: at,
};

const calendar: EveryField<HolidayCalendarDocument> = {
  name: 'German public holidays',
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }],
  createdAt: at,
  createdBy: actor,
  updatedAt: at,
  deletedAt: at,
};

const limit: EveryField<RuntimeLimitDocument> = {
  name: 'Twelve hours at most',
  hours: 12,
  assignment: { workerIds: ['w-1'], selector: { team: ['ccna'] } },
  createdAt: at,
  createdBy: actor,
  updatedAt: at,
  deletedAt: at,
};

const reservation: EveryField<ReservationDocument> = {
  purpose: 'CCNA class, group B',
  owner: 'ada',
  start: at,
  end: at,
  workerIds: ['w-1', 'w-2'],
  requested: { count: 2, selector: { team: ['ccna'] } },
  createdAt: at,
  createdBy: actor,
  cancelledAt: at,
  cancelledBy: actor,
};

describe('the scheduling collections schemas', () => {
  it.each([
    ['schedules', scheduleSchema, schedule],
    ['holiday calendars', holidayCalendarSchema, calendar],
    ['runtime limits', runtimeLimitSchema, limit],
    ['reservations', reservationSchema, reservation],
  ])('stores a document of %s with every field set as it is', (_name, schema, doc) => {
    expect(documentMisfits(schema, stored(doc))).toEqual([]);
  });

  it('stores the fewest fields as they are: absent stays absent, empty stays empty', () => {
    const { calendarId: _c, deletedAt: _d, ...fewestSchedule } = schedule;
    expect(documentMisfits(scheduleSchema, stored({ ...fewestSchedule, assignment: { workerIds: [] } }))).toEqual([]);
    const { requested: _r, cancelledAt: _ca, cancelledBy: _cb, ...fewestReservation } = reservation;
    expect(documentMisfits(reservationSchema, stored(fewestReservation))).toEqual([]);
    expect(documentMisfits(holidayCalendarSchema, stored({ ...calendar, holidays: [{ date: '2026-12-26' }], deletedAt: undefined }))).toEqual([]);
  });

  it('refuses a field the domain does not have instead of dropping it', () => {
    expect(documentMisfits(scheduleSchema, stored({ ...schedule, priority: 1 }))).toEqual([expect.stringMatching(/priority.*not in schema/)]);
    expect(documentMisfits(scheduleSchema, stored({ ...schedule, periods: [{ days: ['mon'], start: '08:00', end: '09:00', note: 'x' }] }))).toEqual([expect.stringMatching(/^periods: /)]);
  });

  it('keeps the indexes the lists and the reconciler read by', () => {
    expect(reservationSchema.indexes()).toEqual([
      [{ end: 1, start: 1 }, {}],
      [{ workerIds: 1, end: 1 }, {}],
    ]);
    expect(scheduleSchema.indexes()).toEqual([
      [{ deletedAt: 1, name: 1 }, {}],
      [{ calendarId: 1 }, {}],
    ]);
  });
});
