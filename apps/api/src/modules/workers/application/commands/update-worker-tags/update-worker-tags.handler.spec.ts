import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { UpdateWorkerTagsCommand } from './update-worker-tags.command.js';
import { UpdateWorkerTagsHandler } from './update-worker-tags.handler.js';

function setup(state: 'running' | 'stopped' = 'running') {
  const t = newTestHandler(UpdateWorkerTagsHandler);
  const w = t.givenWorker({ instance: { tags: { Name: 'lab', team: 'net', ManagedBy: 'cml-cloud-manager' } }, state });
  const edit = (set: Record<string, string>, remove: string[] = []) => t.handler.execute(new UpdateWorkerTagsCommand(w.id, set, remove, ADA));
  return { ...t, w, edit };
}

describe('UpdateWorkerTagsHandler', () => {
  it('writes the edit to EC2, then records the tags EC2 reports back', async () => {
    const t = setup();
    // Someone else tagged the instance meanwhile: what EC2 says is what the worker keeps.
    t.ec2.instances.get(t.w.instanceId!)!.tags.owner = 'ops';
    await t.edit({ team: 'sec', 'cml-endpoint': 'https://cml-9.example.com' }, ['Name']);
    expect(t.ec2.operations()).toEqual(['CreateTags', 'DeleteTags', 'DescribeInstances']);
    expect(t.workers.state(t.w.id).tags).toEqual({ team: 'sec', ManagedBy: 'cml-cloud-manager', owner: 'ops', 'cml-endpoint': 'https://cml-9.example.com' });
    expect(t.workers.state(t.w.id)).toMatchObject({ endpoint: 'https://cml-9.example.com', endpointSource: 'tag' });
    expect(t.workers.publishedTypes()).toEqual(['worker.tags-changed', 'worker.endpoint-changed']);
  });

  it('refuses protected, reserved and contradictory tags with every problem named, before EC2 is asked (WORKER.TAGS_INVALID)', async () => {
    const t = setup();
    const err = await t.edit({ ManagedBy: 'me', 'aws:x': '1', a: '1' }, ['a', 'cml-worker-id']).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'WORKER.TAGS_INVALID', kind: 'invalid' });
    expect((err as { details: { problems: string[] } }).details.problems).toEqual([
      'tag ManagedBy is managed by CML Cloud Manager and cannot be changed',
      'tag key aws:x uses the reserved aws: prefix',
      'tag a cannot be both set and removed',
      'tag cml-worker-id is managed by CML Cloud Manager and cannot be removed',
    ]);
    expect(t.ec2.calls).toEqual([]);
  });

  it('refuses an empty edit (WORKER.TAGS_EMPTY)', async () => {
    const t = setup();
    await expect(t.edit({})).rejects.toMatchObject({ code: 'WORKER.TAGS_EMPTY', kind: 'invalid' });
  });

  it('tags a stopped instance too, but not a terminated one (WORKER.INVALID_TRANSITION, nothing sent to EC2)', async () => {
    const stopped = setup('stopped');
    await stopped.edit({ team: 'sec' });
    expect(stopped.workers.state(stopped.w.id).tags.team).toBe('sec');

    const t = setup();
    t.ec2.setState(t.w.instanceId!, 'gone');
    const w = await t.workers.get(t.w.id);
    w.observe('missing', { usePrivateIp: false }, { actor: ADA, now: t.clock.now() });
    await t.workers.save(w);
    t.ec2.calls.length = 0;
    await expect(t.edit({ team: 'sec' })).rejects.toMatchObject({ code: 'WORKER.INVALID_TRANSITION' });
    expect(t.ec2.calls).toEqual([]);
  });
});
