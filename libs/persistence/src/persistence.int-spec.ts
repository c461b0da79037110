import mongoose, { type Connection, type Model } from 'mongoose';
import { AggregateRoot, type ChangeContext, ConcurrencyError, type DomainEvent, retryOnConflict, systemActor, uuidv7 } from '#kernel';
import { type AggregateDocument, aggregateDocumentSchema } from './aggregate-document.schema.js';
import { MongoEventLog, type StoredEvent } from './event-log.js';
import { eventLogSchema } from './event-log.schema.js';
import { MongoAggregateStore } from './mongo-aggregate.store.js';
import { DuplicateAggregateError } from './mongo-errors.js';
import { OutboxRelay } from './outbox-relay.js';

interface ThingState {
  key?: string;
  count: number;
}

class Thing extends AggregateRoot<ThingState> {
  readonly aggregateType = 'thing';
  static create(id: string, key: string, ctx: ChangeContext): Thing {
    const t = new Thing(id, { key, count: 0 }, 0);
    t.raise('system.started', { instanceId: id, version: 'created' }, ctx);
    return t;
  }
  constructor(id: string, state: ThingState, version: number) {
    super(id, state, version);
  }
  bump(ctx: ChangeContext): void {
    this.state.count += 1;
    this.raise('system.started', { instanceId: this.id, version: String(this.state.count) }, ctx);
  }
  release(ctx: ChangeContext): void {
    this.state.key = undefined;
    this.raise('system.started', { instanceId: this.id, version: 'released' }, ctx);
  }
  get count(): number {
    return this.state.count;
  }
}

const ctx = () => ({ actor: systemActor('test'), now: new Date() });
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

/** The things' schema: a key that one thing at a time may hold. */
function thingSchema() {
  const schema = aggregateDocumentSchema({ key: { type: String }, count: { type: Number, required: true } });
  schema.index({ key: 1 }, { unique: true, sparse: true });
  return schema;
}

