import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import type { Worker } from '../../../domain/worker.aggregate.js';
import { ChangeWorkerStateCommand } from '../change-worker-state/change-worker-state.command.js';
import { EvaluateIdleWorkersHandler } from './evaluate-idle-workers.handler.js';

const T0 = '2026-11-25T10:00:00.000Z';
const actor = ADA;

function setup() {
  const t = newTestHandler(EvaluateIdleWorkersHandler, {
    now: T0,
    env: { IDLE_TIMEOUT_MINUTES: '60', IDLE_WARNING_LEAD_MINUTES: '10', IDLE_START_GRACE_MINUTES: '60' },
  });
  /** A running worker imported at T0 (an import is activity). */
  const worker = (name: string): Worker => t.givenWorker({ name });
  /** Runs the evaluation at `minute` after T0. */
  const runAt = async (minute: number) => {
    t.clock.set(T0);
    t.clock.advanceMinutes(minute);
    return t.handler.execute();
  };
  return {
    ...t,
    log: t.idleLog,
    get stops() {
      return t.commands.sent(ChangeWorkerStateCommand);
    },
    worker,
    runAt,
  };
}

describe('EvaluateIdleWorkersHandler', () => {
  it('records a decision when it changes, not at every run', async () => {
    const t = setup();
    t.worker('w1');
    const first = await t.runAt(1);
    for (let m = 2; m <= 59; m++) await t.runAt(m);
    expect(first).toMatchObject({ evaluated: 1, kept: 1, recorded: 1 });
    expect(t.log.rows.map((r) => [r.at, r.outcome, r.code])).toEqual([['2026-11-25T10:01:00.000Z', 'keep', 'active']]);

    const warned = await t.runAt(61);
    expect(warned).toMatchObject({ warned: 1, recorded: 1 });
    // The warning pending is the same decision as the warning; then the stop is a new one.
    for (let m = 62; m <= 70; m++) expect(await t.runAt(m)).toMatchObject({ kept: 1, recorded: 0 });
    expect(await t.runAt(71)).toMatchObject({ stopped: 1, recorded: 1 });
    expect(t.log.rows.map((r) => [r.at.slice(11, 16), r.outcome, r.code])).toEqual([
      ['10:01', 'keep', 'active'],
      ['11:01', 'warn', 'idle-warning'],
      ['11:11', 'stop', 'idle-stop'],
    ]);
  });

  it('records the decision with its facts and readable words, and stops with the same words', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(61);
    await t.runAt(71);
    const [warn, stop] = t.log.rows;
    expect(warn).toEqual({
      workerId: 'w-1',
      at: '2026-11-25T11:01:00.000Z',
      outcome: 'warn',
      code: 'idle-warning',
      reason: 'Idle for 1 h 1 min (timeout 1 h, last activity at 10:00 UTC: imported); it will be stopped at 11:11 UTC unless someone uses or snoozes it.',
      timeoutMinutes: 60,
      idleMinutes: 61,
      lastActivityAt: '2026-11-25T10:00:00.000Z',
      lastActivitySource: 'import',
      plannedStopAt: '2026-11-25T11:11:00.000Z',
    });
    expect(stop).toMatchObject({ outcome: 'stop', warnedAt: '2026-11-25T11:01:00.000Z' });
    expect(t.stops).toHaveLength(1);
    expect(t.stops[0]).toMatchObject({ reason: stop.reason, trigger: 'idle-detection' });
    expect(stop.reason).toBe('Stopped after 1 h 11 min without activity (timeout 1 h, last activity at 10:00 UTC: imported); warned at 11:01 UTC.');
  });

  it('keeps the latest evaluation on the worker, with since when its decision holds', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(1);
    await t.runAt(12);
    expect(t.workers.state('w-1').idle.lastDecision).toMatchObject({ at: '2026-11-25T10:12:00.000Z', since: '2026-11-25T10:01:00.000Z', outcome: 'keep', code: 'active' });
    expect(t.workers.state('w-1').idle.lastDecision?.reason).toMatch(/^Last activity 12 min ago at 10:00 UTC \(imported\)/);
  });

  it('records a new row when the reason changes while the outcome stays keep', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(1);
    const w = await t.workers.get('w-1');
    w.snooze(new Date(Date.parse(T0) + 240 * 60_000), { actor, now: new Date(Date.parse(T0) + 5 * 60_000) });
    await t.workers.save(w);
    expect(await t.runAt(6)).toMatchObject({ kept: 1, recorded: 1 });
    expect(await t.runAt(7)).toMatchObject({ kept: 1, recorded: 0 });
    expect(t.log.rows.map((r) => [r.outcome, r.code, r.reason])).toEqual([
      ['keep', 'active', 'Last activity 1 min ago at 10:00 UTC (imported); idle from 11:00 UTC if nothing happens (idle timeout 1 h).'],
      ['keep', 'snoozed', 'Snoozed: kept running until 14:00 UTC.'],
    ]);
  });

  it('records one row per worker whose decision changed, in one write per run', async () => {
    const t = setup();
    t.worker('a');
    t.worker('b');
    await t.runAt(1);
    expect(t.log.writes).toBe(1);
    expect(t.log.rows.map((r) => r.workerId).sort()).toEqual(['w-1', 'w-2']);
    expect(await t.runAt(2)).toMatchObject({ evaluated: 2, recorded: 0 });
  });

  it('takes a decision stored before the change (no key) as a change: one row, then quiet', async () => {
    const t = setup();
    t.worker('w1');
    t.workers.docs.get('w-1')!.state.idle.lastDecision = { at: '2026-11-25T09:59:00.000Z', outcome: 'keep', reason: 'Last activity 9 min ago (cml-telemetry); the idle timeout is 60 min.' };
    expect(await t.runAt(1)).toMatchObject({ recorded: 1 });
    expect(await t.runAt(2)).toMatchObject({ recorded: 0 });
  });

  it('never warns or stops a worker inside a keep-running override or a reservation, and says so', async () => {
    const t = setup();
    const kept = t.worker('kept');
    const reserved = t.worker('reserved');
    const ctx = { actor, now: new Date(T0) };
    const a = await t.workers.get(kept.id);
    a.setOverride('keep-running', new Date('2026-11-25T13:00:00Z'), ctx);
    await t.workers.save(a);
    const b = await t.workers.get(reserved.id);
    b.recordDesiredPower({ state: 'running', rule: { kind: 'reservation', id: 'r-1', name: 'CCNA class' }, reason: 'Reserved.', until: '2026-11-25T17:00:00.000Z', next: [] }, ctx);
    await t.workers.save(b);
    for (const m of [61, 71, 120]) expect(await t.runAt(m)).toMatchObject({ evaluated: 2, kept: 2, warned: 0, stopped: 0 });
    expect(t.stops).toEqual([]);
    expect(t.log.rows.map((r) => [r.workerId === kept.id ? 'kept' : 'reserved', r.code, r.reason])).toEqual([
      ['kept', 'power-protected', 'Inside a keep-running override until 13:00 UTC; no idle stop.'],
      ['reserved', 'power-protected', 'Inside reservation CCNA class until 17:00 UTC; no idle stop.'],
    ]);
    // Once the override has run out, idle detection applies again.
    expect(await t.runAt(181)).toMatchObject({ warned: 1 });
  });
});
