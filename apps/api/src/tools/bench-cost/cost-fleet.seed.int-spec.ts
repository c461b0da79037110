import { type Db, MongoClient } from 'mongodb';
import { fleetMember, seedCostFleet } from './cost-fleet.seed.js';

interface StoredEvent {
  _id: string;
  type: string;
  aggregateId: string;
  aggregateVersion: number;
  occurredAt: string;
  recordedAt: string;
  data: { from?: string; to?: string; status?: string; region?: string; instanceType?: string };
}

/** The cost benchmark's fleet, written into the MongoDB stand-in: what the product would have recorded over the days. */
describe('seedCostFleet', () => {
  const NOW = new Date('2026-12-03T11:30:00Z');
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    const uri = process.env.MONGODB_URI;
    if (!uri) throw new Error('MONGODB_URI is not set: source /work/services.env or run scripts/services up mongo');
    client = await new MongoClient(uri).connect();
    db = client.db(`ccm_test_cost_seed_${Date.now().toString(36)}`);
  });
  afterAll(async () => {
    await db?.dropDatabase();
    await client?.close();
  });

  it('writes each worker imported when its history begins, then its status changes in version and time order, ending in its status', async () => {
    const seeded = await seedCostFleet(db, { workers: 8, days: 60, now: NOW });
    expect(seeded.workers).toBe(8);
    const docs = await db.collection<{ _id: string; version: number; status: string; region: string; instanceType: string; lifecycle: { createdAt: string } }>('workers').find().toArray();
    expect(docs).toHaveLength(8);
    const events = await db.collection<StoredEvent>('events').find().sort({ aggregateId: 1, aggregateVersion: 1 }).toArray();
    expect(events).toHaveLength(seeded.events);
    expect(seeded.statusChanges).toBeGreaterThan(8 * 10);

    for (const doc of docs) {
      const own = events.filter((e) => e.aggregateId === doc._id);
      expect(own[0]).toMatchObject({ type: 'worker.imported', aggregateVersion: 1, occurredAt: doc.lifecycle.createdAt, data: { status: 'running', region: doc.region, instanceType: doc.instanceType } });
      expect(Date.parse(doc.lifecycle.createdAt)).toBeLessThanOrEqual(NOW.getTime() - 60 * 86_400_000);
      let status = own[0].data.status!;
      own.forEach((e, i) => {
        expect(e.aggregateVersion).toBe(i + 1);
        expect(Date.parse(e.recordedAt)).toBeGreaterThan(Date.parse(e.occurredAt));
        if (i === 0) return;
        expect(e.occurredAt > own[i - 1].occurredAt).toBe(true);
        expect(e.data.from).toBe(status);
        status = e.data.to!;
      });
      // The document is the aggregate after its last event.
      expect(doc.version).toBe(own.length);
      expect(doc.status).toBe(status);
    }
    expect(new Set(docs.map((d) => d.status))).toEqual(new Set(['running', 'stopped']));
  });

  it('makes the same fleet member from the same index: every pattern, both regions, priced types', () => {
    expect(fleetMember(5)).toEqual(fleetMember(5));
    const members = Array.from({ length: 24 }, (_, i) => fleetMember(i));
    expect(new Set(members.map((m) => m.pattern)).size).toBe(4);
    expect(new Set(members.map((m) => m.region))).toEqual(new Set(['us-east-1', 'us-west-2']));
    expect(new Set(members.map((m) => `${m.pattern}:${m.endStatus}`)).size).toBe(8);
  });
});
