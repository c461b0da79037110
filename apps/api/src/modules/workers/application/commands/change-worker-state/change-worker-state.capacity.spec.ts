import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ChangeWorkerStateCommand } from './change-worker-state.command.js';
import { ChangeWorkerStateHandler } from './change-worker-state.handler.js';

const FALLBACK = { WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: 'm5.metal,c5.metal', WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS: '60', WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '10' };

function setup(env: Record<string, string> = FALLBACK) {
  const t = newTestHandler(ChangeWorkerStateHandler, { env });
  const act = (workerId: string, action: ChangeWorkerStateCommand['action']) => t.handler.execute(new ChangeWorkerStateCommand(workerId, action, ADA, 'class at 09:00'));
  const stoppedWithoutCapacity = () => {
    t.ec2.noCapacity.add('m5zn.metal');
    return t.givenWorker({ state: 'stopped' });
  };
  return { ...t, act, stoppedWithoutCapacity };
}

describe('ChangeWorkerStateHandler, when EC2 has no capacity to start', () => {
  it('answers at once that the fallback is under way, and leaves the next try to the capacity-fallback job', async () => {
    const t = setup();
    const w = t.stoppedWithoutCapacity();
    const result = await t.act(w.id, 'start');
    expect(result).toEqual({ changed: true, message: expect.stringContaining('EC2 has no capacity for m5zn.metal (InsufficientInstanceCapacity); trying m5.metal next') });
    expect(t.ec2.operations()).toEqual(['StartInstances']);
    const state = t.workers.state(w.id);
    expect(state.status).toBe('stopped');
    expect(state.capacityFallback).toMatchObject({ action: 'start', originalInstanceType: 'm5zn.metal', requestedBy: ADA, reason: 'class at 09:00', next: { option: { instanceType: 'm5.metal' }, at: t.clock.now().toISOString(), round: 1 } });
    expect(t.workers.published.map((e) => [e.type, e.data])).toEqual([
      ['worker.capacity-attempted', expect.objectContaining({ action: 'start', attempt: 1, round: 1, instanceType: 'm5zn.metal', succeeded: false, errorCode: 'InsufficientInstanceCapacity', nextAttemptAt: t.clock.now().toISOString() })],
    ]);
  });

  it('fails with WORKER.NO_CAPACITY, naming what was tried and what to do, when there is nothing else to try', async () => {
    // One type, and a backoff longer than the deadline: nothing to wait for.
    const t = setup({ WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '1', WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS: '900' });
    const w = t.stoppedWithoutCapacity();
    await expect(t.act(w.id, 'start')).rejects.toMatchObject({ code: 'WORKER.NO_CAPACITY', kind: 'unavailable', message: expect.stringContaining('tried m5zn.metal; last: InsufficientInstanceCapacity). Try again later') });
    expect(t.workers.publishedTypes(w.id)).toEqual(['worker.capacity-attempted', 'worker.capacity-fallback-failed']);
    expect(t.workers.state(w.id)).toMatchObject({ status: 'stopped', statusReason: expect.stringContaining('add instance types or subnets to the fallback') });
  });

  it('does not start a second search while one waits', async () => {
    const t = setup();
    const w = t.stoppedWithoutCapacity();
    await t.act(w.id, 'start');
    await expect(t.act(w.id, 'start')).resolves.toEqual({ changed: false, message: expect.stringContaining('A start is already looking for EC2 capacity; next try: m5.metal') });
    expect(t.ec2.operations()).toEqual(['StartInstances']);
  });

  it('ends the search when a stop is asked for meanwhile, and says so', async () => {
    const t = setup();
    const w = t.stoppedWithoutCapacity();
    await t.act(w.id, 'start');
    await expect(t.act(w.id, 'stop')).resolves.toMatchObject({ changed: false });
    expect(t.workers.state(w.id).capacityFallback?.next).toBeUndefined();
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.capacity-fallback-failed', data: { attempts: 1, tried: ['m5zn.metal'], reason: 'Stop requested by ada: the start that was looking for capacity ended.' } });
  });

  it('passes on an error that is not about capacity, as before', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopped' });
    t.ec2.failures.set('StartInstances', new Error('boom'));
    await expect(t.act(w.id, 'start')).rejects.toThrow('boom');
    expect(t.workers.state(w.id).capacityFallback).toBeUndefined();
  });
});
