import { type Actor, AggregateRoot, type ChangeContext } from '#kernel';
import { SchedulingErrors } from './scheduling.errors.js';
import { reservationProblems } from './reservation.rule.js';
import type { TagSelector } from './tag-selector.value-object.js';

export interface ReservationState {
  purpose: string;
  /** Who holds it (a username). */
  owner: string;
  start: string;
  end: string;
  workerIds: string[];
  /** Asked as "N workers matching a selector": what was asked, for the record. */
  requested?: { count: number; selector: TagSelector };
  createdAt: string;
  createdBy: Actor;
  cancelledAt?: string;
  cancelledBy?: Actor;
}

/** Workers held for a time window: started early enough to be ready at its start, protected inside it. */
export class Reservation extends AggregateRoot<ReservationState> {
  readonly aggregateType = 'reservation';

  constructor(id: string, state: ReservationState, version: number) {
    super(id, state, version);
  }

  static create(id: string, input: { purpose: string; owner: string; start: Date; end: Date; workerIds: string[]; requested?: { count: number; selector: TagSelector } }, ctx: ChangeContext): Reservation {
    const problems = reservationProblems({ purpose: input.purpose, start: input.start, end: input.end, workerIds: input.workerIds }, ctx.now);
    if (problems.length) throw SchedulingErrors.reservationInvalid(problems);
    const state: ReservationState = {
      purpose: input.purpose.trim(),
      owner: input.owner,
      start: input.start.toISOString(),
      end: input.end.toISOString(),
      workerIds: [...new Set(input.workerIds)],
      ...(input.requested ? { requested: input.requested } : {}),
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.actor,
    };
    const reservation = new Reservation(id, state, 0);
    reservation.raise('reservation.created', { purpose: state.purpose, owner: state.owner, start: state.start, end: state.end, workerIds: state.workerIds }, ctx);
    return reservation;
  }

  get window(): { start: Date; end: Date } {
    return { start: new Date(this.state.start), end: new Date(this.state.end) };
  }

  get workerIds(): readonly string[] {
    return this.state.workerIds;
  }

  get owner(): string {
    return this.state.owner;
  }

  get cancelled(): boolean {
    return this.state.cancelledAt !== undefined;
  }

  cancel(ctx: ChangeContext): void {
    if (this.cancelled || new Date(this.state.end) <= ctx.now) throw SchedulingErrors.reservationOver(this.id);
    this.state.cancelledAt = ctx.now.toISOString();
    this.state.cancelledBy = ctx.actor;
    this.raise('reservation.cancelled', { purpose: this.state.purpose, workerIds: this.state.workerIds }, ctx);
  }
}
