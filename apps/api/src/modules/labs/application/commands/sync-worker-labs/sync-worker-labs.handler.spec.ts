import { type Actor, DomainError, type EventType, systemActor } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { aControllerLab as lab } from '../../../../../../../../test/support/unit/memory-labs.js';
import { SyncWorkerLabsCommand } from './sync-worker-labs.command.js';
import { SyncWorkerLabsHandler } from './sync-worker-labs.handler.js';

function setup(syncMinIntervalSeconds = 0) {
  const t = newTestHandler(SyncWorkerLabsHandler, {
    now: '2026-11-25T10:00:00.000Z',
    env: { LAB_SYNC_CONCURRENCY: '3', LAB_SYNC_MIN_INTERVAL_SECONDS: String(syncMinIntervalSeconds), LAB_CONTROLLER_READS_PER_MINUTE: '0' },
  });
  const labsNow = (...labs: ReturnType<typeof lab>[]) => {
    t.labController.labsNow.clear();
    t.labController.add(...labs);
  };
  return { ...t, records: t.labRecords, controller: t.labController, labsNow };
}

const actor = ADA;

describe('SyncWorkerLabsHandler', () => {
  let t: ReturnType<typeof setup>;
  const sync = (by: Actor = actor) => t.handler.execute(new SyncWorkerLabsCommand('w-1', by));
  const eventTypes = (): EventType[] => t.records.publishedTypes();

  beforeEach(() => {
    t = setup();
  });

  it('holds back a second sync asked for within LAB_SYNC_MIN_INTERVAL_SECONDS with 429 and the seconds to wait, without reading the controller', async () => {
    t = setup(30);
    t.labsNow(lab('a'));
    await sync();
    t.clock.advanceSeconds(10);
    await expect(sync({ kind: 'service', id: 'automation', name: 'cml-automation-manager' })).rejects.toMatchObject({
      code: 'LAB.SYNC_THROTTLED',
      kind: 'rate-limited',
      details: { workerId: 'w-1', retryAfterSeconds: 20 },
      message: expect.stringContaining('one sync per 30 s (LAB_SYNC_MIN_INTERVAL_SECONDS)'),
    });
    expect(t.controller.reads).toBe(1);
    t.clock.advanceSeconds(20);
    await sync();
    expect(t.controller.reads).toBe(2);
  });

  it('never holds back the scheduled sync, nor counts it against people', async () => {
    t = setup(30);
    t.labsNow(lab('a'));
    await sync(systemActor('lab-sync'));
    await sync(systemActor('lab-sync'));
    await sync();
    expect(t.controller.reads).toBe(3);
  });

  it('creates a record per lab on the first sync, one lab.discovered each', async () => {
    t.labsNow(lab('a'), lab('b', { state: 'STARTED' }), lab('c'));
    expect(await sync()).toEqual({ workerId: 'w-1', created: 3, updated: 0, removed: 0, unchanged: 0, syncedAt: '2026-11-25T10:00:00.000Z' });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.discovered', 'lab.discovered']);
    expect(t.records.published.every((e) => e.actor === actor)).toBe(true);
  });

  it('raises no event when nothing changed, but still stores the new last-synced time', async () => {
    t.labsNow(lab('a'), lab('b'));
    await sync();
    t.records.published.length = 0;
    t.clock.advanceMinutes(5);
    expect(await sync()).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(t.records.published).toEqual([]);
    expect([...t.records.docs.values()].map((d) => d.state.lastSyncedAt)).toEqual(['2026-11-25T10:05:00.000Z', '2026-11-25T10:05:00.000Z']);
  });

  it('updates changed labs, marks vanished ones removed, and creates new ones, in one pass', async () => {
    t.labsNow(lab('a'), lab('b'), lab('c'));
    await sync();
    t.records.published.length = 0;
    t.labsNow(lab('a', { state: 'STARTED' }), lab('b', { title: 'Renamed' }), lab('d'));
    expect(await sync()).toMatchObject({ created: 1, updated: 2, removed: 1, unchanged: 0 });
    expect(eventTypes().sort()).toEqual(['lab.discovered', 'lab.removed', 'lab.state-changed', 'lab.updated']);
    const c = [...t.records.docs.values()].find((d) => d.state.labId === 'c')!;
    expect(c.state).toMatchObject({ presence: 'removed', title: 'Lab c' });
  });

  it('marks a removed lab removed only once, and discovers it again when it comes back', async () => {
    t.labsNow(lab('a'));
    await sync();
    t.labsNow();
    expect(await sync()).toMatchObject({ removed: 1 });
    expect(await sync()).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 0 });
    t.labsNow(lab('a'));
    expect(await sync()).toMatchObject({ created: 1 });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.removed', 'lab.discovered']);
    expect(t.records.published[2].data).toMatchObject({ rediscovered: true });
  });

  it('runs a record again on the fresh state when another writer changed it meanwhile', async () => {
    t.labsNow(lab('a'));
    await sync();
    t.labsNow(lab('a', { state: 'STARTED' }));
    t.records.raceOnce.add('a');
    expect(await sync()).toMatchObject({ updated: 1 });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.state-changed']);
  });

  it('reads nothing and writes nothing for a worker that is not running', async () => {
    t.labWorkers.worker = { ...t.labWorkers.worker, status: 'stopped' };
    t.labsNow(lab('a'));
    await expect(sync()).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING', details: { status: 'stopped' } });
    expect(t.records.saves).toBe(0);
  });

  it('writes nothing when the controller cannot be read', async () => {
    t.labsNow(lab('a'));
    await sync();
    t.controller.failures.set('labs', new DomainError('LAB.CONTROLLER_UNAVAILABLE', 'conflict', 'unreachable'));
    const saves = t.records.saves;
    await expect(sync()).rejects.toMatchObject({ code: 'LAB.CONTROLLER_UNAVAILABLE' });
    expect(t.records.saves).toBe(saves);
    expect([...t.records.docs.values()][0].state.presence).toBe('present');
  });
});
