import { type Actor, systemActor } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { SyncWorkerCmlCommand } from '../sync-worker-cml/sync-worker-cml.command.js';
import { RefreshWorkerCommand } from './refresh-worker.command.js';
import { RefreshWorkerHandler } from './refresh-worker.handler.js';

function setup(interval = 30) {
  const t = newTestHandler(RefreshWorkerHandler, { env: { WORKER_REFRESH_MIN_INTERVAL_SECONDS: String(interval) } });
  const refresh = (workerId: string, actor: Actor = ADA, force = false) => t.handler.execute(new RefreshWorkerCommand(workerId, actor, force));
  return { ...t, refresh };
}

describe('RefreshWorkerHandler', () => {
  it('records what EC2 says now (state, addresses, status checks), then reads the controller on behalf of the person', async () => {
    const t = setup();
    const w = t.givenWorker({ state: 'stopped' });
    Object.assign(t.ec2.instances.get(w.instanceId!)!, { state: 'running', publicIp: '127.0.0.9' });
    t.ec2.statusChecks.set(w.instanceId!, { instanceStatus: 'initializing', systemStatus: 'ok' });
    await t.refresh(w.id);
    expect(t.ec2.operations()).toEqual(['DescribeInstances', 'DescribeInstanceStatus']);
    expect(t.workers.state(w.id)).toMatchObject({ status: 'running', publicIp: '127.0.0.9', endpoint: 'https://127.0.0.9', statusChecks: { instance: 'initializing', system: 'ok' } });
    expect(t.commands.sent(SyncWorkerCmlCommand)).toEqual([new SyncWorkerCmlCommand(w.id, ADA, true)]);
  });

  it('asks the controller without forcing an open circuit when the system refreshes', async () => {
    const t = setup();
    const w = t.givenWorker();
    await t.refresh(w.id, systemActor('auto-refresh'));
    expect(t.commands.sent(SyncWorkerCmlCommand)[0].probe).toBe(false);
  });

  it('holds back a second refresh within WORKER_REFRESH_MIN_INTERVAL_SECONDS with 429 and the seconds to wait, across callers', async () => {
    const t = setup(30);
    const w = t.givenWorker();
    await t.refresh(w.id);
    t.clock.advanceSeconds(12);
    await expect(t.refresh(w.id, { kind: 'service', id: 'ci', name: 'ci' })).rejects.toMatchObject({
      code: 'WORKER.REFRESH_THROTTLED',
      kind: 'rate-limited',
      details: { retryAfterSeconds: 18 },
      message: expect.stringContaining('try again in 18 s'),
    });
    expect(t.ec2.operations()).toEqual(['DescribeInstances', 'DescribeInstanceStatus']);
    t.clock.advanceSeconds(18);
    await t.refresh(w.id);
    expect(t.ec2.operations()).toHaveLength(4);
  });

  it('lets a forced refresh through the throttle, and never holds back when the interval is 0', async () => {
    const t = setup(30);
    const w = t.givenWorker();
    await t.refresh(w.id);
    await t.refresh(w.id, ADA, true);
    const unthrottled = setup(0);
    const v = unthrottled.givenWorker();
    await unthrottled.refresh(v.id);
    await unthrottled.refresh(v.id);
    expect(t.ec2.operations()).toHaveLength(4);
    expect(unthrottled.ec2.operations()).toHaveLength(4);
  });

  it('takes an instance EC2 no longer knows as terminated', async () => {
    const t = setup();
    const w = t.givenWorker({ inEc2: false });
    await t.refresh(w.id);
    expect(t.workers.state(w.id).status).toBe('terminated');
    expect(t.ec2.operations()).toEqual(['DescribeInstances']);
  });

  it('asks EC2 nothing for a worker without an instance or no longer managed', async () => {
    const t = setup(0);
    const pending = t.givenWorker({ state: 'provisioning' });
    await t.refresh(pending.id);
    const gone = await t.workers.get(t.givenWorker().id);
    gone.unregister(false, { actor: ADA, now: t.clock.now() });
    await t.workers.save(gone);
    await t.refresh(gone.id);
    expect(t.ec2.calls).toEqual([]);
    expect(t.commands.executed).toEqual([]);
  });
});
