import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { HolidayCalendar } from '../../domain/holiday-calendar.aggregate.js';
import { RuntimeLimit } from '../../domain/runtime-limit.aggregate.js';
import { Schedule } from '../../domain/schedule.aggregate.js';
import { scheduleProblems } from '../../domain/schedule.rule.js';
import { assignmentProblems } from '../../domain/assignment.value-object.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { CalendarFileReader } from '../ports/calendar-file.port.js';
import { HolidayCalendarRepository, RuntimeLimitRepository, ScheduleRepository } from '../ports/scheduling-repositories.port.js';
import { WorkerFleet } from '../ports/worker-fleet.port.js';
import type { Assignment } from '../../domain/assignment.value-object.js';
import { describeSelector, matchesSelector, selectorProblems } from '../../domain/tag-selector.value-object.js';
import { DeleteHolidayCalendarCommand, DeleteRuntimeLimitCommand, DeleteScheduleCommand, SaveHolidayCalendarCommand, SaveRuntimeLimitCommand, SaveScheduleCommand } from './policy.commands.js';

/**
 * What is wrong with an assignment against the fleet as it is: worker ids that are not managed
 * workers, a selector no managed worker matches (a typo in a tag would otherwise apply to nobody).
 */
export async function assignmentFleetProblems(assignment: Assignment | undefined, fleet: WorkerFleet): Promise<string[]> {
  if (!assignment || (!assignment.workerIds?.length && !assignment.selector)) return [];
  const workers = await fleet.all();
  const problems: string[] = [];
  const known = new Set(workers.map((w) => w.id));
  const unknown = (Array.isArray(assignment.workerIds) ? assignment.workerIds : []).filter((id) => !known.has(id));
  if (unknown.length) problems.push(`assignment.workerIds: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a managed worker' : 'are not managed workers'}`);
  const selector = assignment.selector;
  if (selector && selectorProblems(selector).length === 0 && !workers.some((w) => matchesSelector(w.tags, selector))) {
    problems.push(`assignment.selector: no managed worker has the tags ${describeSelector(selector)}; check the tag keys and values`);
  }
  return problems;
}

@CommandHandler(SaveScheduleCommand)
export class SaveScheduleHandler implements ICommandHandler<SaveScheduleCommand, string> {
  constructor(
    private readonly schedules: ScheduleRepository,
    private readonly calendars: HolidayCalendarRepository,
    private readonly fleet: WorkerFleet,
    private readonly clock: Clock,
  ) {}

  async execute({ definition, actor, id }: SaveScheduleCommand): Promise<string> {
    // Every problem at once: the definition's own, then what the fleet and the calendars say of it.
    const problems = [...scheduleProblems(definition), ...assignmentProblems(definition.assignment)];
    if (problems.length === 0) problems.push(...(await assignmentFleetProblems(definition.assignment, this.fleet)));
    if (definition.calendarId) {
      const calendar = await this.calendars.get(definition.calendarId).catch(() => undefined);
      // The calendar is named in the body, not the URL: a bad one is bad input (400), not a missing resource.
      if (!calendar || calendar.deleted) problems.push(`calendarId: no holiday calendar has the id ${JSON.stringify(definition.calendarId)}; pick one from GET /api/holiday-calendars`);
    }
    if (problems.length) throw SchedulingErrors.scheduleInvalid(problems);
    const ctx = () => ({ actor, now: this.clock.now() });
    if (!id) {
      const schedule = Schedule.create(this.schedules.newId(), definition, ctx());
      await this.schedules.save(schedule);
      schedule.commit();
      return schedule.id;
    }
    await retryOnConflict(async () => {
      const schedule = await this.schedules.get(id);
      schedule.update(definition, ctx());
      await this.schedules.save(schedule);
      schedule.commit();
    });
    return id;
  }
}

@CommandHandler(DeleteScheduleCommand)
export class DeleteScheduleHandler implements ICommandHandler<DeleteScheduleCommand, void> {
  constructor(
    private readonly schedules: ScheduleRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor }: DeleteScheduleCommand): Promise<void> {
    await retryOnConflict(async () => {
      const schedule = await this.schedules.get(id);
      schedule.remove({ actor, now: this.clock.now() });
      await this.schedules.save(schedule);
      schedule.commit();
    });
  }
}

