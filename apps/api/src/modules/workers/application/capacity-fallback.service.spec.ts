import { AwsErrors } from './ports/aws.errors.js';
import { ADA, newTestHandler } from '../../../../../../test/support/unit/handler-factory.js';
import { CapacityFallbackService } from './capacity-fallback.service.js';

const FALLBACK = { WORKER_CAPACITY_FALLBACK_INSTANCE_TYPES: 'm5.metal', WORKER_CAPACITY_FALLBACK_DEADLINE_MINUTES: '10' };

function setup() {
  const t = newTestHandler(CapacityFallbackService, { env: FALLBACK });
  /** A stopped worker a start had put on m5.metal for lack of m5zn.metal, still waiting to go back (its stop was not seen yet). */
  const onFallback = async () => {
    const seeded = t.givenWorker({ state: 'stopped', instance: { instanceType: 'm5.metal' } });
    t.workers.docs.get(seeded.id)!.state.instanceTypeRestore = { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: t.clock.now().toISOString(), failures: 0 };
    return t.workers.get(seeded.id);
  };
  const events = (w: { unsavedEvents(): { type: string; data: unknown }[] }) => w.unsavedEvents().map((e) => e.type);
  return { ...t, onFallback, events, request: { actor: ADA, trigger: 'user' as const } };
}

describe('CapacityFallbackService: a start of a worker still waiting to go back to its own type', () => {
  it('changes the instance back first, then starts it on its own type', async () => {
    const t = setup();
    const w = await t.onFallback();
    await expect(t.handler.firstStart(w, t.request)).resolves.toEqual({ kind: 'started' });
    expect(t.ec2.calls).toEqual([`ModifyInstanceAttribute us-east-1 ${w.instanceId}`, `StartInstances us-east-1 ${w.instanceId}`]);
    expect(t.ec2.instances.get(w.instanceId!)).toMatchObject({ instanceType: 'm5zn.metal', state: 'pending' });
    expect(w.instanceType).toBe('m5zn.metal');
    expect(w.instanceTypeRestore).toBeUndefined();
    expect(w.unsavedEvents().map((e) => [e.type, e.data])).toEqual([['worker.instance-type-restored', { from: 'm5.metal', to: 'm5zn.metal', moment: 'before-start' }]]);
  });

  it('falls back again from its own type when that still has no capacity: the fallback type is the next try', async () => {
    const t = setup();
    const w = await t.onFallback();
    t.ec2.noCapacity.add('m5zn.metal');
    await expect(t.handler.firstStart(w, t.request)).resolves.toMatchObject({ kind: 'waiting', next: { option: { instanceType: 'm5.metal' } } });
    expect(w.capacityFallback).toMatchObject({ originalInstanceType: 'm5zn.metal', restoreType: 'on-next-stop', attempts: [{ instanceType: 'm5zn.metal', errorCode: 'InsufficientInstanceCapacity' }] });
    expect(t.events(w)).toEqual(['worker.instance-type-restored', 'worker.capacity-attempted']);
  });

  it('starts on the fallback type when the change back fails, keeping the restore with its error for the next stop', async () => {
    const t = setup();
    const w = await t.onFallback();
    t.ec2.failures.set('ModifyInstanceAttribute', AwsErrors.error('EC2 ModifyInstanceAttribute failed in us-east-1: Unsupported', { awsCode: 'Unsupported', operation: 'ModifyInstanceAttribute', region: 'us-east-1' }));
    await expect(t.handler.firstStart(w, t.request)).resolves.toEqual({ kind: 'started' });
    expect(t.ec2.instances.get(w.instanceId!)).toMatchObject({ instanceType: 'm5.metal', state: 'pending' });
    expect(w.instanceTypeRestore).toMatchObject({ originalInstanceType: 'm5zn.metal', failures: 1, lastError: 'EC2 ModifyInstanceAttribute failed in us-east-1: Unsupported' });
    expect(t.events(w)).toEqual([]);
  });

  it('makes no change for a worker with nothing to go back to', async () => {
    const t = setup();
    const w = await t.workers.get(t.givenWorker({ state: 'stopped' }).id);
    await t.handler.firstStart(w, t.request);
    expect(t.ec2.calls).toEqual([`StartInstances us-east-1 ${w.instanceId}`]);
  });
});
