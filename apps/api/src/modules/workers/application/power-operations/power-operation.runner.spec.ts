import { jest } from '@jest/globals';
import { CmlErrors } from '#cml-client';
import { ADA, newTestHandler } from '../../../../../../../test/support/unit/handler-factory.js';
import type { Operation } from '../../../system/system.public.js';
import { ChangeWorkerStateCommand, type StateChangeResult } from '../commands/change-worker-state/change-worker-state.command.js';
import { ChangeWorkerStateHandler } from '../commands/change-worker-state/change-worker-state.handler.js';
import { PowerOperationRunner } from './power-operation.runner.js';

const BOB = { kind: 'user' as const, id: 'u-bob', name: 'bob' };
const ENV = { WORKER_POWER_POLL_SECONDS: '1', WORKER_TOPOLOGY_EXPORT_BUCKET: 'cml-topologies', WORKER_STOP_LABS_TIMEOUT_SECONDS: '60' };

function setup(env: Record<string, string> = {}) {
  const t = newTestHandler(ChangeWorkerStateHandler, { env: { ...ENV, ...env } });
  /** A running worker whose controller answered at the last check, with labs in these states. */
  const workerWithLabs = (labs: Record<string, string>) => {
    const w = t.givenWorker({ name: 'cml-a' });
    t.workers.state(w.id).serviceStatus = 'available';
    t.workers.state(w.id).cml.licensed = true;
    t.cmlLabs.labsOf.set('cml-a', Object.entries(labs).map(([title, state], i) => ({ id: `lab-${i + 1}`, title, state })));
    return w;
  };
  const act = (id: string, action: 'stop' | 'terminate', actor = ADA, force = false) => t.handler.execute(new ChangeWorkerStateCommand(id, action, actor, undefined, 'user', force)) as Promise<StateChangeResult>;
  /** Waits (real time: the runner pauses between polls) until the operation ended, moving EC2 along. */
  const finished = async (opId: string, ec2State?: 'stopped' | 'terminated', instanceId?: string): Promise<Operation> => {
    for (let i = 0; i < 150; i++) {
      // The runner's deadlines follow the clock: a minute passes every tenth of a second here.
      t.clock.advanceMinutes(1);
      const op = t.operations.operations.get(opId)!;
      if (op.status !== 'running') return structuredClone(op);
      if (ec2State && instanceId && op.steps?.some((s) => s.name.startsWith('ec2-') && s.status === 'succeeded')) t.ec2.setState(instanceId, ec2State);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`operation ${opId} did not end: ${JSON.stringify(t.operations.operations.get(opId))}`);
  };
  const steps = (op: Operation) => op.steps!.map((s) => `${s.name}:${s.status}`);
  return { ...t, workerWithLabs, act, finished, steps };
}



