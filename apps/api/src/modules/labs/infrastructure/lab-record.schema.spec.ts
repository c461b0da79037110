import { documentMisfits, type EveryField } from '#persistence';
import type { LabRecordDocument } from './lab-record.mapper.js';
import { labRecordSchema } from './lab-record.schema.js';

const actor = { kind: 'user' as const, id: 'u-1', name: 'ada' };
const at = '2026-11-25T10:00:00.000Z';

/** Every field a lab record can have, set: a field added to the state fails to compile here until the schema declares it. */
const everyField: EveryField<LabRecordDocument> = {
  workerId: '0193a000-0000-7000-8000-0000000000aa',
  labId: '7f3e2c1a-0000-4000-8000-000000000001',
  title: 'OSPF lab',
  description: '',
  notes: '# Notes\n'.repeat(10),
  state: 'STARTED',
  ownerUsername: 'ada',
  ownerFullname: 'Ada Lovelace',
  nodeCount: 4,
  linkCount: 3,
  createdAt: at,
  modifiedAt: at,
  presence: 'deleted',
  stateHistory: [
    { at, from: 'STOPPED', to: 'STARTED', trigger: 'user', by: actor },
    { at, from: 'STARTED', to: 'STOPPED', trigger: 'sync', by: actor },
  ],
  firstSeenAt: at,
  lastSyncedAt: at,
  updatedAt: at,
  importedAt: at,
  importedBy: actor,
  removedAt: at,
  deletedAt: at,
  deletedBy: actor,
};

/** A lab first seen by a sync: the fields every record has (the first history entry has no `from`). */
const fewest: LabRecordDocument = {
  workerId: '0193a000-0000-7000-8000-0000000000aa',
  labId: '7f3e2c1a-0000-4000-8000-000000000002',
  title: '',
  description: '',
  notes: '',
  state: 'DEFINED_ON_CORE',
  presence: 'present',
  stateHistory: [{ at, to: 'DEFINED_ON_CORE', trigger: 'sync', by: { kind: 'system', id: 'system:lab-sync', name: 'lab-sync' } }],
  firstSeenAt: at,
  lastSyncedAt: at,
  updatedAt: at,
};

describe('the labs collection schema', () => {
  it('stores a record with every field set as it is', () => {
    expect(documentMisfits(labRecordSchema, { _id: 'l1', ...everyField, version: 4, _outbox: [] })).toEqual([]);
  });

  it('stores a record with only the fields every record has as it is', () => {
    expect(documentMisfits(labRecordSchema, { _id: 'l2', ...fewest, version: 1, _outbox: [] })).toEqual([]);
  });

  it('keeps one record per (worker, lab) and an index per list filter, each in the default order', () => {
    expect(labRecordSchema.indexes()).toEqual([
      [{ workerId: 1, labId: 1 }, { unique: true, name: 'worker_lab_unique' }],
      [{ presence: 1, workerId: 1, title: 1 }, {}],
      [{ presence: 1, state: 1, title: 1 }, {}],
      [{ presence: 1, ownerUsername: 1, title: 1 }, {}],
      [{ presence: 1, title: 1 }, {}],
      [{ presence: 1, modifiedAt: -1 }, {}],
    ]);
  });
});
