import { Worker } from '../../../domain/worker.aggregate.js';
import { ADA, buildOn, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { ChangeWorkerStateCommand } from '../change-worker-state/change-worker-state.command.js';
import { ChangeWorkerStateHandler } from '../change-worker-state/change-worker-state.handler.js';
import { CapacityFallbackService } from '../../capacity-fallback.service.js';
import { observed } from '../../ec2-instance.mapper.js';
import { ContinueCapacityFallbacksHandler } from './continue-capacity-fallbacks.handler.js';

const FALLBACK = { WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: 'm5.metal,c5.metal', WORKER_CAPACITY_FALLBACK_SUBNETS: 'subnet-0b', WORKER_CAPACITY_FALLBACK_BACKOFF_SECONDS: '60', WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '10' };

function setup() {
  const t = newTestHandler(ContinueCapacityFallbacksHandler, { env: FALLBACK });
  const start = buildOn(t, ChangeWorkerStateHandler);
  /** A stopped worker whose start found no capacity for m5zn.metal (the fallback's first try). */
  const startedWithoutCapacity = async () => {
    t.ec2.noCapacity.add('m5zn.metal');
    const w = t.givenWorker({ state: 'stopped' });
    await start.execute(new ChangeWorkerStateCommand(w.id, 'start', ADA, 'class at 09:00'));
    t.ec2.calls.length = 0;
    return w;
  };
  const types = (id: string) => t.workers.published.filter((e) => e.aggregateId === id).map((e) => e.type);
  return { ...t, startedWithoutCapacity, types, run: () => t.handler.execute() };
}

describe('ContinueCapacityFallbacksHandler', () => {
  it('changes the stopped instance to the next type and starts it, recording the start as asked by whoever asked', async () => {
    const t = setup();
    const w = await t.startedWithoutCapacity();
    await expect(t.run()).resolves.toEqual({ due: 1, succeeded: 1, waiting: 0, ended: 0, errors: [] });
    expect(t.ec2.calls).toEqual([`ModifyInstanceAttribute us-east-1 ${w.instanceId}`, `StartInstances us-east-1 ${w.instanceId}`]);
    expect(t.ec2.instances.get(w.instanceId!)).toMatchObject({ instanceType: 'm5.metal', state: 'pending' });
    const state = t.workers.state(w.id);
    expect(state).toMatchObject({ status: 'pending', instanceType: 'm5.metal', capacityFallback: { originalInstanceType: 'm5zn.metal' } });
    // WORKER_CAPACITY_FALLBACK_RESTORE_TYPE defaults to on-next-stop: its own type waits for the next stop.
    expect(state.instanceTypeRestore).toEqual({ originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: t.clock.now().toISOString(), failures: 0 });
    expect(state.capacityFallback?.next).toBeUndefined();
    expect(state.lifecycle.startRequestedBy).toEqual(ADA);
    expect(t.types(w.id)).toEqual(['worker.capacity-attempted', 'worker.capacity-attempted', 'worker.instance-updated', 'worker.status-changed']);
    expect(t.workers.published.find((e) => e.type === 'worker.status-changed')?.data).toMatchObject({ to: 'pending', reason: 'class at 09:00', trigger: 'user' });
  });

  it('keeps the fallback type when WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=never', async () => {
    const t = newTestHandler(ContinueCapacityFallbacksHandler, { env: { ...FALLBACK, WORKER_CAPACITY_FALLBACK_RESTORE_TYPE: 'never' } });
    const start = buildOn(t, ChangeWorkerStateHandler);
    t.ec2.noCapacity.add('m5zn.metal');
    const w = t.givenWorker({ state: 'stopped' });
    await start.execute(new ChangeWorkerStateCommand(w.id, 'start', ADA));
    expect(await t.handler.execute()).toMatchObject({ succeeded: 1 });
    expect(t.workers.state(w.id)).toMatchObject({ instanceType: 'm5.metal', capacityFallback: { restoreType: 'never' } });
    expect(t.workers.state(w.id).instanceTypeRestore).toBeUndefined();
  });

  it('goes through every type, then again after the backoff, and at the deadline gives up naming what it tried; the instance keeps its own type', async () => {
    const t = setup();
    t.ec2.noCapacity.add('m5.metal').add('c5.metal');
    const w = await t.startedWithoutCapacity();
    expect(await t.run()).toMatchObject({ due: 1, waiting: 1 });
    expect(await t.run()).toMatchObject({ due: 1, waiting: 1 });
    // The round is over: the next try waits for the backoff.
    expect(await t.run()).toMatchObject({ due: 0 });
    t.clock.advanceMinutes(1);
    expect(await t.run()).toMatchObject({ due: 1, waiting: 1 });
    t.clock.advanceMinutes(10);
    expect(await t.run()).toMatchObject({ due: 1, ended: 1 });
    const failed = t.workers.published.find((e) => e.type === 'worker.capacity-fallback-failed');
    expect(failed?.data).toMatchObject({ action: 'start', attempts: 5, tried: ['m5zn.metal', 'm5.metal', 'c5.metal'] });
    expect(t.workers.state(w.id)).toMatchObject({ status: 'stopped', instanceType: 'm5zn.metal', statusReason: expect.stringContaining('No capacity after 5 attempts') });
    expect(t.ec2.instances.get(w.instanceId!)).toMatchObject({ instanceType: 'm5zn.metal', state: 'stopped' });
    // Each try changed the type EC2 had (the last one tried) to its own; the give-up changed it back.
    const modified: string[] = [];
    for (const c of t.ec2.calls) if (c.startsWith('ModifyInstanceAttribute')) modified.push(c);
    expect(modified).toHaveLength(5);
    expect(await t.run()).toMatchObject({ due: 0 });
  });

  it('makes no try for a worker that moved on meanwhile, and ends its search', async () => {
    const t = setup();
    const w = await t.startedWithoutCapacity();
    t.ec2.setState(w.instanceId!, 'running');
    const moved = await t.workers.get(w.id);
    moved.observe(observed(t.ec2.instances.get(w.instanceId!)!), { usePrivateIp: false }, { actor: ADA, now: t.clock.now() });
    await t.workers.save(moved);
    expect(await t.run()).toMatchObject({ due: 1, ended: 1 });
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.capacity-fallback-failed', data: { reason: 'The instance is running now: the fallback ended without another try.' } });
  });

  it('launches a new worker in the next subnet when the first had no capacity', async () => {
    const t = setup();
    const w = t.workers.seed(Worker.requestProvisioning('w-new', { name: 'lab-new', region: 'us-east-1', instanceType: 'm5zn.metal', ami: { id: 'ami-0abc' }, subnetId: 'subnet-0a' }, { actor: ADA, now: t.clock.now() }));
    const service = new CapacityFallbackService(t.ec2, t.config, t.clock);
    t.ec2.noCapacity.add('m5zn.metal@subnet-0a');
    const loaded = await t.workers.get(w.id);
    await expect(service.firstLaunch(loaded, { instanceType: 'm5zn.metal', subnetId: 'subnet-0a' }, ADA, false)).resolves.toMatchObject({ kind: 'waiting', next: { option: { instanceType: 'm5zn.metal', subnetId: 'subnet-0b' } } });
    await t.workers.save(loaded);
    expect(await t.run()).toMatchObject({ due: 1, succeeded: 1 });
    expect(t.ec2.launches.map((l) => [l.instanceType, l.subnetId, l.clientToken])).toEqual([
      ['m5zn.metal', 'subnet-0a', 'w-new'],
      ['m5zn.metal', 'subnet-0b', 'w-new-2'],
    ]);
    expect(t.workers.state(w.id)).toMatchObject({ instanceId: 'i-00000000000000001', status: 'pending' });
  });
});
