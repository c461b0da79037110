import { type Document, MongoBulkWriteError } from 'mongodb';
import { GroupedUpdates, WRITE_ID_FIELD } from './grouped-updates.js';

/** A collection that records each bulk write and matches every filter whose `v` is even. */
function fakeCollection() {
  const groups: Document[][] = [];
  const stamps = new Map<string, unknown>();
  let release: (() => void) | undefined;
  const collection = {
    hold: false,
    bulkWrite: async (ops: Document[]) => {
      groups.push(ops);
      if (collection.hold) await new Promise<void>((r) => (release = r));
      let matchedCount = 0;
      for (const op of ops) {
        const { filter, update } = op.updateOne as { filter: { _id: string; v: number }; update: { $set: Record<string, unknown> } };
        if (filter.v % 2 === 0) {
          matchedCount++;
          stamps.set(filter._id, update.$set[WRITE_ID_FIELD]);
        }
      }
      return { matchedCount };
    },
    find: (filter: { _id: { $in: string[] } }) => ({ toArray: async () => filter._id.$in.map((id) => ({ _id: id, [WRITE_ID_FIELD]: stamps.get(id) })) }),
  };
  return { collection, groups, release: () => release?.() };
}

/** The driver's error for a bulk write that failed part-way, as it builds it (the constructor is internal). */
function bulkError(matchedCount: number, concern?: { code: number; errmsg: string }): MongoBulkWriteError {
  return Object.assign(Object.create(MongoBulkWriteError.prototype) as MongoBulkWriteError, {
    message: 'bulk write failed',
    writeErrors: [],
    result: { matchedCount, getWriteConcernError: () => concern },
  });
}

describe('GroupedUpdates', () => {
  it('sends the updates asked for in one turn as one bulk write, and tells each caller whether its filter matched', async () => {
    const { collection, groups } = fakeCollection();
    const grouped = new GroupedUpdates(collection as never);
    const outcomes = await Promise.all([0, 1, 2, 3].map((v) => grouped.update(`w${v}`, { _id: `w${v}`, v }, { $set: { v: v + 1 } })));
    expect(groups).toHaveLength(1);
    expect(outcomes).toEqual([true, false, true, false]);
  });

  it('groups the updates asked for while a write is in flight into the next write', async () => {
    const fake = fakeCollection();
    fake.collection.hold = true;
    const grouped = new GroupedUpdates(fake.collection as never);
    const first = grouped.update('a', { _id: 'a', v: 0 }, { $set: {} });
    await new Promise((r) => setImmediate(r));
    const later = [grouped.update('b', { _id: 'b', v: 0 }, { $set: {} }), grouped.update('c', { _id: 'c', v: 2 }, { $set: {} })];
    fake.collection.hold = false;
    fake.release();
    expect(await Promise.all([first, ...later])).toEqual([true, true, true]);
    expect(fake.groups.map((g) => g.length)).toEqual([1, 2]);
  });

  it('fails every caller of a group whose write failed as a whole', async () => {
    const grouped = new GroupedUpdates({ bulkWrite: () => Promise.reject(new Error('connection lost')), find: () => ({ toArray: async () => [] }) } as never);
    const outcomes = await Promise.allSettled([grouped.update('a', { _id: 'a' }, { $set: {} }), grouped.update('b', { _id: 'b' }, { $set: {} })]);
    expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as Error).message)).toEqual(['connection lost', 'connection lost']);
  });

  it('reads back which saves landed when the driver reports a group applied in part (a connection lost mid-write)', async () => {
    const stamps = new Map<string, unknown>();
    const grouped = new GroupedUpdates({
      bulkWrite: async (ops: Document[]) => {
        // Only the first update reached the server.
        const { filter, update } = ops[0].updateOne as { filter: { _id: string }; update: { $set: Record<string, unknown> } };
        stamps.set(filter._id, update.$set[WRITE_ID_FIELD]);
        throw bulkError(1);
      },
      find: (filter: { _id: { $in: string[] } }) => ({ toArray: async () => filter._id.$in.map((id) => ({ _id: id, [WRITE_ID_FIELD]: stamps.get(id) })) }),
    } as never);
    expect(await Promise.all([grouped.update('a', { _id: 'a' }, { $set: {} }), grouped.update('b', { _id: 'b' }, { $set: {} })])).toEqual([true, false]);
  });

  it('reports no save as landed when the write concern was not met, as a single write would have thrown', async () => {
    const grouped = new GroupedUpdates({ bulkWrite: () => Promise.reject(bulkError(2, { code: 100, errmsg: 'primary stepped down' })), find: () => ({ toArray: async () => [] }) } as never);
    const outcomes = await Promise.allSettled([grouped.update('a', { _id: 'a' }, { $set: {} }), grouped.update('b', { _id: 'b' }, { $set: {} })]);
    expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as Error).message)).toEqual(['write concern failed: primary stepped down', 'write concern failed: primary stepped down']);
  });
});
