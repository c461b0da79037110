import { systemActor } from '#kernel';
import { newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { type PowerEntry, RecordWorkerPowerCommand } from './record-worker-power.command.js';
import { RecordWorkerPowerHandler } from './record-worker-power.handler.js';

const RECONCILER = systemActor('power-reconciler');

describe('RecordWorkerPowerHandler', () => {
  it("stores the reconciler's decisions, held reasons and attempts; events only for changes", async () => {
    const t = newTestHandler(RecordWorkerPowerHandler);
    const w = t.givenWorker();
    const record = (entry: PowerEntry) => t.handler.execute(new RecordWorkerPowerCommand(w.id, entry, RECONCILER));
    const desired = { state: 'stopped' as const, rule: { kind: 'schedule', id: 's-1', name: 'CCNA' }, reason: 'Schedule "CCNA" has it stopped outside its windows.', next: [] };
    await record({ desired });
    await record({ desired });
    await record({ held: 'The worker is starting; the reconciler waits.' });
    await record({ held: 'The worker is starting; the reconciler waits.' });
    await record({ attempt: { ok: false, error: 'EC2 refused' } });
    expect(t.workers.publishedTypes(w.id).filter((type) => type.startsWith('worker.desired') || type === 'worker.power-held')).toEqual(['worker.desired-power-changed', 'worker.power-held']);
    expect(t.workers.state(w.id)).toMatchObject({
      desiredPower: { state: 'stopped', rule: { kind: 'schedule', id: 's-1' }, heldReason: 'The worker is starting; the reconciler waits.', decidedAt: '2026-11-25T10:00:00.000Z' },
      powerAttempts: { failures: 1, lastError: 'EC2 refused' },
    });
  });

  it('issues one stop warning per planned stop, however often the reconciler records it', async () => {
    const t = newTestHandler(RecordWorkerPowerHandler);
    const w = t.givenWorker();
    const record = (entry: PowerEntry) => t.handler.execute(new RecordWorkerPowerCommand(w.id, entry, RECONCILER));
    const stopWarning = { plannedStopAt: '2026-11-25T18:00:00.000Z', cause: 'schedule' as const, ruleName: 'Lab hours', reason: 'Schedule "Lab hours" ends: stop planned at 18:00 UTC.' };
    await record({ stopWarning });
    await record({ stopWarning });
    await record({ stopWarning: { ...stopWarning, plannedStopAt: '2026-11-25T19:00:00.000Z' } });
    expect(t.workers.publishedTypes(w.id).filter((type) => type === 'worker.stop-warning-issued')).toHaveLength(2);
    expect(t.workers.state(w.id).stopWarning).toEqual({ plannedStopAt: '2026-11-25T19:00:00.000Z', cause: 'schedule', issuedAt: '2026-11-25T10:00:00.000Z' });
  });
});
