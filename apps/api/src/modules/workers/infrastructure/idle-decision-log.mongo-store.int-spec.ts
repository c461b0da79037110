import mongoose, { type Connection } from 'mongoose';
import type { IdleDecisionRecord } from '../application/ports/idle-decision-log.port.js';
import { type DecisionDoc, LEGACY_ROWS_READ_AT_MOST, MongoIdleDecisionLog } from './idle-decision-log.mongo-store.js';
import { IDLE_DECISION_MODEL, idleDecisionSchema } from './idle-decision.schema.js';

const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('MONGODB_URI must point at the MongoDB from scripts/services');

const T0 = Date.parse('2026-11-25T10:00:00Z');
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

/** A row as the log stored it before 2026-12: one per evaluation, no code. */
const legacyKeep = (workerId: string, minute: number, source = 'cml-telemetry'): IdleDecisionRecord => ({
  workerId,
  at: at(minute),
  outcome: 'keep',
  reason: `Last activity ${minute} min ago (${source}); the idle timeout is 60 min.`,
  idleMinutes: minute,
  lastActivityAt: at(0),
  lastActivitySource: source as IdleDecisionRecord['lastActivitySource'],
  timeoutMinutes: 60,
});

describe('idle decision log against the real MongoDB server', () => {
  let connection: Connection;
  let log: MongoIdleDecisionLog;
  let n = 0;
  const worker = () => `w-${process.pid}-${Date.now().toString(36)}-${n++}`;

  beforeAll(async () => {
    connection = await mongoose.createConnection(uri, { dbName: `ccm_test_idle_log_${Date.now().toString(36)}`, ignoreUndefined: true, autoCreate: false, autoIndex: false }).asPromise();
    const model = connection.model<DecisionDoc>(IDLE_DECISION_MODEL, idleDecisionSchema(30));
    await model.createIndexes();
    log = new MongoIdleDecisionLog(model);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('stores changes of decision with their facts and gives them back newest first, without unset fields', async () => {
    const id = worker();
    const rows: IdleDecisionRecord[] = [
      { workerId: id, at: at(1), outcome: 'keep', code: 'active', reason: 'Last activity 1 min ago at 10:00 UTC (imported); idle from 11:00 UTC if nothing happens (idle timeout 1 h).', timeoutMinutes: 60, idleMinutes: 1, lastActivityAt: at(0), lastActivitySource: 'import', idleFrom: at(60) },
      { workerId: id, at: at(61), outcome: 'warn', code: 'idle-warning', reason: 'Idle for 1 h 1 min …', timeoutMinutes: 60, idleMinutes: 61, lastActivityAt: at(0), lastActivitySource: 'import', plannedStopAt: at(71), until: undefined },
    ];
    await log.record(rows);
    await log.record([]);
    const back = await log.recent(id, 20);
    expect(back).toEqual([rows[1], rows[0]]);
    expect(Object.keys(back[0])).not.toContain('until');
    expect(await log.recent(id, 1)).toEqual([rows[1]]);
  });

  it('reads rows stored at every evaluation (before 2026-12) as one row per decision, dated when it was first taken', async () => {
    const id = worker();
    const legacy = [
      ...Array.from({ length: 30 }, (_, m) => legacyKeep(id, m + 1)), // kept, telemetry, minutes 1-30
      ...Array.from({ length: 5 }, (_, m) => legacyKeep(id, m + 31, 'lab-state')), // kept, now because of a lab, 31-35
      { workerId: id, at: at(96), outcome: 'warn', reason: 'Idle for 61 min (timeout 60 min, last activity: lab-state); it will be stopped at 2026-11-25T11:46:00Z unless someone uses or snoozes it.', timeoutMinutes: 60 },
      ...[97, 98, 99].map((m) => ({ workerId: id, at: at(m), outcome: 'keep', reason: `Idle for ${m - 35} min; stop planned at 2026-11-25T11:46:00Z.`, timeoutMinutes: 60 })),
    ] as IdleDecisionRecord[];
    await log.record(legacy);
    // After the upgrade: one row per change.
    const upgraded: IdleDecisionRecord = { workerId: id, at: at(100), outcome: 'keep', code: 'warning-pending', reason: 'Idle for 1 h 5 min (timeout 1 h); warned at 11:36 UTC, stop planned at 11:46 UTC.', timeoutMinutes: 60 };
    await log.record([upgraded]);

    const back = await log.recent(id, 20);
    expect(back.map((r) => [r.at.slice(11, 16), r.outcome, r.code ?? 'legacy'])).toEqual([
      ['11:40', 'keep', 'warning-pending'],
      ['11:37', 'keep', 'legacy'],
      ['11:36', 'warn', 'legacy'],
      ['10:31', 'keep', 'legacy'],
      ['10:01', 'keep', 'legacy'],
    ]);
    expect(back[3].reason).toBe('Last activity 31 min ago (lab-state); the idle timeout is 60 min.');
    expect((await log.recent(id, 2)).map((r) => r.at)).toEqual([at(100), at(97)]);
  });

  it('reads a bounded number of old rows however long an old decision ran', async () => {
    const id = worker();
    const rows = Array.from({ length: LEGACY_ROWS_READ_AT_MOST + 50 }, (_, m) => legacyKeep(id, m + 1));
    for (let i = 0; i < rows.length; i += 500) await log.record(rows.slice(i, i + 500));
    const back = await log.recent(id, 20);
    // One decision; the oldest row read stands for it.
    expect(back).toHaveLength(1);
    expect(back[0].at).toBe(at(51));
  });

  it('keeps the rows of each worker apart', async () => {
    const [a, b] = [worker(), worker()];
    await log.record([legacyKeep(a, 1), { ...legacyKeep(b, 2), code: 'active' }]);
    expect((await log.recent(a, 20)).map((r) => r.workerId)).toEqual([a]);
    expect((await log.recent(b, 20)).map((r) => r.workerId)).toEqual([b]);
  });
});
