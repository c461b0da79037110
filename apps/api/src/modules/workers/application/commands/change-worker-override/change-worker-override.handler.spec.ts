import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ChangeWorkerOverrideCommand } from './change-worker-override.command.js';
import { ChangeWorkerOverrideHandler } from './change-worker-override.handler.js';

function setup() {
  const t = newTestHandler(ChangeWorkerOverrideHandler);
  const w = t.givenWorker();
  const run = async (change: ChangeWorkerOverrideCommand['change']) => t.handler.execute(new ChangeWorkerOverrideCommand(w.id, change, ADA));
  return { ...t, w, run };
}

describe('ChangeWorkerOverrideHandler', () => {
  it('sets an override until a time and clears it, each in the timeline', async () => {
    const t = setup();
    await expect(t.run({ set: { kind: 'keep-running', until: new Date('2026-11-25T22:00:00Z') } })).resolves.toBe(true);
    expect(t.workers.state(t.w.id).override).toEqual({ kind: 'keep-running', until: '2026-11-25T22:00:00.000Z', by: 'ada', setAt: '2026-11-25T10:00:00.000Z' });
    await expect(t.run({ clear: 'cleared' })).resolves.toBe(true);
    expect(t.workers.state(t.w.id).override).toBeUndefined();
    expect(t.workers.publishedTypes(t.w.id)).toEqual(['worker.override-set', 'worker.override-cleared']);
  });

  it('refuses an until in the past with a 400 that says what to fix', async () => {
    const t = setup();
    await expect(t.run({ set: { kind: 'keep-stopped', until: new Date('2026-11-25T09:00:00Z') } })).rejects.toMatchObject({
      code: 'WORKER.OVERRIDE_INVALID',
      kind: 'invalid',
      message: 'Cannot set the override: until (2026-11-25T09:00:00.000Z) must be in the future; it is now 2026-11-25T10:00:00.000Z.',
    });
    expect(t.workers.saves).toBe(0);
  });

  it('expires an override only once its until passed, and writes nothing when there is nothing to end', async () => {
    const t = setup();
    await t.run({ set: { kind: 'keep-running', until: new Date('2026-11-25T12:00:00Z') } });
    const saves = t.workers.saves;
    await expect(t.run({ clear: 'expired' })).resolves.toBe(false);
    t.clock.set('2026-11-25T12:00:00Z');
    await expect(t.run({ clear: 'expired' })).resolves.toBe(true);
    await expect(t.run({ clear: 'cleared' })).resolves.toBe(false);
    expect(t.workers.saves).toBe(saves + 1);
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.override-cleared', data: { kind: 'keep-running', reason: 'expired' } });
  });
});
