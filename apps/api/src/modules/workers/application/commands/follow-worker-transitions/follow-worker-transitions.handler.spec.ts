import { ADA, newTestHandler, type WorkerSeed } from '../../../../../../../../test/support/unit/handler-factory.js';
import { RestoreWorkerInstanceTypeCommand } from '../restore-worker-instance-type/restore-worker-instance-type.command.js';
import { FollowWorkerTransitionsHandler } from './follow-worker-transitions.handler.js';

function setup() {
  const t = newTestHandler(FollowWorkerTransitionsHandler, { env: { WORKER_FOLLOW_MAX_MINUTES: '20' } });
  /** A worker whose stop was asked for now: EC2 says it is stopping. */
  const stopping = async (seed: WorkerSeed = {}) => {
    const w = await t.workers.get(t.givenWorker(seed).id);
    w.recordRequested('stop', { actor: ADA, now: t.clock.now() });
    await t.workers.save(w);
    if (t.ec2.instances.has(w.instanceId!)) t.ec2.setState(w.instanceId!, 'stopping');
    return w;
  };
  const follow = () => t.handler.execute();
  return { ...t, stopping, follow };
}

describe('FollowWorkerTransitionsHandler', () => {
  it('reads every changing instance of a region in one call and records the ones that settled', async () => {
    const t = setup();
    const a = await t.stopping();
    const b = await t.stopping();
    const c = await t.stopping({ region: 'us-west-2' });
    t.givenWorker();
    t.ec2.setState(a.instanceId!, 'stopped');
    t.ec2.setState(c.instanceId!, 'stopped');
    const summary = await t.follow();
    expect(summary).toEqual({ followed: 3, settled: 2, regions: 2, awsCalls: 2, errors: [] });
    expect(t.ec2.calls.sort()).toEqual(['DescribeInstances us-east-1', 'DescribeInstances us-west-2']);
    expect([a, b, c].map((w) => t.workers.state(w.id).status)).toEqual(['stopped', 'stopping', 'stopped']);
  });

  it('writes nothing for a worker whose instance has not moved on', async () => {
    const t = setup();
    await t.stopping();
    const saves = t.workers.saves;
    await t.follow();
    expect(t.workers.saves).toBe(saves);
  });

  it('leaves a change older than WORKER_FOLLOW_MAX_MINUTES to the collection cycle', async () => {
    const t = setup();
    await t.stopping();
    t.clock.advanceMinutes(20);
    expect(await t.follow()).toMatchObject({ followed: 0, regions: 0, awsCalls: 0 });
    expect(t.ec2.calls).toEqual([]);
  });

  it('finds an instance EC2 no longer knows by reading the region one by one, and ends that worker', async () => {
    const t = setup();
    const known = await t.stopping();
    const gone = await t.stopping({ inEc2: false });
    const summary = await t.follow();
    // One batched call refused for the unknown id, then one per instance.
    expect(summary).toMatchObject({ followed: 2, settled: 1, awsCalls: 3, errors: [] });
    expect(t.workers.state(gone.id).status).toBe('terminated');
    expect(t.workers.state(known.id).status).toBe('stopping');
  });

  it('reports a region whose EC2 read failed and still follows the others', async () => {
    const t = setup();
    await t.stopping();
    const west = await t.stopping({ region: 'us-west-2' });
    t.ec2.failRegion = 'us-east-1';
    t.ec2.setState(west.instanceId!, 'stopped');
    expect(await t.follow()).toMatchObject({ followed: 1, settled: 1, errors: ['us-east-1: EC2 is down'] });
  });

  it('asks for the change back to its own instance type when a worker on a fallback type is seen stopped, not before', async () => {
    const t = setup();
    const w = await t.stopping({ instance: { instanceType: 'm5.metal' } });
    t.workers.docs.get(w.id)!.state.instanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: t.clock.now().toISOString(), failures: 0 };
    await t.follow();
    expect(t.commands.sent(RestoreWorkerInstanceTypeCommand)).toEqual([]);
    t.ec2.setState(w.instanceId!, 'stopped');
    await t.follow();
    expect(t.commands.sent(RestoreWorkerInstanceTypeCommand)).toEqual([new RestoreWorkerInstanceTypeCommand(w.id)]);
  });
});
