import { type Actor, AggregateRoot, type ChangeContext } from '#kernel';
import { SchedulingErrors } from './scheduling.errors.js';
import { type Holiday, normaliseHolidays } from './holiday-calendar.rule.js';

export interface HolidayCalendarState {
  name: string;
  holidays: Holiday[];
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  deletedAt?: string;
}

function checked(name: string, holidays: readonly { date?: unknown; name?: unknown }[]): { name: string; holidays: Holiday[] } {
  const problems: string[] = [];
  if (!name?.trim()) problems.push('name: give the calendar a name');
  const result = normaliseHolidays(holidays);
  if ('problems' in result) problems.push(...result.problems);
  if (problems.length || 'problems' in result) throw SchedulingErrors.calendarInvalid(problems);
  return { name: name.trim(), holidays: result.holidays };
}

/** A named list of days that schedules skip (public holidays, school breaks); one calendar serves many schedules. */
export class HolidayCalendar extends AggregateRoot<HolidayCalendarState> {
  readonly aggregateType = 'holiday-calendar';

  constructor(id: string, state: HolidayCalendarState, version: number) {
    super(id, state, version);
  }

  static create(id: string, input: { name: string; holidays: readonly { date?: unknown; name?: unknown }[] }, ctx: ChangeContext): HolidayCalendar {
    const { name, holidays } = checked(input.name, input.holidays);
    const now = ctx.now.toISOString();
    const calendar = new HolidayCalendar(id, { name, holidays, createdAt: now, createdBy: ctx.actor, updatedAt: now }, 0);
    calendar.raise('holiday-calendar.saved', { name, days: holidays.length, created: true }, ctx);
    return calendar;
  }

  get name(): string {
    return this.state.name;
  }

  get deleted(): boolean {
    return this.state.deletedAt !== undefined;
  }

  get dates(): ReadonlySet<string> {
    return new Set(this.state.holidays.map((h) => h.date));
  }

  update(input: { name: string; holidays: readonly { date?: unknown; name?: unknown }[] }, ctx: ChangeContext): void {
    const { name, holidays } = checked(input.name, input.holidays);
    Object.assign(this.state, { name, holidays, updatedAt: ctx.now.toISOString() });
    this.raise('holiday-calendar.saved', { name, days: holidays.length, created: false }, ctx);
  }

  remove(ctx: ChangeContext): void {
    if (this.deleted) return;
    this.state.deletedAt = ctx.now.toISOString();
    this.raise('holiday-calendar.deleted', { name: this.state.name }, ctx);
  }
}
