import type { CommandStartedEvent, Document } from 'mongodb';
import mongoose, { type Connection, type Model } from 'mongoose';
import { type EventEnvelope, systemActor } from '#kernel';
import { MongoEventLog, type StoredEvent } from './event-log.js';
import { eventLogSchema } from './event-log.schema.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const AGG = '0193a000-0000-7000-8000-0000000000aa';

/** Event `version` of the aggregate; ids grow with the version, as uuidv7 ids of later events do. */
function event(version: number, aggregateId = AGG): EventEnvelope {
  return {
    id: `0193a000-0000-7000-8000-${String(version).padStart(12, '0')}`,
    type: 'worker.renamed',
    aggregateType: 'worker',
    aggregateId,
    aggregateVersion: version,
    occurredAt: new Date(1_750_000_000_000 + version).toISOString(),
    actor: systemActor('test'),
    data: { from: 'a', to: String(version) } as never,
  } as EventEnvelope;
}

describe('event log against the real MongoDB server', () => {
  let connection: Connection;
  let log: MongoEventLog;
  let collectionName: string;
  const finds: Document[] = [];

  /** The event log's model on a collection of this test's own, its schema's indexes created. */
  async function eventLogModel(relatedIdFields: string[] = []): Promise<Model<StoredEvent>> {
    collectionName = `events_${Math.random().toString(36).slice(2, 8)}`;
    const model = connection.model<StoredEvent>(collectionName, eventLogSchema(relatedIdFields), collectionName);
    await model.createIndexes();
    return model;
  }

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_event_log_${Date.now().toString(36)}`, monitorCommands: true, autoCreate: false, autoIndex: false }).asPromise();
    connection.getClient().on('commandStarted', (e: CommandStartedEvent) => {
      if (e.commandName === 'find' && e.command.find === collectionName) finds.push(e.command);
    });
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });
  beforeEach(async () => {
    log = new MongoEventLog(await eventLogModel());
    finds.length = 0;
  });

  describe('timeline', () => {
    /** 40 logged events (versions 1-40), and an outbox of 41-43 where 41 already reached the log. */
    async function seed(): Promise<{ pending: EventEnvelope[]; all: number[] }> {
      await log.append([...Array.from({ length: 41 }, (_, i) => event(i + 1)), event(7, 'someone-else')]);
      return { pending: [event(43), event(41), event(42)], all: Array.from({ length: 43 }, (_, i) => 43 - i) };
    }

    it('answers every page, newest first, with the outbox events the log lacks in their place', async () => {
      const { pending, all } = await seed();
      for (const pageSize of [1, 5, 7, 50]) {
        for (let page = 1; page <= Math.ceil(all.length / pageSize) + 1; page++) {
          const res = await log.timeline('worker', AGG, page, pageSize, pending);
          expect({ pageSize, page, versions: res.items.map((e) => e.aggregateVersion) }).toEqual({ pageSize, page, versions: all.slice((page - 1) * pageSize, page * pageSize) });
          expect(res.total).toBe(43);
        }
      }
    });

    it('places an outbox event the log lacks among older logged ones (a relay that logged only part of a batch)', async () => {
      await log.append([1, 2, 3, 5, 6].map((v) => event(v)));
      const res = await log.timeline('worker', AGG, 1, 10, [event(4), event(5), event(6)]);
      expect(res.items.map((e) => e.aggregateVersion)).toEqual([6, 5, 4, 3, 2, 1]);
      expect((await log.timeline('worker', AGG, 2, 2, [event(4)])).items.map((e) => e.aggregateVersion)).toEqual([4, 3]);
    });

    it('asks the database for one page however deep it is, never for the pages before it', async () => {
      const { pending } = await seed();
      finds.length = 0;
      await log.timeline('worker', AGG, 8, 5, pending);
      const pageReads = finds.filter((f) => f.filter?.aggregateId === AGG);
      expect(pageReads).toHaveLength(1);
      // Two outbox events are not in the log: they may push two logged events into this page.
      expect(pageReads[0]).toMatchObject({ skip: 33, limit: 7 });

      finds.length = 0;
      await log.timeline('worker', AGG, 8, 5);
      expect(finds.filter((f) => f.filter?.aggregateId === AGG)[0]).toMatchObject({ skip: 35, limit: 5 });
    });
  });

  describe('timeline without what the system observed', () => {
    const typed = (version: number, type: string, actor = systemActor('test')) => ({ ...event(version), type, actor }) as EventEnvelope;
    const person = { kind: 'user' as const, id: 'u1', name: 'ada' };

    it('leaves out observed types the system caused, also from the outbox, and pages and counts what is left', async () => {
      await log.append([typed(1, 'worker.imported', person), typed(2, 'worker.telemetry-changed'), typed(3, 'worker.endpoint-changed', person), typed(4, 'worker.status-changed'), typed(5, 'worker.telemetry-changed')]);
      const pending = [typed(6, 'worker.cml-info-changed'), typed(7, 'worker.renamed', person)];
      const hide = ['worker.telemetry-changed', 'worker.cml-info-changed', 'worker.endpoint-changed'];
      const all = await log.timeline('worker', AGG, 1, 10, pending, hide);
      // A person's endpoint change stays; the system's status change is a decision of EC2's, kept.
      expect(all.items.map((e) => e.aggregateVersion)).toEqual([7, 4, 3, 1]);
      expect(all.total).toBe(4);
      expect((await log.timeline('worker', AGG, 2, 2, pending, hide)).items.map((e) => e.aggregateVersion)).toEqual([3, 1]);
      expect((await log.timeline('worker', AGG, 1, 10, pending)).total).toBe(7);
    });
  });

  describe('recorded since', () => {
    it('names the aggregates whose events of the types were recorded since a time, even when they occurred long before', async () => {
      await log.append([event(1), event(2, 'other')]);
      const cut = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      const late = { ...event(3, 'late'), occurredAt: '2020-01-01T00:00:00.000Z' } as EventEnvelope;
      await log.append([late, { ...event(4, 'late'), type: 'worker.terminated', data: {} } as EventEnvelope]);
      const found = await log.recordedSince(['worker.renamed'], cut, 10);
      expect(found.map((f) => [f.aggregateId, f.occurredAt])).toEqual([['late', '2020-01-01T00:00:00.000Z']]);
      expect(found[0].recordedAt >= cut).toBe(true);
    });
  });

  describe('indexes', () => {
    const indexesOf = async (model: Model<StoredEvent>) => model.collection.listIndexes().toArray();

    it('indexes what the list and stream filters read, in event id order: the aggregate, the type and the related payload ids', async () => {
      const keys = (await indexesOf(await eventLogModel(['workerId']))).map((i) => JSON.stringify(i.key));
      expect(keys).toEqual(expect.arrayContaining([JSON.stringify({ aggregateId: 1, _id: 1 }), JSON.stringify({ type: 1, _id: 1 }), JSON.stringify({ 'data.workerId': 1, _id: 1 })]));
    });

    it('keeps the payload index to the events that carry the field', async () => {
      const index = (await indexesOf(await eventLogModel(['workerId']))).find((i) => i.key['data.workerId'] === 1);
      expect(index?.partialFilterExpression).toEqual({ 'data.workerId': { $exists: true } });
    });

    it('declares every index the log had before its schema: the timeline, types by time and arrival', async () => {
      const keys = (await indexesOf(await eventLogModel())).map((i) => JSON.stringify(i.key));
      expect(keys).toEqual(expect.arrayContaining([JSON.stringify({ aggregateType: 1, aggregateId: 1, aggregateVersion: -1 }), JSON.stringify({ type: 1, occurredAt: -1 }), JSON.stringify({ recordedAt: 1 })]));
    });
  });
});