describe('persistence against the real MongoDB server', () => {
  let connection: Connection;
  let published: DomainEvent[];
  let log: MongoEventLog;
  let relay: OutboxRelay;
  let store: MongoAggregateStore<Thing, ThingState>;
  const warnings: string[] = [];
  const logger = { warn: (m: string) => void warnings.push(m), error: (m: string) => void warnings.push(m) };

  /** The things' model on a collection of the test's own, its indexes created. */
  async function things(prefix: string): Promise<Model<AggregateDocument<ThingState>>> {
    const name = `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
    const model = connection.model<AggregateDocument<ThingState>>(name, thingSchema(), name);
    await model.createIndexes();
    return model;
  }

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_persistence_${Date.now().toString(36)}`, autoCreate: false, autoIndex: false, ignoreUndefined: true }).asPromise();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  beforeEach(async () => {
    published = [];
    const suffix = Math.random().toString(36).slice(2, 8);
    const events = connection.model<StoredEvent>(`events_${suffix}`, eventLogSchema(), `events_${suffix}`);
    await events.createIndexes();
    log = new MongoEventLog(events);
    relay = new OutboxRelay(log, (events) => void published.push(...events), logger);
    store = new MongoAggregateStore<Thing, ThingState>(
      await things('things'),
      'thing',
      { toDocument: (t) => t.snapshot() as ThingState, fromDocument: (id, v, d) => new Thing(id, { key: d.key, count: d.count }, v) },
      relay,
    );
  });

  it('writes state and pending events together, then publishes, logs and clears them on commit', async () => {
    const t = Thing.create('t1', 'k1', ctx());
    t.bump(ctx());
    await store.save(t);
    expect(await store.pendingEvents('t1')).toHaveLength(2);
    t.commit();
    await relay.drain();
    expect(published.map((e) => e.aggregateVersion)).toEqual([1, 2]);
    expect(await store.pendingEvents('t1')).toEqual([]);
    const timeline = await log.timeline('thing', 't1', 1, 10);
    expect(timeline.total).toBe(2);
    expect(timeline.items.map((e) => e.aggregateVersion)).toEqual([2, 1]);
    const reloaded = await store.findById('t1');
    expect(reloaded?.count).toBe(1);
    expect(reloaded?.version).toBe(2);
  });

  it('stores the version the aggregate counts (not the 0 of a first document save) and leaves the outbox out of reads', async () => {
    const t = Thing.create('v1', 'kv1', ctx());
    t.bump(ctx());
    await store.save(t);
    expect(await store.model.findById('v1').lean()).toEqual({ _id: 'v1', key: 'kv1', count: 1, version: 2 });
    expect(await store.pendingEvents('v1')).toHaveLength(2);
  });

  it('writes the document as the mapper made it, without Mongoose casting (the schema spec keeps schema and mapper in step)', async () => {
    const loose = new MongoAggregateStore<Thing, ThingState>(store.model, 'thing-s', { toDocument: (t) => ({ ...(t.snapshot() as ThingState), undeclared: 1 }), fromDocument: (id, v, d) => new Thing(id, { key: d.key, count: d.count }, v) }, relay);
    const t = Thing.create('s1', 'ks1', ctx());
    await loose.save(t);
    t.bump(ctx());
    await loose.save(t);
    expect(await store.model.findById('s1').lean()).toEqual({ _id: 's1', key: 'ks1', count: 1, undeclared: 1, version: 2 });
  });

  it('takes only models of an aggregate schema (a version key and an outbox)', () => {
    const plain = connection.model(`plain_${Math.random().toString(36).slice(2, 8)}`, new mongoose.Schema({ _id: String, count: Number }, { versionKey: false }));
    expect(() => new MongoAggregateStore(plain as never, 'plain', { toDocument: () => ({}), fromDocument: () => undefined as never }, relay)).toThrow(/aggregateDocumentSchema/);
  });

  it('refuses the second of two writes based on the same version (no lost update)', async () => {
    await store.save(Thing.create('t2', 'k2', ctx()));
    const a = (await store.findById('t2'))!;
    const b = (await store.findById('t2'))!;
    a.bump(ctx());
    b.bump(ctx());
    await store.save(a);
    await expect(store.save(b)).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('lands every one of many concurrent updates when callers retry on conflict', async () => {
    await store.save(Thing.create('t3', 'k3', ctx()));
    await Promise.all(
      Array.from({ length: 10 }, () =>
        retryOnConflict(async () => {
          const t = (await store.findById('t3'))!;
          t.bump(ctx());
          await store.save(t);
        }, 30),
      ),
    );
    expect((await store.findById('t3'))!.count).toBe(10);
  });

  it('lets a unique index refuse a second aggregate with the same key, and frees the key when unset', async () => {
    await store.save(Thing.create('t4', 'same', ctx()));
    await expect(store.save(Thing.create('t5', 'same', ctx()))).rejects.toBeInstanceOf(DuplicateAggregateError);
    const t4 = (await store.findById('t4'))!;
    t4.release(ctx());
    await store.save(t4);
    await store.save(Thing.create('t6', 'same', ctx()));
  });

  it('loads many aggregates in one read, leaving out unknown ids, each saveable with its own version check', async () => {
    await store.save(Thing.create('m1', 'km1', ctx()));
    const m2 = Thing.create('m2', 'km2', ctx());
    m2.bump(ctx());
    await store.save(m2);
    const found = await store.findMany(['m1', 'm2', 'nobody']);
    expect([...found.keys()].sort()).toEqual(['m1', 'm2']);
    expect(found.get('m2')).toMatchObject({ count: 1, version: 2 });
    expect(await store.findMany([])).toEqual(new Map());

    const stale = found.get('m1')!;
    const fresh = (await store.findById('m1'))!;
    fresh.bump(ctx());
    await store.save(fresh);
    stale.bump(ctx());
    await expect(store.save(stale)).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('writes grouped saves made together in one bulk write, each with its own version check and outcome', async () => {
    const made = Array.from({ length: 30 }, (_, i) => Thing.create(`g${i}`, `kg${i}`, ctx()));
    for (const t of made) await store.save(t);
    const loaded = await store.findMany(made.map((t) => t.id));
    // Another writer gets to g3 and g17 first: those two grouped saves lose, the other 28 land.
    for (const id of ['g3', 'g17']) {
      const other = (await store.findById(id))!;
      other.bump(ctx());
      await store.save(other);
    }
    const outcomes = await Promise.allSettled(
      [...loaded.values()].map((t) => {
        t.bump(ctx());
        return store.save(t, { grouped: true }).then(() => t.id);
      }),
    );
    const ids = [...loaded.keys()];
    const lost = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ id: ids[i], reason: o.reason as unknown }] : []));
    expect(lost.map((l) => l.id).sort()).toEqual(['g17', 'g3']);
    for (const l of lost) expect(l.reason).toBeInstanceOf(ConcurrencyError);
    const after = await store.findMany(made.map((t) => t.id));
    expect([...after.values()].every((t) => t.count === 1 && t.version === 2)).toBe(true);
    // Each landed save kept its events for the relay; the write stamp stays out of reads.
    expect(await store.pendingEvents('g0')).toHaveLength(2);
    expect(await store.model.findById('g0').lean()).toEqual({ _id: 'g0', key: 'kg0', count: 1, version: 2 });
    // A retried loser lands like any other save.
    await retryOnConflict(async () => {
      const t = (await store.findById('g3'))!;
      t.bump(ctx());
      await store.save(t, { grouped: true });
    });
    expect((await store.findById('g3'))!.count).toBe(2);
  });

  it('refuses a grouped save that a unique index refuses, and lands the rest of its group', async () => {
    await store.save(Thing.create('u1', 'taken', ctx()));
    const a = Thing.create('u2', 'ku2', ctx());
    const b = Thing.create('u3', 'ku3', ctx());
    await store.save(a);
    await store.save(b);
    const loser = (await store.findById('u2'))!;
    const winner = (await store.findById('u3'))!;
    (loser as unknown as { state: ThingState }).state.key = 'taken';
    loser.bump(ctx());
    winner.bump(ctx());
    const [refused, landed] = await Promise.allSettled([store.save(loser, { grouped: true }), store.save(winner, { grouped: true })]);
    expect(refused).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateAggregateError) });
    expect(landed.status).toBe('fulfilled');
    expect((await store.findById('u3'))!.count).toBe(1);
    expect((await store.findById('u2'))!.count).toBe(0);
  });

  it('publishes after a restart what a process wrote but never published', async () => {
    const t = Thing.create('t7', 'k7', ctx());
    await store.save(t); // ...and the process "dies" here: no commit
    expect(published).toEqual([]);
    const swept = await relay.sweep(0);
    expect(swept).toBe(1);
    expect(published.map((e) => e.id)).toEqual([t.getUncommittedEvents()[0].id]);
    expect(await store.pendingEvents('t7')).toEqual([]);
    // A second sweep finds nothing to do; appending the same event again is harmless.
    expect(await relay.sweep(0)).toBe(0);
    expect(await log.append([published[0].toEnvelope()])).toBe(0);
  });

  it('publishes the events of many aggregates committed together as one batch, in commit order, and clears every outbox', async () => {
    const batches: number[] = [];
    const batched = new OutboxRelay(log, (events) => {
      batches.push(events.length);
      published.push(...events);
    }, logger);
    const s = new MongoAggregateStore<Thing, ThingState>(await things('things_b'), 'thing-b', { toDocument: (t) => t.snapshot() as ThingState, fromDocument: (id, v, d) => new Thing(id, { key: d.key, count: d.count }, v) }, batched);
    const made = Array.from({ length: 5 }, (_, i) => Thing.create(`b${i}`, `kb${i}`, ctx()));
    for (const t of made) await s.save(t);
    for (const t of made) t.commit();
    await batched.drain();
    expect(batches).toEqual([5]);
    expect(published.map((e) => e.aggregateId)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
    for (const t of made) expect(await s.pendingEvents(t.id)).toEqual([]);
    expect((await log.timeline('thing', 'b3', 1, 10)).total).toBe(1);

    // One committed while a batch is being published goes out with the next batch.
    const late = Thing.create('b5', 'kb5', ctx());
    const later = Thing.create('b6', 'kb6', ctx());
    await s.save(late);
    await s.save(later);
    late.commit();
    await new Promise((r) => setImmediate(r));
    later.commit();
    await batched.drain();
    expect(batches).toEqual([5, 1, 1]);
  });

  it('leaves a batch whose publication failed in the outboxes, for the sweep', async () => {
    let fail = true;
    const flaky = new OutboxRelay(log, (events) => {
      if (fail) throw new Error('bus down');
      published.push(...events);
    }, logger);
    const s = new MongoAggregateStore<Thing, ThingState>(await things('things_f'), 'thing-f', { toDocument: (t) => t.snapshot() as ThingState, fromDocument: (id, v, d) => new Thing(id, { key: d.key, count: d.count }, v) }, flaky);
    const t = Thing.create('f1', 'kf1', ctx());
    await s.save(t);
    t.commit();
    await flaky.drain();
    expect(warnings.some((w) => /bus down/.test(w))).toBe(true);
    expect(await s.pendingEvents('f1')).toHaveLength(1);
    fail = false;
    expect(await flaky.sweep(0)).toBe(1);
    expect(await s.pendingEvents('f1')).toEqual([]);
  });

  it('leaves young outbox entries to the fast path when sweeping with a minimum age', async () => {
    await store.save(Thing.create('t8', 'k8', ctx()));
    expect(await relay.sweep(60_000)).toBe(0);
  });

  it('reads the log after an id, newest last, filtered by type, aggregate and related payload ids', async () => {
    const t0 = Date.now();
    const actor = systemActor('test');
    const envelope = (n: number, type: 'worker.renamed' | 'worker.tags-changed', aggregateId: string, data: Record<string, unknown>) => ({
      id: uuidv7(t0 + n),
      type,
      aggregateType: 'worker',
      aggregateId,
      aggregateVersion: n,
      occurredAt: new Date(t0 + n).toISOString(),
      actor,
      data: data as never,
    });
    const events = [
      envelope(1, 'worker.renamed', 'w1', { from: 'a', to: 'b' }),
      envelope(2, 'worker.tags-changed', 'w2', { set: {}, removed: [] }),
      envelope(3, 'worker.renamed', 'lab-9', { from: 'c', to: 'd', workerId: 'w1' }),
      envelope(4, 'worker.renamed', 'w2', { from: 'e', to: 'f' }),
    ];
    await log.append([...events].reverse());

    expect((await log.after(undefined, 10)).map((e) => e.aggregateVersion)).toEqual([1, 2, 3, 4]);
    expect((await log.after(events[1].id, 10)).map((e) => e.aggregateVersion)).toEqual([3, 4]);
    expect((await log.after(undefined, 10, ['worker.renamed'])).map((e) => e.aggregateVersion)).toEqual([1, 3, 4]);
    expect((await log.after(undefined, 10, undefined, ['w1'])).map((e) => e.aggregateVersion)).toEqual([1]);
    expect((await log.after(undefined, 10, undefined, ['w1'], ['workerId'])).map((e) => e.aggregateVersion)).toEqual([1, 3]);
    expect(await log.countAfter(events[0].id, 2)).toBe(2);
    expect(await log.countAfter(events[0].id, 10, ['worker.renamed'])).toBe(2);
    expect((await log.latest(2)).map((e) => e.aggregateVersion)).toEqual([4, 3]);
    expect((await log.latest(5, undefined, ['w2'])).map((e) => e.aggregateVersion)).toEqual([4, 2]);
  });

  it('records when each event reached the log and finds events with earlier ids that reached it late', async () => {
    const t0 = Date.now() - 1000;
    const actor = systemActor('test');
    const envelope = (n: number) => ({
      id: uuidv7(t0 + n),
      type: 'worker.renamed' as const,
      aggregateType: 'worker',
      aggregateId: 'late-w',
      aggregateVersion: n,
      occurredAt: new Date(t0 + n).toISOString(),
      actor,
      data: { from: 'a', to: String(n) } as never,
    });
    const [slow, fast] = [envelope(1), envelope(2)];
    await log.append([fast]);
    const fastAt = await log.recordedAtOf(fast.id);
    expect(typeof fastAt).toBe('string');
    await new Promise((r) => setTimeout(r, 5));
    await log.append([slow]);
    expect((await log.recordedLate(fast.id, fastAt!, 10, undefined, ['late-w'])).map((e) => e.id)).toEqual([slow.id]);
    expect(await log.recordedLate(slow.id, fastAt!, 10, undefined, ['late-w'])).toEqual([]);
    expect(await log.recordedAtOf('00000000-0000-7000-8000-000000000000')).toBeUndefined();
    // The arrival time stays inside the log: readers get the envelope as it was appended.
    expect(await log.byId(slow.id)).toEqual(slow);
  });
});
