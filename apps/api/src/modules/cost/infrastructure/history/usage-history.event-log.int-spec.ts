import mongoose, { type Connection } from 'mongoose';
import { type EventEnvelope, systemActor } from '#kernel';
import { eventLogSchema, MongoEventLog, type StoredEvent } from '#persistence';
import { EventLogUsageHistory } from './usage-history.event-log.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

let seq = 0;
function event(workerId: string, type: EventEnvelope['type'], occurredAt: string, data: Record<string, unknown>): EventEnvelope {
  seq++;
  return { id: `0193a000-0000-7000-8000-${String(seq).padStart(12, '0')}`, type, aggregateType: 'worker', aggregateId: workerId, aggregateVersion: seq, occurredAt, actor: systemActor('test'), data } as EventEnvelope;
}

describe('workers’ usage history from the real event log', () => {
  let connection: Connection;
  let history: EventLogUsageHistory;
  let log: MongoEventLog;

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_usage_history_${Date.now().toString(36)}`, autoCreate: false, autoIndex: false }).asPromise();
    const model = connection.model<StoredEvent>('events', eventLogSchema([]), 'events');
    await model.createIndexes();
    log = new MongoEventLog(model);
    history = new EventLogUsageHistory(log);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('reads each worker’s history as metering reads it, alone or several at once, and names what was recorded since a time', async () => {
    const before = new Date().toISOString();
    await log.append([
      event('w-1', 'worker.imported', '2026-12-01T08:00:00.000Z', { name: 'a', region: 'us-east-1', instanceId: 'i-1', instanceType: 'c5.metal', amiId: 'ami-1', status: 'running', source: 'api' }),
      event('w-1', 'worker.renamed', '2026-12-01T08:30:00.000Z', { from: 'a', to: 'b' }),
      event('w-1', 'worker.status-changed', '2026-12-01T09:00:00.000Z', { from: 'running', to: 'stopping', trigger: 'idle-detection', reason: 'idle' }),
      event('w-1', 'worker.instance-updated', '2026-12-01T09:10:00.000Z', { changes: { instanceType: { from: 'c5.metal', to: 'm5.metal' } } }),
      event('w-2', 'worker.provisioning-requested', '2026-12-01T10:00:00.000Z', { name: 'c', region: 'us-west-2', instanceType: 'm5zn.metal', amiId: 'ami-2' }),
      event('w-2', 'worker.terminated', '2026-12-01T11:00:00.000Z', {}),
    ]);
    const one = await history.of('w-1');
    expect(one).toEqual([
      { at: new Date('2026-12-01T08:00:00.000Z'), kind: 'known', region: 'us-east-1', instanceType: 'c5.metal', status: 'running' },
      { at: new Date('2026-12-01T09:00:00.000Z'), kind: 'status', from: 'running', to: 'stopping', trigger: 'idle-detection' },
      { at: new Date('2026-12-01T09:10:00.000Z'), kind: 'type', instanceType: 'm5.metal' },
    ]);
    const many = await history.ofMany(['w-1', 'w-2', 'w-3']);
    expect(many.get('w-1')).toEqual(one);
    expect(many.get('w-2')!.map((e) => e.kind)).toEqual(['known', 'gone']);
    expect(many.get('w-3')).toEqual([]);
    // The rename is no usage event: only the five that are name workers.
    const changed = await history.changedSince(before, 100);
    expect(changed.map((c) => c.workerId)).toEqual(['w-1', 'w-1', 'w-1', 'w-2', 'w-2']);
  });
});
