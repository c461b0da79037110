import { DomainError } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { UnregisterWorkerCommand } from './unregister-worker.command.js';
import { UnregisterWorkerHandler } from './unregister-worker.handler.js';

function setup() {
  const t = newTestHandler(UnregisterWorkerHandler);
  const unregister = (workerId: string, terminateInstance: boolean) => t.handler.execute(new UnregisterWorkerCommand(workerId, terminateInstance, ADA));
  return { ...t, unregister };
}

describe('UnregisterWorkerHandler', () => {
  it('stops managing the worker and leaves its instance alone unless told to terminate it', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.unregister(w.id, false);
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.state(w.id)).toMatchObject({ managed: false, status: 'running', lifecycle: { unregisteredBy: ADA } });
    expect(t.workers.publishedTypes()).toEqual(['worker.unregistered']);
  });

  it('terminates the instance first when told to, and records both in one write', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.unregister(w.id, true);
    expect(t.ec2.operations()).toEqual(['TerminateInstances']);
    expect(t.workers.saves).toBe(1);
    expect(t.workers.state(w.id)).toMatchObject({ managed: false, status: 'shutting-down' });
    expect(t.workers.published[0].data).toMatchObject({ to: 'shutting-down', reason: 'terminated while unregistering, by ada' });
    expect(t.workers.publishedTypes()).toEqual(['worker.status-changed', 'worker.unregistered']);
  });

  it('changes nothing when EC2 refuses the termination: the worker stays managed', async () => {
    const t = setup();
    const w = t.givenWorker();
    t.ec2.failures.set('TerminateInstances', new DomainError('AWS.PERMISSION_DENIED', 'upstream', 'ec2:TerminateInstances is not allowed'));
    await expect(t.unregister(w.id, true)).rejects.toMatchObject({ code: 'AWS.PERMISSION_DENIED' });
    expect(t.workers.state(w.id).managed).toBe(true);
    expect(t.workers.saves).toBe(0);
  });

  it('takes an instance EC2 no longer knows as terminated and unregisters the worker', async () => {
    const t = setup();
    const w = t.givenWorker({ inEc2: false });
    await t.unregister(w.id, true);
    expect(t.workers.state(w.id)).toMatchObject({ managed: false, status: 'terminated' });
  });

  it('does not ask EC2 to terminate an instance that is already terminating', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopping' });
    const loaded = await t.workers.get(w.id);
    loaded.recordRequested('terminate', { actor: ADA, now: t.clock.now() });
    await t.workers.save(loaded);
    await t.unregister(w.id, true);
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.state(w.id).managed).toBe(false);
  });

  it('refuses a worker that is already unregistered (WORKER.NOT_MANAGED) and writes nothing', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.unregister(w.id, false);
    await expect(t.unregister(w.id, true)).rejects.toMatchObject({ code: 'WORKER.NOT_MANAGED' });
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.saves).toBe(1);
  });
});
