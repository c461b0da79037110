import { newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { decideIdle } from '../../../domain/idle.rule.js';
import type { ObservedInstance } from '../../../domain/observed-instance.value-object.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import type { IdleDecisionRecord } from '../../ports/idle-decision-log.port.js';
import { GetWorkerIdleHandler } from './get-worker-idle.handler.js';
import { GetWorkerIdleQuery } from './get-worker-idle.query.js';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const at = (minute: number) => new Date(T0 + minute * 60_000);
const actor = { kind: 'user' as const, id: 'u1', name: 'ada' };

/** The query at `minute` after T0, over the worker as stored and the decision log's rows. */
function queryAt(minute: number, worker: Worker, rows: IdleDecisionRecord[]) {
  const t = newTestHandler(GetWorkerIdleHandler, { now: at(minute).toISOString(), env: { IDLE_TIMEOUT_MINUTES: '60' } });
  t.workers.seed(worker);
  t.idleLog.rows.push(...rows);
  return t.handler.execute(new GetWorkerIdleQuery('w1'));
}

function importedAtT0(): Worker {
  const instance = { instanceId: 'i-1', state: 'running', instanceType: 'm5zn.metal', imageId: 'ami-0abc', name: 'lab', tags: {} } as ObservedInstance;
  return Worker.import('w1', { region: 'us-east-1', instance, source: 'api' }, { usePrivateIp: false }, { actor, now: at(0) });
}

/** The worker as idle detection left it after evaluating it at each of `minutes`. */
function evaluatedAt(worker: Worker, minutes: number[]): Worker {
  for (const m of minutes) {
    const d = decideIdle({ now: at(m), status: 'running', fleetEnabled: true, workerEnabled: true, timeoutMinutes: 60, startGraceMinutes: 60, warningLeadMinutes: 10, lastActivityAt: worker.idle.lastActivityAt, lastActivitySource: worker.idle.lastActivitySource });
    worker.applyIdleDecision(d, 60, { actor, now: at(m) });
  }
  return worker;
}

describe('GetWorkerIdleHandler', () => {
  it('gives the decision of now with the facts the console words it from, since when it holds and when it was last evaluated', async () => {
    const worker = evaluatedAt(importedAtT0(), [1, 2, 3, 11]);
    const rows = [{ workerId: 'w1', at: at(1).toISOString(), outcome: 'keep', code: 'active', reason: '…', timeoutMinutes: 60 } as IdleDecisionRecord];
    const view = await queryAt(12, worker, rows);
    expect(view.lastEvaluatedAt).toBe(at(11).toISOString());
    expect(view.current).toEqual({
      outcome: 'keep',
      code: 'active',
      reason: 'Last activity 12 min ago at 10:00 UTC (imported); idle from 11:00 UTC if nothing happens (idle timeout 1 h).',
      idleMinutes: 12,
      lastActivityAt: at(0).toISOString(),
      lastActivitySource: 'import',
      timeoutMinutes: 60,
      idleFrom: at(60).toISOString(),
      since: at(1).toISOString(),
    });
    expect(view.recentDecisions).toEqual(rows);
  });

  it('gives no since when now decides something idle detection has not decided yet', async () => {
    const worker = evaluatedAt(importedAtT0(), [1, 59]);
    const view = await queryAt(61, worker, []);
    expect(view.current).toMatchObject({ outcome: 'warn', code: 'idle-warning', plannedStopAt: at(71).toISOString() });
    expect(view.current.since).toBeUndefined();
    expect(view.lastEvaluatedAt).toBe(at(59).toISOString());
  });
});
