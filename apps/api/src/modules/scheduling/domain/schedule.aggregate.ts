import { type Actor, AggregateRoot, type ChangeContext } from '#kernel';
import { type Assignment, appliesTo, assignmentProblems, describeAssignment } from './assignment.value-object.js';
import { type ScheduleBehaviour, scheduleProblems } from './schedule.rule.js';
import { SchedulingErrors } from './scheduling.errors.js';
import type { WeeklyPeriod } from './weekly-period.value-object.js';

export interface ScheduleDefinition {
  name: string;
  timezone: string;
  periods: WeeklyPeriod[];
  behaviour: ScheduleBehaviour;
  /** The holiday calendar whose days it skips. */
  calendarId?: string;
  assignment: Assignment;
}

export interface ScheduleState extends ScheduleDefinition {
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  deletedAt?: string;
}

/** Refuses a definition with every problem named at once. */
function ensureValid(def: ScheduleDefinition): void {
  const problems = [...scheduleProblems(def), ...assignmentProblems(def.assignment)];
  if (problems.length) throw SchedulingErrors.scheduleInvalid(problems);
}

/** A named, reusable weekly schedule in a time zone, assigned to workers directly or by tags. */
export class Schedule extends AggregateRoot<ScheduleState> {
  readonly aggregateType = 'schedule';

  constructor(id: string, state: ScheduleState, version: number) {
    super(id, state, version);
  }

  static create(id: string, def: ScheduleDefinition, ctx: ChangeContext): Schedule {
    const normalised = normalise(def);
    ensureValid(normalised);
    const now = ctx.now.toISOString();
    const schedule = new Schedule(id, { ...normalised, createdAt: now, createdBy: ctx.actor, updatedAt: now }, 0);
    schedule.saved(true, ctx);
    return schedule;
  }

  get name(): string {
    return this.state.name;
  }

  get deleted(): boolean {
    return this.state.deletedAt !== undefined;
  }

  get calendarId(): string | undefined {
    return this.state.calendarId;
  }

  update(def: ScheduleDefinition, ctx: ChangeContext): void {
    const normalised = normalise(def);
    ensureValid(normalised);
    Object.assign(this.state, normalised, { updatedAt: ctx.now.toISOString() });
    if (!normalised.calendarId) delete this.state.calendarId;
    this.saved(false, ctx);
  }

  remove(ctx: ChangeContext): void {
    if (this.deleted) return;
    this.state.deletedAt = ctx.now.toISOString();
    this.raise('schedule.deleted', { name: this.state.name }, ctx);
  }

  appliesTo(worker: { id: string; tags: Readonly<Record<string, string>> }): boolean {
    return !this.deleted && appliesTo(this.state.assignment, worker);
  }

  private saved(created: boolean, ctx: ChangeContext): void {
    const s = this.state;
    this.raise('schedule.saved', { name: s.name, timezone: s.timezone, behaviour: s.behaviour, periods: s.periods.length, calendarId: s.calendarId, assignment: describeAssignment(s.assignment), created }, ctx);
  }
}

function normalise(def: ScheduleDefinition): ScheduleDefinition {
  return {
    name: def.name?.trim(),
    timezone: def.timezone?.trim(),
    periods: (def.periods ?? []).map((p) => ({ days: p.days, start: p.start, end: p.end })),
    behaviour: def.behaviour ?? 'start-stop',
    calendarId: def.calendarId || undefined,
    assignment: { workerIds: [...new Set(def.assignment?.workerIds ?? [])], ...(def.assignment?.selector ? { selector: def.assignment.selector } : {}) },
  };
}