@CommandHandler(SaveHolidayCalendarCommand)
export class SaveHolidayCalendarHandler implements ICommandHandler<SaveHolidayCalendarCommand, string> {
  constructor(
    private readonly calendars: HolidayCalendarRepository,
    private readonly files: CalendarFileReader,
    private readonly clock: Clock,
  ) {}

  async execute({ input, actor, id }: SaveHolidayCalendarCommand): Promise<string> {
    const now = this.clock.now();
    if (input.ics !== undefined && input.holidays !== undefined) throw SchedulingErrors.calendarInvalid(['give the days either as holidays or as an iCalendar file (ics), not both']);
    let holidays = input.holidays ?? [];
    if (input.ics !== undefined) {
      const year = now.getUTCFullYear();
      const read = this.files.holidays(input.ics, `${year - 1}-01-01`, `${year + 3}-12-31`);
      if ('problem' in read) throw SchedulingErrors.calendarFileInvalid(read.problem);
      holidays = read.holidays;
    }
    if (!id) {
      const calendar = HolidayCalendar.create(this.calendars.newId(), { name: input.name, holidays }, { actor, now });
      await this.calendars.save(calendar);
      calendar.commit();
      return calendar.id;
    }
    await retryOnConflict(async () => {
      const calendar = await this.calendars.get(id);
      calendar.update({ name: input.name, holidays }, { actor, now: this.clock.now() });
      await this.calendars.save(calendar);
      calendar.commit();
    });
    return id;
  }
}

@CommandHandler(DeleteHolidayCalendarCommand)
export class DeleteHolidayCalendarHandler implements ICommandHandler<DeleteHolidayCalendarCommand, void> {
  constructor(
    private readonly calendars: HolidayCalendarRepository,
    private readonly schedules: ScheduleRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor }: DeleteHolidayCalendarCommand): Promise<void> {
    const users = (await this.schedules.active()).filter((s) => s.calendarId === id);
    const calendar = await this.calendars.get(id);
    if (users.length) throw SchedulingErrors.calendarInUse(calendar.name, users.map((s) => s.name));
    await retryOnConflict(async () => {
      const fresh = await this.calendars.get(id);
      fresh.remove({ actor, now: this.clock.now() });
      await this.calendars.save(fresh);
      fresh.commit();
    });
  }
}

@CommandHandler(SaveRuntimeLimitCommand)
export class SaveRuntimeLimitHandler implements ICommandHandler<SaveRuntimeLimitCommand, string> {
  constructor(
    private readonly limits: RuntimeLimitRepository,
    private readonly fleet: WorkerFleet,
    private readonly clock: Clock,
  ) {}

  async execute({ definition, actor, id }: SaveRuntimeLimitCommand): Promise<string> {
    const fleetProblems = await assignmentFleetProblems(definition.assignment, this.fleet);
    if (fleetProblems.length) throw SchedulingErrors.runtimeLimitInvalid(fleetProblems);
    if (!id) {
      const limit = RuntimeLimit.create(this.limits.newId(), definition, { actor, now: this.clock.now() });
      await this.limits.save(limit);
      limit.commit();
      return limit.id;
    }
    await retryOnConflict(async () => {
      const limit = await this.limits.get(id);
      limit.update(definition, { actor, now: this.clock.now() });
      await this.limits.save(limit);
      limit.commit();
    });
    return id;
  }
}

@CommandHandler(DeleteRuntimeLimitCommand)
export class DeleteRuntimeLimitHandler implements ICommandHandler<DeleteRuntimeLimitCommand, void> {
  constructor(
    private readonly limits: RuntimeLimitRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor }: DeleteRuntimeLimitCommand): Promise<void> {
    await retryOnConflict(async () => {
      const limit = await this.limits.get(id);
      limit.remove({ actor, now: this.clock.now() });
      await this.limits.save(limit);
      limit.commit();
    });
  }
}