describe('choreographed stop and terminate', () => {
  // The runner pauses a real second between its polls.
  jest.setTimeout(30_000);

  it('stops the running labs before EC2 stops the instance; the worker is stopping from the first moment', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED', OSPF: 'STOPPED', Spare: 'DEFINED_ON_CORE' });
    const res = await t.act(w.id, 'stop');
    expect(res.message).toMatch(/^Stopping: the running labs first, then EC2 \(operation op-1\)\.$/);
    expect(t.workers.state(w.id)).toMatchObject({ status: 'stopping', powerOperation: { id: 'op-1', action: 'stop', status: 'running' } });

    const op = await t.finished(res.operation!.id, 'stopped', w.instanceId);
    expect(op.status).toBe('succeeded');
    expect(t.steps(op)).toEqual(['stop-labs:succeeded', 'ec2-stop:succeeded', 'wait-stopped:succeeded']);
    expect(op.steps![0].detail).toBe('Stopped 1 lab: BGP');
    // The lab stopped before EC2 was asked.
    expect(t.cmlLabs.calls.filter((c) => c.startsWith('stop'))).toEqual(['stop lab-1']);
    expect(t.ec2.operations().filter((o) => o !== 'DescribeInstances')).toEqual(['StopInstances']);
    expect(t.workers.state(w.id)).toMatchObject({ status: 'stopped', powerOperation: { status: 'succeeded', summary: expect.stringContaining('Stopped 1 lab: BGP') } });
    expect(t.workers.publishedTypes(w.id)).toContain('worker.power-operation-finished');
  });

  it('keeps the worker stopping while EC2 still reports the instance running (labs first)', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    t.cmlLabs.stuck.add('lab-1');
    const res = await t.act(w.id, 'stop');
    const worker = await t.workers.get(w.id);
    worker.observe({ ...(await t.ec2.describeInstances('us-east-1', { instanceIds: [w.instanceId!] }).then(([i]) => i)), state: 'running' } as never, { usePrivateIp: false }, { actor: ADA, now: t.clock.now() });
    expect(worker.status).toBe('stopping');
    t.clock.advanceMinutes(2);
    await t.finished(res.operation!.id, 'stopped', w.instanceId);
  });

  it('with WORKER_STOP_LAB_FAILURE=abort, a lab that does not stop ends the stop and the worker keeps running', async () => {
    const t = setup({ WORKER_STOP_LAB_FAILURE: 'abort' });
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    t.cmlLabs.stuck.add('lab-1');
    const res = await t.act(w.id, 'stop');
    t.clock.advanceMinutes(2);
    const op = await t.finished(res.operation!.id);
    expect(op).toMatchObject({ status: 'failed', error: expect.stringContaining('did not stop in time: BGP') });
    expect(t.steps(op)).toEqual(['stop-labs:failed', 'ec2-stop:skipped', 'wait-stopped:skipped']);
    expect(t.ec2.operations()).not.toContain('StopInstances');
    expect(t.workers.state(w.id)).toMatchObject({ status: 'running', powerOperation: { status: 'failed' } });
  });

  it('wipes the labs after stopping them when the worker is tagged so', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    t.workers.state(w.id).tags['cml-stop-wipes-labs'] = 'true';
    const res = await t.act(w.id, 'stop');
    const op = await t.finished(res.operation!.id, 'stopped', w.instanceId);
    expect(t.steps(op)).toEqual(['stop-labs:succeeded', 'wipe-labs:succeeded', 'ec2-stop:succeeded', 'wait-stopped:succeeded']);
    expect(t.cmlLabs.calls).toEqual(expect.arrayContaining(['stop lab-1', 'wipe lab-1']));
  });

  it('terminates in order: labs stopped and wiped, topologies exported, licence released, then EC2', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED', OSPF: 'STOPPED' });
    t.licensing.statuses = [{ status: 'COMPLETED' }, { status: 'NOT_REGISTERED' }];
    const res = await t.act(w.id, 'terminate');
    expect(t.workers.state(w.id).status).toBe('shutting-down');
    const op = await t.finished(res.operation!.id, 'terminated', w.instanceId);
    expect(op.status).toBe('succeeded');
    expect(t.steps(op)).toEqual(['stop-labs:succeeded', 'wipe-labs:succeeded', 'export-topologies:succeeded', 'release-license:succeeded', 'ec2-terminate:succeeded', 'wait-terminated:succeeded']);
    expect([...t.archive.stored.keys()]).toEqual([`cml-topologies/cml-topologies/cml-a-${w.id}/op-1/BGP-lab-1.yaml`, `cml-topologies/cml-topologies/cml-a-${w.id}/op-1/OSPF-lab-2.yaml`]);
    expect(t.licensing.calls).toContain('deregister cml-a');
    expect(op.steps![3].detail).toBe('Released the licence (deregistered from Smart Licensing)');
    expect(t.workers.state(w.id).status).toBe('terminated');
  });

  it('does not terminate when a topology cannot be stored: nothing a person built is lost', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STOPPED' });
    t.archive.failWith = Object.assign(new Error('The specified bucket does not exist'), { name: 'NoSuchBucket' });
    const res = await t.act(w.id, 'terminate');
    const op = await t.finished(res.operation!.id);
    expect(op).toMatchObject({ status: 'failed', error: expect.stringMatching(/Lab BGP could not be exported to s3:\/\/cml-topologies \(NoSuchBucket: .*\), so the instance was not terminated/) });
    expect(t.ec2.operations()).not.toContain('TerminateInstances');
    expect(t.licensing.calls).not.toContain('deregister cml-a');
    expect(t.workers.state(w.id).status).toBe('running');
  });

  it('waits for an unreachable controller until the operator forces the terminate; the timeline says the licence may be held', async () => {
    const t = setup({ WORKER_TOPOLOGY_EXPORT_BUCKET: '' });
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    t.cmlLabs.unreachable = true;
    t.licensing.onStatusRead = () => {
      throw CmlErrors.unreachable({ controller: 'cml-a', operation: 'licensing', call: 'GET /licensing', cause: 'connect ECONNREFUSED' });
    };
    const res = await t.act(w.id, 'terminate');
    await new Promise((r) => setTimeout(r, 1500));
    const waiting = t.operations.operations.get(res.operation!.id)!;
    expect(waiting.status).toBe('running');
    expect(waiting.steps![0].detail).toMatch(/^Waiting for the controller: the controller could not be reached \(CML.UNREACHABLE/);
    expect(t.ec2.operations()).not.toContain('TerminateInstances');

    // A second terminate with force tells the waiting one to go on.
    const forced = await t.act(w.id, 'terminate', BOB, true);
    expect(forced).toMatchObject({ changed: false, message: expect.stringContaining('no longer waits for the controller (forced by bob)') });
    const op = await t.finished(res.operation!.id, 'terminated', w.instanceId);
    expect(op.status).toBe('succeeded');
    expect(op.steps!.find((s) => s.name === 'release-license')).toMatchObject({ status: 'skipped' });
    expect(t.workers.publishedTypes(w.id)).toContain('worker.license-release-failed');
    const event = t.workers.published.find((e) => e.type === 'worker.license-release-failed')!;
    expect(event.data).toMatchObject({ forced: true, reason: expect.stringContaining('forced by bob') });
  });

  it('refuses a second operation on the worker with a 409 that names the first', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    t.cmlLabs.stuck.add('lab-1');
    const res = await t.act(w.id, 'stop');
    await expect(t.act(w.id, 'terminate')).rejects.toMatchObject({
      code: 'WORKER.OPERATION_IN_PROGRESS',
      kind: 'conflict',
      message: expect.stringMatching(/^Worker cml-a is busy with a stop \(operation op-1, started by ada at 10:00 UTC, now: Stop the running labs\)/),
      details: { operationId: res.operation!.id },
    });
    // A second stop is what it always was: nothing to do.
    await expect(t.act(w.id, 'stop')).resolves.toMatchObject({ changed: false, message: 'The worker is already stopping.' });
    t.cmlLabs.stuck.clear();
    await t.finished(res.operation!.id, 'stopped', w.instanceId);
  });

  it('does not hold the worker once it is seen stopped before the stop polls EC2 again: a start goes ahead', async () => {
    // The poll is a minute away; a refresh (here: EC2 and the stored status) saw the instance stopped first.
    const t = setup({ WORKER_POWER_POLL_SECONDS: '60' });
    const w = t.givenWorker({ name: 'cml-b' });
    const res = await t.act(w.id, 'stop');
    expect(t.steps(t.operations.operations.get(res.operation!.id)!)).toEqual(['stop-labs:skipped', 'ec2-stop:succeeded', 'wait-stopped:running']);
    t.ec2.setState(w.instanceId!, 'stopped');
    t.workers.state(w.id).status = 'stopped';
    t.clock.advanceMinutes(1);

    const started = await t.handler.execute(new ChangeWorkerStateCommand(w.id, 'start', ADA, undefined, 'user', false));
    expect(started).toMatchObject({ changed: true });
    const op = t.operations.operations.get(res.operation!.id)!;
    expect(op.status).toBe('succeeded');
    expect(op.steps![2]).toMatchObject({ status: 'succeeded', detail: 'EC2 reports the instance stopped (60 s after it was asked)' });
    expect(t.workers.state(w.id)).toMatchObject({ status: 'pending', powerOperation: { status: 'succeeded' } });
  });

  it('takes over an operation whose process went away, from the step it was in', async () => {
    const t = setup();
    const w = t.workerWithLabs({ BGP: 'STARTED' });
    // An operation left by a process that died after stopping the labs.
    const { started } = (await t.operations.startExclusive({
      kind: 'worker-stop',
      subject: { type: 'worker', id: w.id },
      requestedBy: ADA,
      steps: [
        { name: 'stop-labs', title: 'Stop the running labs', status: 'succeeded', detail: 'Stopped 1 lab: BGP' },
        { name: 'ec2-stop', title: 'Ask EC2 to stop the instance' },
        { name: 'wait-stopped', title: 'Wait until EC2 reports it stopped' },
      ],
      resumable: true,
    })) as { started: Operation };
    const worker = await t.workers.get(w.id);
    worker.beginPowerOperation('stop', started.id, { actor: ADA, now: t.clock.now() });
    await t.workers.save(worker);
    const runner = new PowerOperationRunner(t.workers, t.ec2, t.operations, (t.handler as unknown as { runner: { steps: never } }).runner.steps, t.config, t.clock);
    expect(await runner.hasAbandoned()).toBe(false);
    t.clock.advanceMinutes(2);
    expect(await runner.hasAbandoned()).toBe(true);
    expect((await runner.resumeOne())?.id).toBe(started.id);
    const op = await t.finished(started.id, 'stopped', w.instanceId);
    expect(t.steps(op)).toEqual(['stop-labs:succeeded', 'ec2-stop:succeeded', 'wait-stopped:succeeded']);
    expect(t.cmlLabs.calls).toEqual([]);
    expect(t.workers.state(w.id).status).toBe('stopped');
  });
});
