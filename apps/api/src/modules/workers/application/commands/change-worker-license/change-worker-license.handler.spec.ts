import { DomainError } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { SyncWorkerCmlCommand } from '../sync-worker-cml/sync-worker-cml.command.js';
import { ChangeWorkerLicenseCommand } from './change-worker-license.command.js';
import { ChangeWorkerLicenseHandler } from './change-worker-license.handler.js';

type Change = ChangeWorkerLicenseCommand['change'];
const REGISTER: Change = { kind: 'registration', token: 'secret-token', reregister: false };

function setup(state: 'running' | 'stopped' = 'running') {
  const t = newTestHandler(ChangeWorkerLicenseHandler, { env: { LICENSE_TIMEOUT_SECONDS: '60' } });
  const w = t.givenWorker({ state, name: 'lab-east-1' });
  /** Starts the change and waits for the work it leaves running (it ends by asking for a CML sync). */
  const change = async (c: Change = REGISTER) => {
    const done = t.commands.next(SyncWorkerCmlCommand);
    const op = await t.handler.execute(new ChangeWorkerLicenseCommand(w.id, c, ADA));
    await done;
    return { op, finished: t.operations.operations.get(op.id)! };
  };
  return { ...t, w, change };
}

describe('ChangeWorkerLicenseHandler', () => {
  it('answers with a running operation at once and records who asked, never the token', async () => {
    const t = setup();
    const { op } = await t.change();
    expect(op).toMatchObject({ id: 'op-1', kind: 'license-registration', subject: { type: 'worker', id: t.w.id }, status: 'running', requestedBy: ADA });
    const requested = t.workers.published.find((e) => e.type === 'worker.license-registration-requested')!;
    expect(requested.data).toEqual({ operationId: 'op-1', reregister: false });
    expect(JSON.stringify(t.workers.published)).not.toContain('secret-token');
  });

  it('registers, waits until Smart Licensing settles, records the outcome on the operation and the worker, then reads the controller', async () => {
    const t = setup();
    const { finished } = await t.change();
    expect(t.licensing.calls).toEqual(['register lab-east-1', 'status lab-east-1']);
    expect(finished).toMatchObject({ status: 'succeeded', result: { registrationStatus: 'COMPLETED' } });
    expect(t.operations.progressLines.get('op-1')).toEqual(['Sending the token to the controller']);
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.license-registration-finished', data: { operationId: 'op-1', succeeded: true, registrationStatus: 'COMPLETED' } });
    expect(t.commands.sent(SyncWorkerCmlCommand)).toHaveLength(1);
  });

  it('reports a registration that ends FAILED with the reason CML gives', async () => {
    const t = setup();
    t.licensing.statuses = [{ status: 'FAILED', failure: 'token expired' }];
    const { finished } = await t.change();
    expect(finished).toMatchObject({ status: 'failed', error: 'Registration ended FAILED: token expired.' });
    expect(t.workers.published.at(-1)!.data).toMatchObject({ succeeded: false, registrationStatus: 'FAILED' });
  });

  it('gives up on a registration that has not settled within LICENSE_TIMEOUT_SECONDS, naming the last status', async () => {
    const t = setup();
    t.licensing.statuses = [{ status: 'IN_PROGRESS' }];
    // Each read of the status takes the whole timeout, so the handler gives up without waiting to poll again.
    t.licensing.onStatusRead = () => t.clock.advanceSeconds(60);
    const { finished } = await t.change();
    expect(finished).toMatchObject({ status: 'failed', error: 'Registration did not settle within 60 s (last status IN_PROGRESS).' });
  });

  it('deregisters and records what the controller said', async () => {
    const t = setup();
    t.licensing.deregistered = 'local-only';
    const { op, finished } = await t.change({ kind: 'deregistration' });
    expect(op.kind).toBe('license-deregistration');
    expect(finished).toMatchObject({ status: 'succeeded', result: { outcome: 'local-only' } });
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.license-deregistration-finished', data: { succeeded: true, outcome: 'local-only' } });
  });

  it('fails the operation with what the controller refused, in words', async () => {
    const t = setup();
    t.licensing.registerFailure = new DomainError('CML.LICENSE_REFUSED', 'upstream', 'The controller refused the token.');
    const { finished } = await t.change();
    expect(finished).toMatchObject({ status: 'failed', error: 'The controller refused the token.' });
  });

  it('refuses a stopped worker before any operation exists (WORKER.INVALID_TRANSITION)', async () => {
    const t = setup('stopped');
    await expect(t.handler.execute(new ChangeWorkerLicenseCommand(t.w.id, REGISTER, ADA))).rejects.toMatchObject({ code: 'WORKER.INVALID_TRANSITION' });
    expect(t.operations.operations.size).toBe(0);
    expect(t.licensing.calls).toEqual([]);
  });

  it('keeps the outcome on the operation only when the worker was unregistered meanwhile', async () => {
    const t = setup();
    t.licensing.onStatusRead = async () => {
      const w = await t.workers.get(t.w.id);
      w.unregister(false, { actor: ADA, now: t.clock.now() });
      await t.workers.save(w);
    };
    const { finished } = await t.change();
    expect(finished.status).toBe('succeeded');
    expect(t.workers.publishedTypes()).not.toContain('worker.license-registration-finished');
  });
});
