import { newTestHandler, ADA } from '../../../../../../../../test/support/unit/handler-factory.js';
import { SyncWorkerCmlCommand } from './sync-worker-cml.command.js';
import { SyncWorkerCmlHandler } from './sync-worker-cml.handler.js';

function setup() {
  const t = newTestHandler(SyncWorkerCmlHandler);
  const sync = (workerId: string, probe = false) => t.handler.execute(new SyncWorkerCmlCommand(workerId, ADA, probe));
  return { ...t, sync };
}

describe('SyncWorkerCmlHandler', () => {
  it('reads the controller of a running worker at its endpoint and records what it says', async () => {
    const t = setup();
    const w = t.givenWorker();
    const observation = await t.sync(w.id, true);
    expect(t.cml.reads).toEqual([{ target: { name: w.name, instanceId: w.instanceId, endpoint: 'https://127.0.0.2', endpointProblem: undefined }, probe: true }]);
    expect(observation).toMatchObject({ serviceStatus: 'available', version: '2.9.1' });
    expect(t.workers.state(w.id)).toMatchObject({ serviceStatus: 'available', cml: { version: '2.9.1' } });
  });

  it('records an unreachable controller as an observation too (never an error)', async () => {
    const t = setup();
    const w = t.givenWorker();
    t.cml.answer = () => ({ serviceStatus: 'unavailable', reason: 'connect ECONNREFUSED' });
    await t.sync(w.id);
    expect(t.workers.state(w.id)).toMatchObject({ serviceStatus: 'unavailable' });
  });

  it.each(['stopped', 'pending'] as const)('asks nobody for a %s worker: it has no controller to answer', async (state) => {
    const t = setup();
    const w = t.givenWorker({ state });
    await expect(t.sync(w.id)).resolves.toBeUndefined();
    expect(t.cml.reads).toEqual([]);
    expect(t.workers.saves).toBe(0);
  });

  it('records nothing when the worker stopped while its controller was being read', async () => {
    const t = setup();
    const w = t.givenWorker();
    t.cml.during = async () => {
      const meanwhile = await t.workers.get(w.id);
      meanwhile.recordRequested('stop', { actor: ADA, now: t.clock.now() });
      await t.workers.save(meanwhile);
    };
    await t.sync(w.id);
    expect(t.workers.state(w.id)).toMatchObject({ status: 'stopping', serviceStatus: 'unavailable' });
    expect(t.workers.saves).toBe(1);
  });
});
