import { DomainError } from '#kernel';

/** The error codes of the scheduling module, one constructor each. */

export function scheduleInvalid(problems: string[]): DomainError {
  return DomainError.invalid('SCHEDULE.INVALID', `The schedule is not valid: ${problems.join('; ')}.`, { problems });
}

export function scheduleNotFound(id: string): DomainError {
  return DomainError.notFound('SCHEDULE.NOT_FOUND', `Schedule ${id} does not exist.`, { scheduleId: id });
}

export function calendarInvalid(problems: string[]): DomainError {
  return DomainError.invalid('CALENDAR.INVALID', `The holiday calendar is not valid: ${problems.join('; ')}.`, { problems });
}

export function calendarNotFound(id: string): DomainError {
  return DomainError.notFound('CALENDAR.NOT_FOUND', `Holiday calendar ${id} does not exist.`, { calendarId: id });
}

export function calendarInUse(name: string, schedules: string[]): DomainError {
  return DomainError.conflict('CALENDAR.IN_USE', `Holiday calendar ${name} is used by schedule${schedules.length === 1 ? '' : 's'} ${schedules.join(', ')}; take it off ${schedules.length === 1 ? 'that schedule' : 'those schedules'} first.`, { schedules });
}

export function calendarFileInvalid(problem: string): DomainError {
  return new DomainError('CALENDAR.FILE_INVALID', 'unprocessable', problem);
}

export function runtimeLimitInvalid(problems: string[]): DomainError {
  return DomainError.invalid('RUNTIME_LIMIT.INVALID', `The runtime limit is not valid: ${problems.join('; ')}.`, { problems });
}

export function runtimeLimitNotFound(id: string): DomainError {
  return DomainError.notFound('RUNTIME_LIMIT.NOT_FOUND', `Runtime limit ${id} does not exist.`, { runtimeLimitId: id });
}

export function reservationInvalid(problems: string[]): DomainError {
  return DomainError.invalid('RESERVATION.INVALID', `The reservation is not valid: ${problems.join('; ')}.`, { problems });
}

export function reservationNotFound(id: string): DomainError {
  return DomainError.notFound('RESERVATION.NOT_FOUND', `Reservation ${id} does not exist.`, { reservationId: id });
}

/** An overlapping reservation holds one of the workers. */
export function reservationConflict(conflicts: { id: string; purpose: string; owner: string; start: Date; end: Date; workers: string[] }[]): DomainError {
  const first = conflicts[0];
  return DomainError.conflict(
    'RESERVATION.CONFLICT',
    `${first.workers.join(', ')} ${first.workers.length === 1 ? 'is' : 'are'} already reserved for "${first.purpose}" by ${first.owner} from ${first.start.toISOString()} to ${first.end.toISOString()} (reservation ${first.id}); pick another time or other workers.`,
    { conflicts: conflicts.map((c) => ({ ...c, start: c.start.toISOString(), end: c.end.toISOString() })) },
  );
}

export function notEnoughFreeWorkers(wanted: number, free: string[], selector: string): DomainError {
  return DomainError.conflict(
    'RESERVATION.NOT_ENOUGH_WORKERS',
    `Only ${free.length} worker${free.length === 1 ? '' : 's'} matching ${selector} ${free.length === 1 ? 'is' : 'are'} free then${free.length ? ` (${free.join(', ')})` : ''}; ${wanted} were asked for. Ask for fewer, widen the selector, or pick another time.`,
    { wanted, free },
  );
}

export function selectorMatchesNothing(selector: string): DomainError {
  return DomainError.invalid('RESERVATION.SELECTOR_MATCHES_NOTHING', `No managed worker has the tags ${selector}; check the tag keys and values.`, { selector });
}

export function reservationOver(id: string): DomainError {
  return DomainError.conflict('RESERVATION.OVER', `Reservation ${id} is over or cancelled already.`, { reservationId: id });
}

/** A caller who is not a manager reserved or cancelled something that is not theirs. */
export function notYours(what: string): DomainError {
  return new DomainError('SCHEDULING.NOT_YOURS', 'forbidden', `${what}: only a manager, or the owner, may do that.`);
}
