import mongoose, { type Connection } from 'mongoose';
import { emptyMonth, type MonthFigures } from '../../domain/cost-ledger.rule.js';
import { CostLedgerMongoStore } from './cost-ledger.mongo-store.js';
import { costMeterSchema, costMonthSchema } from './cost-ledger.schemas.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const month = (m: string, usd: number): MonthFigures => ({ ...emptyMonth(m), computeUsd: usd, runningSeconds: usd * 3600, billedSeconds: usd * 3600, days: { '01': usd } });
const d = (iso: string) => new Date(iso);

describe('the cost ledger against the real MongoDB server', () => {
  let connection: Connection;
  let ledger: CostLedgerMongoStore;

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_cost_ledger_${Date.now().toString(36)}`, autoCreate: false, autoIndex: false }).asPromise();
    const months = connection.model('CostWorkerMonth', costMonthSchema);
    const meters = connection.model('CostWorkerMeter', costMeterSchema);
    await months.createIndexes();
    ledger = new CostLedgerMongoStore(months as never, meters as never);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it("replaces a worker's months and what is still going, leaving other workers alone", async () => {
    await ledger.replaceWorker('w-1', [month('2026-11', 1), month('2026-12', 2)], { run: { start: d('2026-12-02T08:00:00Z'), region: 'us-east-1', instanceType: 'c5.metal' } }, d('2026-12-02T09:00:00Z'));
    await ledger.replaceWorker('w-2', [month('2026-12', 5)], {}, d('2026-12-02T09:00:00Z'));
    // Metered again: November is gone from its history (say the history was corrected), the run ended in a stop still going.
    await ledger.replaceWorker('w-1', [month('2026-12', 3)], { stop: { at: d('2026-12-02T10:00:00Z'), trigger: 'idle-detection', region: 'us-east-1', instanceType: 'c5.metal' } }, d('2026-12-02T10:01:00Z'));

    expect([...(await ledger.month('2026-11')).keys()]).toEqual([]);
    const december = await ledger.month('2026-12');
    expect(Object.fromEntries([...december].map(([id, m]) => [id, m.computeUsd]))).toEqual({ 'w-1': 3, 'w-2': 5 });
    expect(december.get('w-1')).toEqual(month('2026-12', 3));
    expect([...(await ledger.month('2026-12', ['w-2'])).keys()]).toEqual(['w-2']);

    const open = await ledger.open();
    expect(open.get('w-1')).toEqual({ open: { stop: { at: d('2026-12-02T10:00:00Z'), trigger: 'idle-detection', region: 'us-east-1', instanceType: 'c5.metal' } }, meteredAt: '2026-12-02T10:01:00.000Z' });
    expect(open.get('w-2')).toEqual({ open: {}, meteredAt: '2026-12-02T09:00:00.000Z' });
    expect([...(await ledger.open(['w-2'])).keys()]).toEqual(['w-2']);
  });

  it('keeps its checkpoint apart from the workers', async () => {
    expect(await ledger.checkpoint()).toBeUndefined();
    await ledger.saveCheckpoint('2026-12-02T10:00:00.000Z');
    await ledger.saveCheckpoint('2026-12-02T11:00:00.000Z');
    expect(await ledger.checkpoint()).toBe('2026-12-02T11:00:00.000Z');
    expect([...(await ledger.open()).keys()]).not.toContain('checkpoint');
  });
});
