import type { DomainEvent } from '#kernel';
import { buildOn, newTestHandler } from '../../../../../../../test/support/unit/handler-factory.js';
import { RefreshWorkerVolumesCommand } from '../commands/refresh-worker-volumes/refresh-worker-volumes.command.js';
import { RefreshWorkerVolumesHandler } from '../commands/refresh-worker-volumes/refresh-worker-volumes.handler.js';
import { ReadVolumesWhenInstanceAssigned } from './read-volumes-when-instance-assigned.handler.js';

const assigned = (aggregateId: string) => ({ type: 'worker.instance-assigned', aggregateId, data: { instanceId: 'i-0', instanceType: 'm5zn.metal', amiId: 'ami-0abc' } }) as unknown as DomainEvent<'worker.instance-assigned'>;

describe('ReadVolumesWhenInstanceAssigned', () => {
  it('reads the volumes of the worker whose instance was just assigned, and only its', async () => {
    const t = newTestHandler(ReadVolumesWhenInstanceAssigned);
    const refresh = buildOn(t, RefreshWorkerVolumesHandler);
    t.commands.answer(RefreshWorkerVolumesCommand, (c) => refresh.execute(c));
    const w = t.givenWorker();
    t.givenWorker();
    t.ec2.volumes.set(w.instanceId!, [{ volumeId: 'vol-1', sizeGiB: 64, volumeType: 'gp3' }]);
    await t.handler.handle(assigned(w.id));
    expect(t.commands.sent(RefreshWorkerVolumesCommand).map((c) => c.workerIds)).toEqual([[w.id]]);
    expect(t.ec2.calls).toEqual([`DescribeVolumes us-east-1 ${w.instanceId}`]);
    expect(t.workers.state(w.id).volumes).toEqual([{ volumeId: 'vol-1', sizeGiB: 64, volumeType: 'gp3' }]);
  });

  it('never fails the event: a failed read is left to the volume inventory', async () => {
    const t = newTestHandler(ReadVolumesWhenInstanceAssigned);
    t.commands.answer(RefreshWorkerVolumesCommand, () => Promise.reject(new Error('EC2 is down')));
    await expect(t.handler.handle(assigned('w-1'))).resolves.toBeUndefined();
  });
});
