import { errorCatalogue } from '#kernel';

interface Clash {
  id: string;
  purpose: string;
  owner: string;
  start: Date;
  end: Date;
  workers: string[];
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Codes of the scheduling module: schedules, holiday calendars, runtime limits, reservations, overrides. */
export const SchedulingErrors = errorCatalogue({
  scheduleInvalid: {
    code: 'SCHEDULE.INVALID',
    kind: 'invalid',
    meaning: 'The schedule cannot be saved; `details.problems` names every problem (unknown time zone, end equal to start, overlapping periods, no days, unknown calendar).',
    build: (problems: string[]) => ({ message: `The schedule is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  scheduleNotFound: {
    code: 'SCHEDULE.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No schedule has that id.',
    build: (id: string) => ({ message: `Schedule ${id} does not exist.`, details: { scheduleId: id } }),
  },
  calendarInvalid: {
    code: 'CALENDAR.INVALID',
    kind: 'invalid',
    meaning: 'The holiday calendar cannot be saved; `details.problems` names every problem (a date that is not YYYY-MM-DD, no name).',
    build: (problems: string[]) => ({ message: `The holiday calendar is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  calendarNotFound: {
    code: 'CALENDAR.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No holiday calendar has that id.',
    build: (id: string) => ({ message: `Holiday calendar ${id} does not exist.`, details: { calendarId: id } }),
  },
  calendarInUse: {
    code: 'CALENDAR.IN_USE',
    kind: 'conflict',
    meaning: 'The calendar is used by the schedules `details.schedules` names; take it off them before deleting it.',
    build: (name: string, schedules: string[]) => ({
      message: `Holiday calendar ${name} is used by ${plural(schedules.length, 'schedule', 'schedules')} ${schedules.join(', ')}; take it off ${plural(schedules.length, 'that schedule', 'those schedules')} first.`,
      details: { schedules },
    }),
  },
  calendarFileInvalid: {
    code: 'CALENDAR.FILE_INVALID',
    kind: 'unprocessable',
    meaning: 'The uploaded file is not an iCalendar file the product can read, or has no all-day events; the message says which.',
    build: (problem: string) => problem,
  },
  calendarFileMediaType: {
    code: 'CALENDAR.MEDIA_TYPE',
    kind: 'unsupported-media-type',
    meaning: 'The import takes a text/calendar body, or JSON `{ name, ics }`.',
    build: (given: string) => `The import takes a text/calendar body (with ?name=), or JSON {"name", "ics"}; got ${given || 'no Content-Type'}.`,
  },
  calendarFileTooLarge: {
    code: 'CALENDAR.FILE_TOO_LARGE',
    kind: 'too-large',
    meaning: 'The calendar file is larger than the import takes (1 MiB).',
    build: (limitBytes: number) => ({ message: `The calendar file is larger than ${limitBytes / 1_048_576} MiB; export only the years you need.`, details: { limitBytes } }),
  },
  runtimeLimitInvalid: {
    code: 'RUNTIME_LIMIT.INVALID',
    kind: 'invalid',
    meaning: 'The runtime limit cannot be saved; `details.problems` names every problem.',
    build: (problems: string[]) => ({ message: `The runtime limit is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  runtimeLimitNotFound: {
    code: 'RUNTIME_LIMIT.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No runtime limit has that id.',
    build: (id: string) => ({ message: `Runtime limit ${id} does not exist.`, details: { runtimeLimitId: id } }),
  },
  reservationInvalid: {
    code: 'RESERVATION.INVALID',
    kind: 'invalid',
    meaning: 'The reservation cannot be made; `details.problems` names every problem (end before start, in the past, no workers, no purpose).',
    build: (problems: string[]) => ({ message: `The reservation is not valid: ${problems.join('; ')}.`, details: { problems } }),
  },
  reservationNotFound: {
    code: 'RESERVATION.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No reservation has that id.',
    build: (id: string) => ({ message: `Reservation ${id} does not exist.`, details: { reservationId: id } }),
  },
  reservationConflict: {
    code: 'RESERVATION.CONFLICT',
    kind: 'conflict',
    meaning: 'An overlapping reservation holds one of the workers; `details.conflicts` names it, its owner, purpose and window.',
    build: (conflicts: Clash[]) => {
      const first = conflicts[0];
      return {
        message: `${first.workers.join(', ')} ${plural(first.workers.length, 'is', 'are')} already reserved for "${first.purpose}" by ${first.owner} from ${first.start.toISOString()} to ${first.end.toISOString()} (reservation ${first.id}); pick another time or other workers.`,
        details: { conflicts: conflicts.map((c) => ({ ...c, start: c.start.toISOString(), end: c.end.toISOString() })) },
      };
    },
  },
  notEnoughFreeWorkers: {
    code: 'RESERVATION.NOT_ENOUGH_WORKERS',
    kind: 'conflict',
    meaning: 'Fewer workers matching the selector are free in the window than were asked for; `details.free` names the free ones.',
    build: (wanted: number, free: string[], selector: string) => ({
      message: `Only ${free.length} ${plural(free.length, 'worker', 'workers')} matching ${selector} ${plural(free.length, 'is', 'are')} free then${free.length ? ` (${free.join(', ')})` : ''}; ${wanted} were asked for. Ask for fewer, widen the selector, or pick another time.`,
      details: { wanted, free },
    }),
  },
  selectorMatchesNothing: {
    code: 'RESERVATION.SELECTOR_MATCHES_NOTHING',
    kind: 'invalid',
    meaning: 'No managed worker has the tags of the selector; check the tag keys and values.',
    build: (selector: string) => ({ message: `No managed worker has the tags ${selector}; check the tag keys and values.`, details: { selector } }),
  },
  reservationOver: {
    code: 'RESERVATION.OVER',
    kind: 'conflict',
    meaning: 'The reservation has ended or was cancelled already.',
    build: (id: string) => ({ message: `Reservation ${id} is over or cancelled already.`, details: { reservationId: id } }),
  },
  reservationBusy: {
    code: 'RESERVATION.BUSY',
    kind: 'unavailable',
    meaning: 'Another reservation was being made at the same moment and did not finish in time; try again (the answer has Retry-After).',
    build: (seconds: number) => ({ message: `Another reservation is being made right now; try again in ${seconds} s.`, headers: { 'Retry-After': String(seconds) } }),
  },
  planRangeInvalid: {
    code: 'PLAN.RANGE_INVALID',
    kind: 'invalid',
    meaning: 'The plan range is not valid: `to` must come after `from`, at most 31 days later.',
    build: (problem: string) => ({ message: `The plan range is not valid: ${problem}.`, details: { problem } }),
  },
  notYours: {
    code: 'SCHEDULING.NOT_YOURS',
    kind: 'forbidden',
    meaning: 'Only a manager, or the owner, may change or cancel this; see docs/scheduling.md (who may do what).',
    build: (what: string) => `${what}: only a manager, or the owner, may do that.`,
  },
});
