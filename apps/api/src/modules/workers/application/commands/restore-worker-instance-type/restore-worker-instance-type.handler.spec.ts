import type { Ec2Instance } from '../../ports/ec2.port.js';
import { AwsErrors } from '../../ports/aws.errors.js';
import { newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { RestoreWorkerInstanceTypeCommand } from './restore-worker-instance-type.command.js';
import { RestoreWorkerInstanceTypeHandler } from './restore-worker-instance-type.handler.js';

function setup() {
  const t = newTestHandler(RestoreWorkerInstanceTypeHandler);
  /** A worker a start put on m5.metal for lack of m5zn.metal, waiting to go back at the next stop. */
  const onFallback = (state: Ec2Instance['state']) => {
    const w = t.givenWorker({ state, instance: { instanceType: 'm5.metal' } });
    t.workers.docs.get(w.id)!.state.instanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: t.clock.now().toISOString(), failures: 0 };
    return w;
  };
  const restore = (id: string) => t.handler.execute(new RestoreWorkerInstanceTypeCommand(id));
  const types = (id: string) => t.workers.published.filter((e) => e.aggregateId === id).map((e) => e.type);
  return { ...t, onFallback, restore, types };
}

describe('RestoreWorkerInstanceTypeHandler', () => {
  it('changes a stopped worker back to its own type, records it in the timeline and forgets the restore', async () => {
    const t = setup();
    const w = t.onFallback('stopped');
    await expect(t.restore(w.id)).resolves.toEqual({ kind: 'restored', from: 'm5.metal', to: 'm5zn.metal' });
    expect(t.ec2.calls).toEqual([`ModifyInstanceAttribute us-east-1 ${w.instanceId}`]);
    expect(t.ec2.instances.get(w.instanceId!)).toMatchObject({ instanceType: 'm5zn.metal', state: 'stopped' });
    expect(t.workers.state(w.id)).toMatchObject({ instanceType: 'm5zn.metal', instanceTypeRestore: undefined });
    expect(t.workers.published.at(-1)).toMatchObject({ type: 'worker.instance-type-restored', data: { from: 'm5.metal', to: 'm5zn.metal', moment: 'stopped' }, actor: { name: 'instance-type-restore' } });
  });

  it('is idempotent: a second run finds nothing to do and writes nothing', async () => {
    const t = setup();
    const w = t.onFallback('stopped');
    await t.restore(w.id);
    const saves = t.workers.saves;
    await expect(t.restore(w.id)).resolves.toEqual({ kind: 'none' });
    expect(t.workers.saves).toBe(saves);
    expect(t.types(w.id)).toEqual(['worker.instance-type-restored']);
  });

  it('leaves a running worker alone until it is stopped', async () => {
    const t = setup();
    const w = t.onFallback('running');
    await expect(t.restore(w.id)).resolves.toMatchObject({ kind: 'wait' });
    expect(t.ec2.calls).toEqual([]);
    expect(t.workers.state(w.id).instanceTypeRestore).toMatchObject({ originalInstanceType: 'm5zn.metal', failures: 0 });
  });

  it('keeps a restore EC2 refused, with the error and no event, and makes it at the next run', async () => {
    const t = setup();
    const w = t.onFallback('stopped');
    t.ec2.failures.set('ModifyInstanceAttribute', AwsErrors.throttled({ operation: 'ModifyInstanceAttribute', region: 'us-east-1', awsCode: 'RequestLimitExceeded' }, 'EC2'));
    await expect(t.restore(w.id)).resolves.toMatchObject({ kind: 'failed', error: expect.stringContaining('RequestLimitExceeded') });
    expect(t.workers.state(w.id)).toMatchObject({ instanceType: 'm5.metal', instanceTypeRestore: { failures: 1, lastAttemptAt: t.clock.now().toISOString(), lastError: expect.any(String) } });
    expect(t.types(w.id)).toEqual([]);

    t.ec2.failures.clear();
    await expect(t.restore(w.id)).resolves.toMatchObject({ kind: 'restored' });
    expect(t.types(w.id)).toEqual(['worker.instance-type-restored']);
  });

  it('runs again on the fresh worker when another write came first', async () => {
    const t = setup();
    const w = t.onFallback('stopped');
    t.workers.raceOnce.add(w.id);
    await expect(t.restore(w.id)).resolves.toMatchObject({ kind: 'restored' });
    expect(t.ec2.calls).toHaveLength(2);
    expect(t.types(w.id)).toEqual(['worker.instance-type-restored']);
  });
});
