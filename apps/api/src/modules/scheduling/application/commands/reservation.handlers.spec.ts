import { DomainError } from '#kernel';

import { MemoryKeyValueStore } from '../../../../platform/kv/memory-key-value.store.js';
import { ManualClock } from '../../../../../../../test/support/unit/fakes.js';
import { MemoryReservationRepository, MemoryWorkerFleet } from '../../../../../../../test/support/unit/memory-scheduling.js';
import { CreateReservationCommand } from './policy.commands.js';
import { CreateReservationHandler, RESERVATION_LOCK_KEY } from './reservation.handlers.js';

const manager = { kind: 'user' as const, id: 'u-m', name: 'mia' };

describe('CreateReservationHandler', () => {
  const clock = new ManualClock('2026-12-02T10:00:00Z');
  let reservations: MemoryReservationRepository;
  let fleet: MemoryWorkerFleet;
  let kv: MemoryKeyValueStore;
  let handler: CreateReservationHandler;
  const reserve = (purpose: string, start: string, end: string, workerIds: string[]) =>
    handler.execute(new CreateReservationCommand({ purpose, start: new Date(start), end: new Date(end), workerIds }, manager, true));

  beforeEach(() => {
    reservations = new MemoryReservationRepository();
    fleet = new MemoryWorkerFleet();
    fleet.add({ id: 'w1', name: 'lab-1' });
    fleet.add({ id: 'w2', name: 'lab-2' });
    kv = new MemoryKeyValueStore(() => clock.now().getTime());
    handler = new CreateReservationHandler(reservations, fleet, clock, kv);
  });
  afterEach(() => kv.onModuleDestroy?.());

  it('lets one of two overlapping reservations made at the same moment through, the other refused naming it', async () => {
    const results = await Promise.allSettled([reserve('first', '2026-12-03T09:00:00Z', '2026-12-03T17:00:00Z', ['w1']), reserve('second', '2026-12-03T12:00:00Z', '2026-12-03T18:00:00Z', ['w1', 'w2'])]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).code).toBe('RESERVATION.CONFLICT');
    expect((await reservations.endingAfter(clock.now())).length).toBe(1);
  });

  it('releases the lock after a refusal and after a success, so the next request goes through', async () => {
    await reserve('first', '2026-12-03T09:00:00Z', '2026-12-03T17:00:00Z', ['w1']);
    await expect(reserve('clash', '2026-12-03T10:00:00Z', '2026-12-03T11:00:00Z', ['w1'])).rejects.toMatchObject({ code: 'RESERVATION.CONFLICT' });
    expect(await kv.get(RESERVATION_LOCK_KEY)).toBeUndefined();
    await expect(reserve('later', '2026-12-03T17:00:00Z', '2026-12-03T18:00:00Z', ['w1'])).resolves.toEqual(expect.any(String));
  });

  it('refuses an invalid request before taking the lock', async () => {
    await kv.set(RESERVATION_LOCK_KEY, 'someone-else', 30);
    await expect(reserve('', '2026-12-03T17:00:00Z', '2026-12-03T09:00:00Z', ['w1'])).rejects.toMatchObject({ code: 'RESERVATION.INVALID' });
  });

  it('tells a user whose selector matches only other people’s workers that they are not theirs, not that nothing matches', async () => {
    fleet.add({ id: 'w3', name: 'lab-3', tags: { team: 'ccna' }, owner: 'bob' });
    const asAda = (selector: Record<string, string[]>) => handler.execute(new CreateReservationCommand({ purpose: 'class', start: new Date('2026-12-03T09:00:00Z'), end: new Date('2026-12-03T10:00:00Z'), count: 1, selector }, { kind: 'user', id: 'u-a', name: 'ada' }, false));
    await expect(asAda({ team: ['ccna'] })).rejects.toMatchObject({ code: 'SCHEDULING.NOT_YOURS', message: expect.stringContaining('none of the 1 is yours') });
    await expect(asAda({ team: ['nope'] })).rejects.toMatchObject({ code: 'RESERVATION.SELECTOR_MATCHES_NOTHING' });
  });

  it('records the reservation with the caller as its owner', async () => {
    const id = await reserve('CCNA', '2026-12-03T09:00:00Z', '2026-12-03T17:00:00Z', ['w2']);
    const stored = await reservations.get(id);
    expect(stored.snapshot()).toMatchObject({ purpose: 'CCNA', owner: 'mia', workerIds: ['w2'], createdBy: manager });

  });
});
