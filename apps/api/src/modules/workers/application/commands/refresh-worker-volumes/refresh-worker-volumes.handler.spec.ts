import { ADA, newTestHandler, type WorkerSeed } from '../../../../../../../../test/support/unit/handler-factory.js';
import { RefreshWorkerVolumesCommand } from './refresh-worker-volumes.command.js';
import { RefreshWorkerVolumesHandler } from './refresh-worker-volumes.handler.js';

const root = { volumeId: 'vol-root', sizeGiB: 64, volumeType: 'gp3' };
const data = { volumeId: 'vol-data', sizeGiB: 500, volumeType: 'st1' };

function setup() {
  const t = newTestHandler(RefreshWorkerVolumesHandler);
  /** A worker whose instance has these volumes in EC2. */
  const withVolumes = (volumes: typeof root[], seed: WorkerSeed = {}) => {
    const w = t.givenWorker(seed);
    t.ec2.volumes.set(w.instanceId!, volumes);
    return w;
  };
  const inventory = (ids?: string[]) => t.handler.execute(new RefreshWorkerVolumesCommand(ids));
  return { ...t, withVolumes, inventory };
}

describe('RefreshWorkerVolumesHandler', () => {
  it('reads the volumes of every managed worker in one call per region and records them with an event', async () => {
    const t = setup();
    const a = t.withVolumes([root, data]);
    const b = t.withVolumes([root]);
    const c = t.withVolumes([data], { region: 'us-west-2' });
    const summary = await t.inventory();
    expect(summary).toEqual({ workers: 3, changed: 3, regions: 2, awsCalls: 2, errors: [] });
    expect(t.ec2.operations()).toEqual(['DescribeVolumes', 'DescribeVolumes']);
    expect(t.workers.state(a.id).volumes).toEqual([data, root]);
    expect(t.workers.state(b.id).volumes).toEqual([root]);
    expect(t.workers.state(c.id).volumes).toEqual([data]);
    expect(t.workers.published.filter((e) => e.type === 'worker.volumes-changed').map((e) => e.data)).toEqual(
      expect.arrayContaining([{ volumes: [data, root], totalGiB: 564 }, { volumes: [root], totalGiB: 64 }, { volumes: [data], totalGiB: 500 }]),
    );
  });

  it('loads and writes nothing for workers whose volumes are the same set, in any order', async () => {
    const t = setup();
    const w = t.withVolumes([root, data]);
    await t.inventory();
    t.ec2.volumes.set(w.instanceId!, [data, root]);
    const { saves, gets } = t.workers;
    expect(await t.inventory()).toMatchObject({ workers: 1, changed: 0, awsCalls: 1 });
    expect([t.workers.saves, t.workers.gets]).toEqual([saves, gets]);
  });

  it('records a changed set: a volume resized and one detached', async () => {
    const t = setup();
    const w = t.withVolumes([root, data]);
    await t.inventory();
    t.ec2.volumes.set(w.instanceId!, [{ ...root, sizeGiB: 128 }]);
    expect(await t.inventory()).toMatchObject({ changed: 1 });
    expect(t.workers.state(w.id).volumes).toEqual([{ ...root, sizeGiB: 128 }]);
  });

  it('skips terminated and unregistered workers (stopped ones still pay for their volumes)', async () => {
    const t = setup();
    const stopped = t.withVolumes([root], { state: 'stopped' });
    const ended = t.withVolumes([root]);
    const gone = t.withVolumes([root]);
    const ctx = { actor: ADA, now: t.clock.now() };
    const e = await t.workers.get(ended.id);
    e.observe('missing', { usePrivateIp: false }, ctx);
    await t.workers.save(e);
    const w = await t.workers.get(gone.id);
    w.unregister(false, ctx);
    await t.workers.save(w);
    expect(await t.inventory()).toMatchObject({ workers: 1, changed: 1 });
    expect(t.workers.state(stopped.id).volumes).toEqual([root]);
    expect(t.workers.state(ended.id).volumes).toBeUndefined();
    expect(t.workers.state(gone.id).volumes).toBeUndefined();
  });

  it('reads only the given workers when asked for them (an instance just assigned)', async () => {
    const t = setup();
    const a = t.withVolumes([root]);
    t.withVolumes([data]);
    expect(await t.inventory([a.id, 'w-unknown'])).toMatchObject({ workers: 1, changed: 1, awsCalls: 1 });
    expect(t.ec2.calls).toEqual([`DescribeVolumes us-east-1 ${a.instanceId}`]);
  });

  it('saves on the fresh state when another write came first (retried on conflict)', async () => {
    const t = setup();
    const w = t.withVolumes([root]);
    t.workers.raceOnce.add(w.id);
    expect(await t.inventory()).toMatchObject({ changed: 1, errors: [] });
    expect(t.workers.state(w.id).volumes).toEqual([root]);
  });

  it('reports a region EC2 refuses and carries on with the others', async () => {
    const t = setup();
    t.withVolumes([root], { region: 'us-west-2' });
    const ok = t.withVolumes([root]);
    t.ec2.failRegion = 'us-west-2';
    const summary = await t.inventory();
    expect(summary).toMatchObject({ workers: 1, changed: 1, regions: 2, awsCalls: 2, errors: ['us-west-2: EC2 is down'] });
    expect(t.workers.state(ok.id).volumes).toEqual([root]);
  });
});
