import { buildOn, newTestHandler } from '../../../../../test/support/unit/handler-factory.js';
import { ChangeWorkerStateCommand } from './application/commands/change-worker-state/change-worker-state.command.js';
import { ChangeWorkerStateHandler } from './application/commands/change-worker-state/change-worker-state.handler.js';
import { ChangeWorkerOverrideCommand } from './application/commands/change-worker-override/change-worker-override.command.js';
import { ChangeWorkerOverrideHandler } from './application/commands/change-worker-override/change-worker-override.handler.js';
import { RecordWorkerPowerCommand } from './application/commands/record-worker-power/record-worker-power.command.js';
import { RecordWorkerPowerHandler } from './application/commands/record-worker-power/record-worker-power.handler.js';
import { WorkersFacade } from './workers.public.js';

/** The facade over fakes, its commands answered by the real handlers on the same fakes. */
function setup() {
  const t = newTestHandler(WorkersFacade);
  const state = buildOn(t, ChangeWorkerStateHandler);
  const override = new ChangeWorkerOverrideHandler(t.workers, t.clock);
  const power = new RecordWorkerPowerHandler(t.workers, t.clock);
  t.commands.answer(ChangeWorkerStateCommand, (c) => state.execute(c));
  t.commands.answer(ChangeWorkerOverrideCommand, (c) => override.execute(c));
  t.commands.answer(RecordWorkerPowerCommand, (c) => power.execute(c));
  return { ...t, facade: t.handler };
}

describe('WorkersFacade, for the scheduling module', () => {
  it('lists the managed workers that are not terminated, with what the planner needs', async () => {
    const t = setup();
    const running = t.givenWorker({ name: 'a', instance: { tags: { Name: 'a', team: 'ccna' } } });
    const ctx = { actor: { kind: 'user' as const, id: 'u', name: 'root' }, now: t.clock.now() };
    const gone = await t.workers.get(t.givenWorker({ name: 'b' }).id);
    gone.observe('missing', { usePrivateIp: false }, ctx);
    await t.workers.save(gone);
    const unregistered = await t.workers.get(t.givenWorker({ name: 'c' }).id);
    unregistered.unregister(false, ctx);
    await t.workers.save(unregistered);
    const fleet = await t.facade.fleetForPower();
    expect(fleet).toEqual([
      { id: running.id, name: 'a', region: 'us-east-1', status: 'running', tags: expect.objectContaining({ team: 'ccna' }), createdAt: expect.any(String), statusChangedAt: expect.any(String), bootToReadySeconds: [] },
    ]);
    await expect(t.facade.fleetWorkerForPower(running.id)).resolves.toMatchObject({ id: running.id, name: 'a' });
  });

  it('starts and stops through the command people use, with the trigger and reason on the status change', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopped' });
    const result = await t.facade.changePowerFor(w.id, 'start', 'schedule', 'Schedule "CCNA" opens at 08:00 Europe/Berlin.');
    expect(result).toEqual({ changed: true, message: 'Start requested; EC2 is starting the instance.' });
    expect(t.ec2.operations()).toContain('StartInstances');
    expect(t.workers.published.find((e) => e.type === 'worker.status-changed')).toMatchObject({
      actor: { kind: 'system', name: 'power-reconciler' },
      data: { from: 'stopped', to: 'pending', trigger: 'schedule', reason: 'Schedule "CCNA" opens at 08:00 Europe/Berlin.' },
    });
    // The reconciler's start is not a person's.
    expect(t.workers.state(w.id).lastManualChange).toBeUndefined();
    expect(t.workers.state(w.id).powerAttempts).toEqual({ failures: 0, lastAttemptAt: '2026-11-25T10:00:00.000Z' });
  });

  it('answers a failed start instead of throwing, and counts it for the backoff', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopping' });
    const result = await t.facade.changePowerFor(w.id, 'start', 'reservation', 'Reserved for CCNA class from 09:00 UTC.');
    expect(result).toEqual({ changed: false, message: expect.stringContaining('Could not start the worker: Cannot start worker') });
    expect(t.workers.state(w.id).powerAttempts).toMatchObject({ failures: 1, lastError: expect.stringContaining('is stopping') });
    expect((await t.facade.fleetWorkerForPower(w.id)).power).toEqual({ failures: 1, lastAttemptAt: '2026-11-25T10:00:00.000Z' });
  });

  it('records decisions and held reasons, and expires an override whose time has come', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.facade.recordDesiredPower(w.id, { state: 'running', rule: { kind: 'override' }, reason: 'Kept running by alice until 22:00 UTC.', until: new Date('2026-11-25T22:00:00Z'), next: [] });
    await t.facade.recordPowerHeld(w.id, 'The worker is starting.');
    expect(t.workers.publishedTypes(w.id).slice(-2)).toEqual(['worker.desired-power-changed', 'worker.power-held']);
    const stored = await t.workers.get(w.id);
    stored.setOverride('keep-running', new Date('2026-11-25T11:00:00Z'), { actor: { kind: 'user', id: 'u', name: 'alice' }, now: t.clock.now() });
    await t.workers.save(stored);
    await expect(t.facade.expireOverride(w.id)).resolves.toBe(false);
    t.clock.set('2026-11-25T11:00:00Z');
    await expect(t.facade.expireOverride(w.id)).resolves.toBe(true);
    expect(t.workers.state(w.id).override).toBeUndefined();
  });

  it('tells owners from others, and refuses others who are no manager with WORKER.NOT_OWNER naming the owner', async () => {
    const t = setup();
    const w = t.givenWorker({ name: 'lab-7' });
    const stored = await t.workers.get(w.id);
    stored.changeOwner('group:ccna-teachers', { actor: { kind: 'user', id: 'u', name: 'root' }, now: t.clock.now() });
    await t.workers.save(stored);
    await expect(t.facade.isOwner(w.id, { username: 'bea', groups: ['ccna-teachers'] })).resolves.toBe(true);
    await expect(t.facade.isOwner(w.id, { username: 'bob' })).resolves.toBe(false);
    await expect(t.facade.ensureOwnerOrManager(w.id, { username: 'bob', roles: ['manager'] }, 'Reserving')).resolves.toBeUndefined();
    await expect(t.facade.ensureOwnerOrManager(w.id, { username: 'bob', roles: ['user'] }, 'Reserving')).rejects.toMatchObject({
      code: 'WORKER.NOT_OWNER',
      kind: 'forbidden',
      message: 'Reserving worker lab-7 needs its owner (group:ccna-teachers) or the manager role; you are bob with neither. Ask a manager, or an admin to make you its owner.',
    });
  });
});
