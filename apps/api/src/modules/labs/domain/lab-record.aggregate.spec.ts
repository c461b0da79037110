import type { EventType } from '#kernel';
import { type LabFacts, LabRecord } from './lab-record.aggregate.js';
import { labRecordId } from './lab-record-id.js';

const ada = { kind: 'user' as const, id: 'u1', name: 'ada' };
const sync = { kind: 'system' as const, id: 'system:lab-sync', name: 'lab-sync' };
const ctx = (minute = 0, actor: typeof ada | typeof sync = ada) => ({ actor, now: new Date(Date.UTC(2026, 10, 25, 10, minute)) });
const policy = { historyLimit: 50 };

function facts(over: Partial<LabFacts> = {}): LabFacts {
  return {
    title: 'OSPF',
    description: 'area 0',
    notes: '',
    state: 'STOPPED',
    ownerUsername: 'admin',
    ownerFullname: 'Administrator',
    nodeCount: 3,
    linkCount: 2,
    createdAt: '2026-11-20T08:00:00.000Z',
    modifiedAt: '2026-11-24T08:00:00.000Z',
    ...over,
  };
}

const types = (r: LabRecord): EventType[] => r.unsavedEvents().map((e) => e.type);

function saved(r: LabRecord): LabRecord {
  r.markPersisted();
  r.uncommit();
  return r;
}

function discovered(over: Partial<LabFacts> = {}, limit = 50): LabRecord {
  return saved(LabRecord.discover('r1', 'w1', 'lab-1', facts(over), { historyLimit: limit }, ctx(0, sync)));
}

