import { type Actor, AggregateRoot, type ChangeContext } from '#kernel';
import { type Assignment, appliesTo, assignmentProblems, describeAssignment } from './assignment.value-object.js';
import { SchedulingErrors } from './scheduling.errors.js';

export interface RuntimeLimitDefinition {
  name: string;
  /** Stop after this many hours running, outside schedule windows and reservations. */
  hours: number;
  assignment: Assignment;
}

export interface RuntimeLimitState extends RuntimeLimitDefinition {
  createdAt: string;
  createdBy: Actor;
  updatedAt: string;
  deletedAt?: string;
}

export const MAX_RUNTIME_LIMIT_HOURS = 24 * 31;

function checked(def: RuntimeLimitDefinition): RuntimeLimitDefinition {
  const problems: string[] = [];
  const name = def.name?.trim();
  if (!name) problems.push('name: give the limit a name');
  if (typeof def.hours !== 'number' || !Number.isFinite(def.hours) || def.hours < 0.25 || def.hours > MAX_RUNTIME_LIMIT_HOURS) problems.push(`hours: give a number of hours from 0.25 to ${MAX_RUNTIME_LIMIT_HOURS}`);
  problems.push(...assignmentProblems(def.assignment));
  if (problems.length) throw SchedulingErrors.runtimeLimitInvalid(problems);
  return { name, hours: def.hours, assignment: { workerIds: [...new Set(def.assignment.workerIds ?? [])], ...(def.assignment.selector ? { selector: def.assignment.selector } : {}) } };
}

/** "Nothing runs longer than N hours unless it is booked": applies outside schedule windows and reservations. */
export class RuntimeLimit extends AggregateRoot<RuntimeLimitState> {
  readonly aggregateType = 'runtime-limit';

  constructor(id: string, state: RuntimeLimitState, version: number) {
    super(id, state, version);
  }

  static create(id: string, def: RuntimeLimitDefinition, ctx: ChangeContext): RuntimeLimit {
    const d = checked(def);
    const now = ctx.now.toISOString();
    const limit = new RuntimeLimit(id, { ...d, createdAt: now, createdBy: ctx.actor, updatedAt: now }, 0);
    limit.raise('runtime-limit.saved', { name: d.name, hours: d.hours, assignment: describeAssignment(d.assignment), created: true }, ctx);
    return limit;
  }

  get hours(): number {
    return this.state.hours;
  }

  get deleted(): boolean {
    return this.state.deletedAt !== undefined;
  }

  update(def: RuntimeLimitDefinition, ctx: ChangeContext): void {
    const d = checked(def);
    Object.assign(this.state, d, { updatedAt: ctx.now.toISOString() });
    this.raise('runtime-limit.saved', { name: d.name, hours: d.hours, assignment: describeAssignment(d.assignment), created: false }, ctx);
  }

  remove(ctx: ChangeContext): void {
    if (this.deleted) return;
    this.state.deletedAt = ctx.now.toISOString();
    this.raise('runtime-limit.deleted', { name: this.state.name }, ctx);
  }

  appliesTo(worker: { id: string; tags: Readonly<Record<string, string>> }): boolean {
    return !this.deleted && appliesTo(this.state.assignment, worker);
  }
}
