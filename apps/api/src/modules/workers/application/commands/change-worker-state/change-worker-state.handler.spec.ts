import { DomainError } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ChangeWorkerStateCommand } from './change-worker-state.command.js';
import { ChangeWorkerStateHandler } from './change-worker-state.handler.js';

function setup() {
  const t = newTestHandler(ChangeWorkerStateHandler);
  const act = (workerId: string, action: ChangeWorkerStateCommand['action'], reason?: string) => t.handler.execute(new ChangeWorkerStateCommand(workerId, action, ADA, reason));
  return { ...t, act };
}

describe('ChangeWorkerStateHandler', () => {
  it.each([
    ['start', 'stopped', 'StartInstances', 'pending', 'Start requested; EC2 is starting the instance.'],
    ['stop', 'running', 'StopInstances', 'stopping', 'Stop requested; EC2 is stopping the instance.'],
    ['terminate', 'stopped', 'TerminateInstances', 'shutting-down', 'Termination requested; EC2 is terminating the instance.'],
  ] as const)('%s on a %s worker asks EC2 (%s), then records the request', async (action, state, operation, status, message) => {
    const t = setup();
    const w = t.givenWorker({ state });
    await expect(t.act(w.id, action)).resolves.toMatchObject({ changed: true, message });
    expect(t.ec2.operations()).toEqual([operation]);
    expect(t.workers.state(w.id).status).toBe(status);
    expect(t.workers.publishedTypes(w.id)).toEqual(['worker.status-changed']);
  });

  it('records why and by what a stop was asked for (idle detection gives its reason)', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.handler.execute(new ChangeWorkerStateCommand(w.id, 'stop', ADA, 'Idle for 1 h', 'idle-detection'));
    expect(t.workers.published[0].data).toMatchObject({ from: 'running', to: 'stopping', reason: 'Idle for 1 h', trigger: 'idle-detection' });
  });

  it('answers that nothing needed doing without asking EC2 or writing anything', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopped' });
    await expect(t.act(w.id, 'stop')).resolves.toEqual({ changed: false, message: 'The worker is already stopped.' });
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.saves).toBe(0);
  });

  it('refuses a transition the table does not allow before EC2 is asked (WORKER.INVALID_TRANSITION)', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopping' });
    await expect(t.act(w.id, 'start')).rejects.toMatchObject({ code: 'WORKER.INVALID_TRANSITION', kind: 'conflict' });
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.saves).toBe(0);
  });

  it('takes an instance EC2 no longer knows as terminated, instead of failing the request', async () => {
    const t = setup();
    const w = t.givenWorker({ inEc2: false });
    const result = await t.act(w.id, 'stop');
    expect(result).toEqual({ changed: true, message: `EC2 no longer knows instance ${w.instanceId}; the worker is now terminated.` });
    expect(t.workers.state(w.id).status).toBe('terminated');
  });

  it('terminates a worker that never got its instance without asking EC2', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'provisioning' });
    await expect(t.act(w.id, 'terminate')).resolves.toEqual({ changed: true, message: 'The worker had no instance and is now terminated.' });
    expect(t.ec2.calls).toEqual([]);
  });

  it('passes on what EC2 refuses, and records nothing', async () => {
    const t = setup();
    const w = t.givenWorker();
    t.ec2.failures.set('StopInstances', new DomainError('AWS.PERMISSION_DENIED', 'upstream', 'ec2:StopInstances is not allowed'));
    await expect(t.act(w.id, 'stop')).rejects.toMatchObject({ code: 'AWS.PERMISSION_DENIED' });
    expect(t.workers.state(w.id).status).toBe('running');
  });

  it('runs the whole unit again when another command changed the worker meanwhile, so the request lands once', async () => {
    const t = setup();
    const w = t.givenWorker();
    t.workers.raceOnce.add(w.id);
    await expect(t.act(w.id, 'stop')).resolves.toMatchObject({ changed: true });
    // EC2 calls are idempotent: asked again on the fresh state.
    expect(t.ec2.operations()).toEqual(['StopInstances', 'StopInstances']);
    expect(t.workers.publishedTypes(w.id)).toEqual(['worker.status-changed']);
  });

  it('is WORKER.NOT_FOUND for an unknown worker', async () => {
    const t = setup();
    await expect(t.act('w-404', 'start')).rejects.toMatchObject({ code: 'WORKER.NOT_FOUND', kind: 'not-found' });
  });
});