describe('labRecordId', () => {
  it('is the same UUID for the same worker and lab, and differs otherwise', () => {
    const id = labRecordId('w1', 'lab-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(labRecordId('w1', 'lab-1')).toBe(id);
    expect(labRecordId('w2', 'lab-1')).not.toBe(id);
    expect(labRecordId('w1', 'lab-2')).not.toBe(id);
  });
});

describe('LabRecord.discover', () => {
  it('records the lab with who found it and when, its first state in the history, and one event', () => {
    const r = LabRecord.discover('r1', 'w1', 'lab-1', facts({ state: 'STARTED' }), policy, ctx(5, sync));
    expect(r.snapshot()).toMatchObject({ workerId: 'w1', labId: 'lab-1', title: 'OSPF', presence: 'present', firstSeenAt: '2026-11-25T10:05:00.000Z', lastSyncedAt: '2026-11-25T10:05:00.000Z' });
    expect(r.snapshot().stateHistory).toEqual([{ at: '2026-11-25T10:05:00.000Z', to: 'STARTED', trigger: 'sync', by: sync }]);
    expect(r.unsavedEvents()).toHaveLength(1);
    expect(r.unsavedEvents()[0]).toMatchObject({
      type: 'lab.discovered',
      aggregateType: 'lab',
      actor: sync,
      data: { workerId: 'w1', labId: 'lab-1', title: 'OSPF', state: 'STARTED', ownerUsername: 'admin', nodeCount: 3, linkCount: 2 },
    });
  });
});

describe('LabRecord.observe (sync diff)', () => {
  it('raises nothing when nothing changed, but still stores the new last-synced time', () => {
    const r = discovered();
    expect(r.observe(facts(), policy, ctx(10, sync))).toBe('unchanged');
    expect(r.unsavedEvents()).toEqual([]);
    expect(r.hasChanges).toBe(true);
    expect(r.snapshot().lastSyncedAt).toBe('2026-11-25T10:10:00.000Z');
    expect(r.snapshot().updatedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('stores a new CML modified time silently: it moves with every edit and is no change of its own', () => {
    const r = discovered();
    expect(r.observe(facts({ modifiedAt: '2026-11-25T09:00:00.000Z' }), policy, ctx(10))).toBe('unchanged');
    expect(r.unsavedEvents()).toEqual([]);
    expect(r.snapshot().modifiedAt).toBe('2026-11-25T09:00:00.000Z');
  });

  it('raises one lab.updated naming every changed field with before and after', () => {
    const r = discovered();
    expect(r.observe(facts({ title: 'OSPF v2', nodeCount: 4, ownerUsername: 'bob' }), policy, ctx(10))).toBe('updated');
    expect(types(r)).toEqual(['lab.updated']);
    expect(r.unsavedEvents()[0].data).toEqual({
      workerId: 'w1',
      labId: 'lab-1',
      changes: { title: { from: 'OSPF', to: 'OSPF v2' }, nodeCount: { from: 3, to: 4 }, ownerUsername: { from: 'admin', to: 'bob' } },
    });
    expect(r.title).toBe('OSPF v2');
  });

  it('shortens long notes in the event, not in the record', () => {
    const r = discovered();
    const notes = 'x'.repeat(5000);
    r.observe(facts({ notes }), policy, ctx(10));
    const change = (r.unsavedEvents()[0].data as { changes: Record<string, { to: string }> }).changes.notes;
    expect(change.to).toHaveLength(201);
    expect(r.snapshot().notes).toBe(notes);
  });

  it('raises lab.state-changed with from, to and trigger, and appends to the history', () => {
    const r = discovered();
    expect(r.observe(facts({ state: 'STARTED' }), policy, ctx(10, sync))).toBe('updated');
    expect(types(r)).toEqual(['lab.state-changed']);
    expect(r.unsavedEvents()[0].data).toEqual({ workerId: 'w1', labId: 'lab-1', from: 'STOPPED', to: 'STARTED', trigger: 'sync' });
    expect(r.snapshot().stateHistory.at(-1)).toEqual({ at: '2026-11-25T10:10:00.000Z', from: 'STOPPED', to: 'STARTED', trigger: 'sync', by: sync });
  });

  it('raises both events when facts and state changed, in that order', () => {
    const r = discovered();
    r.observe(facts({ state: 'STARTED', linkCount: 3 }), policy, ctx(10));
    expect(types(r)).toEqual(['lab.updated', 'lab.state-changed']);
  });

  it('discovers a removed lab again when it is back, then records what changed meanwhile', () => {
    const r = discovered();
    r.markRemoved(ctx(5, sync));
    saved(r);
    expect(r.observe(facts({ state: 'STARTED' }), policy, ctx(10, sync))).toBe('created');
    expect(types(r)).toEqual(['lab.discovered', 'lab.state-changed']);
    expect(r.unsavedEvents()[0].data).toMatchObject({ rediscovered: true, state: 'STARTED' });
    expect(r.snapshot()).toMatchObject({ presence: 'present', removedAt: undefined });
  });
});

describe('state history', () => {
  it.each([
    [1, ['STARTED']],
    [3, ['STARTED', 'STOPPED', 'STARTED']],
    [50, ['STOPPED', 'STARTED', 'STOPPED', 'STARTED', 'STOPPED', 'STARTED']],
  ])('keeps at most %i entries, the newest, while every change stays an event', (limit, expected) => {
    const r = discovered({}, limit);
    for (const [i, state] of ['STARTED', 'STOPPED', 'STARTED', 'STOPPED', 'STARTED'].entries()) r.applyState(state, { historyLimit: limit }, ctx(i + 1));
    const history = r.snapshot().stateHistory;
    expect(history.map((h) => h.to)).toEqual(expected);
    expect(history.at(-1)).toMatchObject({ from: 'STOPPED', to: 'STARTED', trigger: 'user', by: ada, at: '2026-11-25T10:05:00.000Z' });
    expect(types(r)).toEqual(Array(5).fill('lab.state-changed'));
  });

  it('records a user action that changed nothing as no event', () => {
    const r = discovered({ state: 'STARTED' });
    expect(r.applyState('STARTED', policy, ctx(1))).toBe(false);
    expect(r.unsavedEvents()).toEqual([]);
    expect(r.snapshot().stateHistory).toHaveLength(1);
  });
});

describe('removal, deletion and import', () => {
  it('marks a lab gone from the controller removed once, keeping its facts and history', () => {
    const r = discovered();
    expect(r.markRemoved(ctx(5, sync))).toBe(true);
    expect(r.markRemoved(ctx(6, sync))).toBe(false);
    expect(types(r)).toEqual(['lab.removed']);
    expect(r.unsavedEvents()[0].data).toEqual({ workerId: 'w1', labId: 'lab-1', title: 'OSPF', lastState: 'STOPPED' });
    expect(r.snapshot()).toMatchObject({ presence: 'removed', removedAt: '2026-11-25T10:05:00.000Z', title: 'OSPF' });
  });

  it('marks a lab deleted through the product with who did it and which steps it took', () => {
    const r = discovered({ state: 'STARTED' });
    r.applyState('STOPPED', policy, ctx(1));
    r.applyState('DEFINED_ON_CORE', policy, ctx(1));
    r.markDeleted({ stopped: true, wiped: true }, ctx(2));
    expect(types(r)).toEqual(['lab.state-changed', 'lab.state-changed', 'lab.deleted']);
    expect(r.unsavedEvents()[2]).toMatchObject({ actor: ada, data: { workerId: 'w1', labId: 'lab-1', title: 'OSPF', stopped: true, wiped: true } });
    expect(r.snapshot()).toMatchObject({ presence: 'deleted', deletedBy: ada, deletedAt: '2026-11-25T10:02:00.000Z' });
    expect(r.snapshot().stateHistory.map((h) => h.to)).toEqual(['STARTED', 'STOPPED', 'DEFINED_ON_CORE']);
  });

  it('records an upload as lab.imported (not discovered), with who uploaded it', () => {
    const r = LabRecord.import('r1', 'w1', 'lab-1', facts({ state: 'DEFINED_ON_CORE' }), { filename: 'ospf.yaml', bytes: 812 }, policy, ctx(3));
    expect(types(r)).toEqual(['lab.imported']);
    expect(r.unsavedEvents()[0].data).toMatchObject({ workerId: 'w1', labId: 'lab-1', title: 'OSPF', filename: 'ospf.yaml', bytes: 812 });
    expect(r.snapshot()).toMatchObject({ importedBy: ada, importedAt: '2026-11-25T10:03:00.000Z' });
    expect(r.snapshot().stateHistory).toEqual([{ at: '2026-11-25T10:03:00.000Z', to: 'DEFINED_ON_CORE', trigger: 'user', by: ada }]);
  });
});
