import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, KeyValueStore, retryOnConflict, uuidv7 } from '#kernel';
import { Reservation } from '../../domain/reservation.aggregate.js';
import { conflicting, pickFree, reservationProblems, type ReservationWindow } from '../../domain/reservation.rule.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { describeSelector, matchesSelector } from '../../domain/tag-selector.value-object.js';
import { ReservationRepository } from '../ports/scheduling-repositories.port.js';
import { WorkerFleet } from '../ports/worker-fleet.port.js';
import { CancelReservationCommand, CreateReservationCommand } from './policy.commands.js';

/** One reservation is made at a time across replicas: the check for clashes and the write are one step. */
export const RESERVATION_LOCK_KEY = 'scheduling:reservation-lock';
/** A holder that died releases the lock after this long. */
const LOCK_TTL_SECONDS = 30;
/** How long a request waits for another one's reservation before answering 503 with Retry-After. */
export const RESERVATION_LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 25;

/**
 * Reserves workers for a window. Named workers must be free then (409 naming the reservation
 * that holds them); "N workers matching a selector" picks free ones and says which. A caller who
 * is not a manager reserves only workers they own.
 */
@CommandHandler(CreateReservationCommand)
export class CreateReservationHandler implements ICommandHandler<CreateReservationCommand, string> {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly fleet: WorkerFleet,
    private readonly clock: Clock,
    private readonly kv: KeyValueStore,
  ) {}

  async execute(command: CreateReservationCommand): Promise<string> {
    const problems = reservationProblems(command.input, this.clock.now());
    if (problems.length) throw SchedulingErrors.reservationInvalid(problems);
    // Two overlapping requests must not both pass the clash check before either is saved.
    const token = uuidv7();
    const deadline = Date.now() + RESERVATION_LOCK_WAIT_MS;
    while (!(await this.kv.setIfAbsent(RESERVATION_LOCK_KEY, token, LOCK_TTL_SECONDS))) {
      if (Date.now() > deadline) throw SchedulingErrors.reservationBusy(1);
      await new Promise((r) => setTimeout(r, LOCK_POLL_MS));
    }
    try {
      return await this.reserve(command);
    } finally {
      await this.kv.deleteIf(RESERVATION_LOCK_KEY, token);
    }
  }

  private async reserve({ input, actor, mayReserveAny }: CreateReservationCommand): Promise<string> {
    const now = this.clock.now();
    const workers = await this.fleet.all();
    const existing: ReservationWindow[] = (await this.reservations.endingAfter(now)).filter((r) => !r.cancelled).map((r) => ({ id: r.id, purpose: r.snapshot().purpose, owner: r.owner, ...r.window, workerIds: r.workerIds }));
    const mine = (w: { owner?: string }) => mayReserveAny || w.owner === actor.name;
    let workerIds: string[];
    let requested: { count: number; selector: Record<string, string[]> } | undefined;
    if (input.workerIds) {
      const byId = new Map(workers.map((w) => [w.id, w]));
      const unknown = input.workerIds.filter((id) => !byId.has(id));
      if (unknown.length) throw SchedulingErrors.reservationInvalid([`workerIds: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a managed worker' : 'are not managed workers'}`]);
      const notMine = input.workerIds.filter((id) => !mine(byId.get(id)!));
      if (notMine.length) throw SchedulingErrors.notYours(`Reserving ${notMine.map((id) => byId.get(id)!.name).join(', ')}`);
      const clashes = conflicting({ start: input.start, end: input.end, workerIds: input.workerIds }, existing);
      if (clashes.length) throw SchedulingErrors.reservationConflict(clashes.map((c) => ({ id: c.id, purpose: c.purpose, owner: c.owner, start: c.start, end: c.end, workers: c.workerIds.filter((w) => input.workerIds!.includes(w)).map((w) => byId.get(w)?.name ?? w) })));
      workerIds = input.workerIds;
    } else {
      const selector = input.selector!;
      const matching = workers.filter((w) => matchesSelector(w.tags, selector));
      if (matching.length === 0) throw SchedulingErrors.selectorMatchesNothing(describeSelector(selector));
      const matched = matching.filter(mine);
      if (matched.length === 0) throw SchedulingErrors.notYours(`Reserving workers matching ${describeSelector(selector)} (none of the ${matching.length} is yours)`);
      const picked = pickFree(matched, input.count!, { start: input.start, end: input.end }, existing);
      if ('free' in picked) throw SchedulingErrors.notEnoughFreeWorkers(input.count!, picked.free.map((w) => w.name), describeSelector(selector));
      workerIds = picked.picked.map((w) => w.id);
      requested = { count: input.count!, selector };
    }
    const reservation = Reservation.create(this.reservations.newId(), { purpose: input.purpose, owner: actor.name, start: input.start, end: input.end, workerIds, requested }, { actor, now });
    await this.reservations.save(reservation);
    reservation.commit();
    return reservation.id;
  }
}

@CommandHandler(CancelReservationCommand)
export class CancelReservationHandler implements ICommandHandler<CancelReservationCommand, void> {
  constructor(
    private readonly reservations: ReservationRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor, mayCancelAny }: CancelReservationCommand): Promise<void> {
    await retryOnConflict(async () => {
      const reservation = await this.reservations.get(id);
      if (!mayCancelAny && reservation.owner !== actor.name) throw SchedulingErrors.notYours(`Cancelling reservation ${id}`);
      reservation.cancel({ actor, now: this.clock.now() });
      await this.reservations.save(reservation);
      reservation.commit();
    });
  }
}
