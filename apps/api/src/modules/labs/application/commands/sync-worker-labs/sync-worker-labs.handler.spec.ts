import { type Actor, Clock, ConcurrencyError, DomainError, type DomainEvent, type EventType, systemActor } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { MemoryKeyValueStore } from '../../../../../platform/kv/memory-key-value.store.js';
import { LabRecord, type LabRecordState } from '../../../domain/lab-record.aggregate.js';
import { LabRecordRepository } from '../../../domain/lab-record.repository.port.js';
import type { LabWorker } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { LabRecordWriter } from '../../lab-record-writer.js';
import { type ControllerLab, LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { SyncWorkerLabsCommand } from './sync-worker-labs.command.js';
import { SyncWorkerLabsHandler } from './sync-worker-labs.handler.js';

/** Records kept as stored snapshots, with the store's version check, publishing on commit. */
class MemoryRecords extends LabRecordRepository {
  readonly docs = new Map<string, { state: LabRecordState; version: number }>();
  readonly published: DomainEvent[] = [];
  saves = 0;
  /** Makes the next save of this lab lose a race once (another writer got there first). */
  raceOnce = new Set<string>();

  private attach(record: LabRecord): LabRecord {
    record.publishAll = (events: DomainEvent[]) => void this.published.push(...events);
    return record;
  }

  async find(workerId: string, labId: string): Promise<LabRecord | undefined> {
    const doc = [...this.docs.entries()].find(([, d]) => d.state.workerId === workerId && d.state.labId === labId);
    return doc && this.attach(new LabRecord(doc[0], structuredClone(doc[1].state), doc[1].version));
  }

  async forSync(workerId: string, labIds: string[]): Promise<LabRecord[]> {
    return [...this.docs.entries()]
      .filter(([, d]) => d.state.workerId === workerId && (d.state.presence === 'present' || labIds.includes(d.state.labId)))
      .map(([id, d]) => this.attach(new LabRecord(id, structuredClone(d.state), d.version)));
  }

  async save(record: LabRecord): Promise<void> {
    if (!record.hasChanges) return;
    if (this.raceOnce.delete(record.labId)) throw new ConcurrencyError('lab', record.id);
    const stored = this.docs.get(record.id);
    if ((stored?.version ?? 0) !== record.expectedVersion) throw new ConcurrencyError('lab', record.id);
    this.saves++;
    record.markPersisted();
    this.docs.set(record.id, { state: record.snapshot() as LabRecordState, version: record.version });
    this.attach(record);
  }
}

class FakeController extends LabControllerPort {
  labsNow: ControllerLab[] = [];
  failure?: DomainError;
  reads = 0;
  async labs(): Promise<ControllerLab[]> {
    this.reads += 1;
    if (this.failure) throw this.failure;
    return structuredClone(this.labsNow);
  }
  lab = unused;
  labState = unused;
  start = unused;
  stop = unused;
  wipe = unused;
  delete = unused;
  download = unused;
  import = unused;
  nodeDefinitions = unused;
  imageDefinitions = unused;
}
async function unused(): Promise<never> {
  throw new Error('not used by a sync');
}

class FakeWorkers extends WorkerDirectory {
  worker: LabWorker = { id: 'w1', name: 'lab-east-1', status: 'running', managed: true, endpoint: 'https://10.0.0.5' };
  async get(id: string): Promise<LabWorker> {
    if (id !== this.worker.id) throw new DomainError('WORKER.NOT_FOUND', 'not-found', `Worker ${id} does not exist.`);
    return this.worker;
  }
  async briefs(): Promise<Map<string, { name: string; status: string }>> {
    return new Map([[this.worker.id, { name: this.worker.name, status: this.worker.status }]]);
  }
}

class StepClock extends Clock {
  minute = 0;
  now(): Date {
    return new Date(Date.UTC(2026, 10, 25, 10, this.minute));
  }
}

const lab = (labId: string, over: Partial<ControllerLab> = {}): ControllerLab => ({
  labId,
  title: `Lab ${labId}`,
  description: '',
  notes: '',
  state: 'STOPPED',
  ownerUsername: 'admin',
  nodeCount: 2,
  linkCount: 1,
  modifiedAt: '2026-11-24T08:00:00.000Z',
  ...over,
});

const actor = { kind: 'user' as const, id: 'u1', name: 'ada' };

describe('SyncWorkerLabsHandler', () => {
  let records: MemoryRecords;
  let controller: FakeController;
  let workers: FakeWorkers;
  let clock: StepClock;
  let handler: SyncWorkerLabsHandler;
  let now: number;
  const sync = (by: Actor = actor) => handler.execute(new SyncWorkerLabsCommand('w1', by));
  const eventTypes = (): EventType[] => records.published.map((e) => e.type);

  beforeEach(() => {
    records = new MemoryRecords();
    controller = new FakeController();
    workers = new FakeWorkers();
    clock = new StepClock();
    handler = handlerWith(0);
  });

  function handlerWith(syncMinIntervalSeconds: number): SyncWorkerLabsHandler {
    const config = new AppConfig({ labs: { uploadMaxBytes: 1024, stateHistoryLimit: 50, syncConcurrency: 3, syncMinIntervalSeconds, controllerReadsPerMinute: 0 } });
    now = Date.UTC(2026, 10, 25, 10);
    const throttle = new ControllerReadThrottle(new MemoryKeyValueStore(() => now), config);
    return new SyncWorkerLabsHandler(workers, controller, records, new LabRecordWriter(records, controller, clock, config), config, clock, throttle);
  }

  it('holds back a second sync asked for within LAB_SYNC_MIN_INTERVAL_SECONDS with 429 and the seconds to wait, without reading the controller', async () => {
    handler = handlerWith(30);
    controller.labsNow = [lab('a')];
    await sync();
    now += 10_000;
    await expect(sync({ kind: 'service', id: 'automation', name: 'cml-automation-manager' })).rejects.toMatchObject({
      code: 'LAB.SYNC_THROTTLED',
      kind: 'rate-limited',
      details: { workerId: 'w1', retryAfterSeconds: 20 },
      message: expect.stringContaining('one sync per 30 s (LAB_SYNC_MIN_INTERVAL_SECONDS)'),
    });
    expect(controller.reads).toBe(1);
    now += 20_000;
    await sync();
    expect(controller.reads).toBe(2);
  });

  it('never holds back the scheduled sync, nor counts it against people', async () => {
    handler = handlerWith(30);
    controller.labsNow = [lab('a')];
    await sync(systemActor('lab-sync'));
    await sync(systemActor('lab-sync'));
    await sync();
    expect(controller.reads).toBe(3);
  });

  it('creates a record per lab on the first sync, one lab.discovered each', async () => {
    controller.labsNow = [lab('a'), lab('b', { state: 'STARTED' }), lab('c')];
    expect(await sync()).toEqual({ workerId: 'w1', created: 3, updated: 0, removed: 0, unchanged: 0, syncedAt: '2026-11-25T10:00:00.000Z' });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.discovered', 'lab.discovered']);
    expect(records.published.every((e) => e.actor === actor)).toBe(true);
  });

  it('raises no event when nothing changed, but still stores the new last-synced time', async () => {
    controller.labsNow = [lab('a'), lab('b')];
    await sync();
    records.published.length = 0;
    clock.minute = 5;
    expect(await sync()).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 2 });
    expect(records.published).toEqual([]);
    expect([...records.docs.values()].map((d) => d.state.lastSyncedAt)).toEqual(['2026-11-25T10:05:00.000Z', '2026-11-25T10:05:00.000Z']);
  });

  it('updates changed labs, marks vanished ones removed, and creates new ones, in one pass', async () => {
    controller.labsNow = [lab('a'), lab('b'), lab('c')];
    await sync();
    records.published.length = 0;
    controller.labsNow = [lab('a', { state: 'STARTED' }), lab('b', { title: 'Renamed' }), lab('d')];
    expect(await sync()).toMatchObject({ created: 1, updated: 2, removed: 1, unchanged: 0 });
    expect(eventTypes().sort()).toEqual(['lab.discovered', 'lab.removed', 'lab.state-changed', 'lab.updated']);
    const c = [...records.docs.values()].find((d) => d.state.labId === 'c')!;
    expect(c.state).toMatchObject({ presence: 'removed', title: 'Lab c' });
  });

  it('marks a removed lab removed only once, and discovers it again when it comes back', async () => {
    controller.labsNow = [lab('a')];
    await sync();
    controller.labsNow = [];
    expect(await sync()).toMatchObject({ removed: 1 });
    expect(await sync()).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 0 });
    controller.labsNow = [lab('a')];
    expect(await sync()).toMatchObject({ created: 1 });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.removed', 'lab.discovered']);
    expect(records.published[2].data).toMatchObject({ rediscovered: true });
  });

  it('runs a record again on the fresh state when another writer changed it meanwhile', async () => {
    controller.labsNow = [lab('a')];
    await sync();
    controller.labsNow = [lab('a', { state: 'STARTED' })];
    records.raceOnce.add('a');
    expect(await sync()).toMatchObject({ updated: 1 });
    expect(eventTypes()).toEqual(['lab.discovered', 'lab.state-changed']);
  });

  it('reads nothing and writes nothing for a worker that is not running', async () => {
    workers.worker = { ...workers.worker, status: 'stopped' };
    controller.labsNow = [lab('a')];
    await expect(sync()).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING', details: { status: 'stopped' } });
    expect(records.saves).toBe(0);
  });

  it('writes nothing when the controller cannot be read', async () => {
    controller.labsNow = [lab('a')];
    await sync();
    controller.failure = new DomainError('LAB.CONTROLLER_UNAVAILABLE', 'conflict', 'unreachable');
    const saves = records.saves;
    await expect(sync()).rejects.toMatchObject({ code: 'LAB.CONTROLLER_UNAVAILABLE' });
    expect(records.saves).toBe(saves);
    expect([...records.docs.values()][0].state.presence).toBe('present');
  });
});
