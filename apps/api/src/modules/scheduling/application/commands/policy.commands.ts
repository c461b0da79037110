import type { Actor } from '#kernel';
import type { HolidayCalendarState } from '../../domain/holiday-calendar.aggregate.js';
import type { RuntimeLimitDefinition } from '../../domain/runtime-limit.aggregate.js';
import type { ScheduleDefinition } from '../../domain/schedule.aggregate.js';
import type { TagSelector } from '../../domain/tag-selector.value-object.js';

/** Creates a schedule (no id) or replaces one's definition. Returns its id. */
export class SaveScheduleCommand {
  constructor(
    readonly definition: ScheduleDefinition,
    readonly actor: Actor,
    readonly id?: string,
  ) {}
}

export class DeleteScheduleCommand {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {}
}

/** Creates a calendar (no id) or replaces its days: given as a list or as an iCalendar file. Returns its id. */
export class SaveHolidayCalendarCommand {
  constructor(
    readonly input: { name: string; holidays?: HolidayCalendarState['holidays']; ics?: string },
    readonly actor: Actor,
    readonly id?: string,
  ) {}
}

export class DeleteHolidayCalendarCommand {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {}
}

export class SaveRuntimeLimitCommand {
  constructor(
    readonly definition: RuntimeLimitDefinition,
    readonly actor: Actor,
    readonly id?: string,
  ) {}
}

export class DeleteRuntimeLimitCommand {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {}
}

/** Reserves named workers, or `count` free workers a selector matches (the product picks and says which). */
export class CreateReservationCommand {
  constructor(
    readonly input: { purpose: string; start: Date; end: Date; workerIds?: string[]; count?: number; selector?: TagSelector },
    readonly actor: Actor,
    /** Whether the caller may reserve any worker (a manager); otherwise only workers they own. */
    readonly mayReserveAny: boolean,
  ) {}
}

export class CancelReservationCommand {
  constructor(
    readonly id: string,
    readonly actor: Actor,
    readonly mayCancelAny: boolean,
  ) {}
}
