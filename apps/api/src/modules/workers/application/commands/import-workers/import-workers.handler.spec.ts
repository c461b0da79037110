import { anInstance } from '../../../../../../../../test/support/fake-ec2.js';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { type ImportCriteria, ImportWorkersCommand } from './import-workers.command.js';
import { ImportWorkersHandler } from './import-workers.handler.js';

const AMI = { imageId: 'ami-0cml291', name: 'cml-2.9.1-build-4' };

function setup() {
  const t = newTestHandler(ImportWorkersHandler);
  t.ec2.images.set('us-east-1', [AMI, { imageId: 'ami-0other', name: 'ubuntu-24.04' }]);
  t.ec2.add(
    anInstance('i-0old', { imageId: AMI.imageId, name: 'cml-old', launchTime: '2026-10-01T00:00:00.000Z' }),
    anInstance('i-0new', { imageId: AMI.imageId, name: 'cml-new', launchTime: '2026-11-01T00:00:00.000Z', state: 'stopped' }),
    anInstance('i-0gone', { imageId: AMI.imageId, state: 'terminated', launchTime: '2026-11-20T00:00:00.000Z' }),
    anInstance('i-0ubuntu', { imageId: 'ami-0other' }),
  );
  const importing = (criteria: Omit<ImportCriteria, 'region'> & { region?: string }) => t.handler.execute(new ImportWorkersCommand({ region: 'us-east-1', ...criteria }, ADA));
  return { ...t, importing };
}

describe('ImportWorkersHandler', () => {
  it('imports one instance by id, named by its Name tag, with its AMI described', async () => {
    const t = setup();
    const result = await t.importing({ instanceId: 'i-0old' });
    expect(result).toEqual({ dryRun: false, imported: [{ instanceId: 'i-0old', name: 'cml-old', state: 'running', workerId: 'w-1' }], skipped: [], failed: [], totalFound: 1 });
    expect(t.workers.state('w-1')).toMatchObject({ name: 'cml-old', status: 'running', ami: { name: AMI.name } });
    expect(t.workers.published[0]).toMatchObject({ type: 'worker.imported', data: { instanceId: 'i-0old', source: 'api' } });
  });

  it('records the volumes of the imported instances, read in one call for all of them', async () => {
    const t = setup();
    t.ec2.volumes.set('i-0old', [{ volumeId: 'vol-1', sizeGiB: 64, volumeType: 'gp3', deleteOnTermination: true }]);
    await t.importing({ amiName: 'cml-2.9*', all: true });
    expect(t.ec2.calls.filter((c) => c.startsWith('DescribeVolumes'))).toEqual(['DescribeVolumes us-east-1 i-0new,i-0old']);
    const byInstance = new Map([...t.workers.docs.values()].map((d) => [d.state.instanceId, d.state]));
    expect(byInstance.get('i-0old')?.volumes).toEqual([{ volumeId: 'vol-1', sizeGiB: 64, volumeType: 'gp3' }]);
    expect(byInstance.get('i-0new')?.volumes).toEqual([]);
    // The import records them (no separate event); later changes are worker.volumes-changed.
    expect(t.workers.published.map((e) => [e.type, (e.data as { volumes?: unknown }).volumes])).toEqual([
      ['worker.imported', []],
      ['worker.imported', [{ volumeId: 'vol-1', sizeGiB: 64, volumeType: 'gp3' }]],
    ]);
  });

  it('imports without volumes when reading them fails (the volume inventory reads them later)', async () => {
    const t = setup();
    t.ec2.failures.set('DescribeVolumes', new Error('AccessDenied'));
    await t.importing({ instanceId: 'i-0old' });
    expect(t.workers.state('w-1')).toMatchObject({ status: 'running' });
    expect(t.workers.state('w-1').volumes).toBeUndefined();
    expect(t.workers.published[0].data).not.toHaveProperty('volumes');
  });

  it('makes the owner its WORKER_OWNER_TAG tag names (Owner unless configured), and none without the tag', async () => {
    const t = setup();
    t.ec2.add(anInstance('i-0owned', { imageId: AMI.imageId, tags: { Owner: 'alice', Name: 'cml-alice' } }));
    await t.importing({ instanceId: 'i-0owned' });
    await t.importing({ instanceId: 'i-0old' });
    expect(t.workers.state('w-1').owner).toBe('alice');
    expect(t.workers.published[0]).toMatchObject({ type: 'worker.imported', data: { owner: 'alice' } });
    expect(t.workers.state('w-2').owner).toBeUndefined();

    const custom = newTestHandler(ImportWorkersHandler, { env: { WORKER_OWNER_TAG: 'team-lead' } });
    custom.ec2.add(anInstance('i-0lead', { tags: { Owner: 'alice', 'team-lead': 'group:ccna-teachers' } }));
    await custom.handler.execute(new ImportWorkersCommand({ region: 'us-east-1', instanceId: 'i-0lead' }, ADA));
    expect(custom.workers.state('w-1').owner).toBe('group:ccna-teachers');
  });

  it('takes the most recently launched importable instance of an AMI name pattern, and says what it skipped', async () => {
    const t = setup();
    const result = await t.importing({ amiName: 'cml-2.9*', name: 'lab-east-1' });
    expect(result.imported).toEqual([{ instanceId: 'i-0new', name: 'lab-east-1', state: 'stopped', workerId: 'w-1' }]);
    expect(result.skipped).toEqual([{ instanceId: 'i-0gone', reason: 'instance is terminated', workerId: undefined }]);
  });

  it('imports every importable instance with all, skipping the managed and the terminated', async () => {
    const t = setup();
    await t.importing({ instanceId: 'i-0old' });
    const result = await t.importing({ amiId: AMI.imageId, all: true });
    expect(result.imported.map((i) => i.instanceId)).toEqual(['i-0new']);
    expect(result.skipped).toEqual([
      { instanceId: 'i-0gone', reason: 'instance is terminated', workerId: undefined },
      { instanceId: 'i-0old', reason: 'already managed as worker cml-old', workerId: 'w-1' },
    ]);
  });

  it('writes nothing in a dry run, and says which names the workers would get', async () => {
    const t = setup();
    const result = await t.importing({ amiId: AMI.imageId, all: true, dryRun: true });
    expect(result).toMatchObject({ dryRun: true, imported: [{ instanceId: 'i-0new', name: 'cml-new' }, { instanceId: 'i-0old', name: 'cml-old' }], totalFound: 3 });
    expect(t.workers.docs.size).toBe(0);
    expect(t.ec2.operations()).not.toContain('DescribeVolumes');
  });

  it('refuses an instance that is already managed with 409 naming its worker', async () => {
    const t = setup();
    await t.importing({ instanceId: 'i-0old' });
    await expect(t.importing({ instanceId: 'i-0old' })).rejects.toMatchObject({ code: 'IMPORT.ALREADY_REGISTERED', kind: 'conflict', details: { workerId: 'w-1' } });
  });

  it('refuses a terminated instance (IMPORT.INSTANCE_TERMINATED) and an unknown one (IMPORT.INSTANCE_NOT_FOUND)', async () => {
    const t = setup();
    await expect(t.importing({ instanceId: 'i-0gone' })).rejects.toMatchObject({ code: 'IMPORT.INSTANCE_TERMINATED', details: { state: 'terminated' } });
    await expect(t.importing({ instanceId: 'i-0nothere' })).rejects.toMatchObject({ code: 'IMPORT.INSTANCE_NOT_FOUND', kind: 'not-found' });
  });

  it('says when no AMI matches the name (IMPORT.NO_MATCHING_AMI), and when matching instances cannot be imported (IMPORT.NO_IMPORTABLE_INSTANCE)', async () => {
    const t = setup();
    await expect(t.importing({ amiName: 'cml-3*' })).rejects.toMatchObject({ code: 'IMPORT.NO_MATCHING_AMI', kind: 'not-found' });
    await t.importing({ amiId: AMI.imageId, all: true });
    await expect(t.importing({ amiId: AMI.imageId })).rejects.toMatchObject({ code: 'IMPORT.NO_IMPORTABLE_INSTANCE', details: { skipped: expect.any(Array) } });
  });

  it.each([
    [{}, 'Give exactly one of instanceId, amiId or amiName.'],
    [{ instanceId: 'i-0old', amiId: AMI.imageId }, 'Give exactly one of instanceId, amiId or amiName.'],
    [{ instanceId: 'i-0old', all: true }, '`all` imports every instance of an AMI; with instanceId leave it out.'],
  ])('refuses the selection %j before asking EC2 (IMPORT.CRITERIA)', async (criteria, message) => {
    const t = setup();
    await expect(t.importing(criteria)).rejects.toMatchObject({ code: 'IMPORT.CRITERIA', kind: 'invalid', message });
    expect(t.ec2.calls).toEqual([]);
  });

  it('refuses a region this deployment does not manage', async () => {
    const t = setup();
    await expect(t.importing({ region: 'ap-south-1', instanceId: 'i-0old' })).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED' });
  });

  it('skips an instance imported concurrently when importing all, and keeps going', async () => {
    const t = setup();
    await t.importing({ instanceId: 'i-0old' });
    // The read of who manages what came before the other import landed.
    t.readModel.managedByInstance = async () => new Map();
    const result = await t.importing({ amiId: AMI.imageId, all: true });
    expect(result.imported.map((i) => i.instanceId)).toEqual(['i-0new']);
    expect(result.skipped).toContainEqual({ instanceId: 'i-0old', reason: 'already managed (imported concurrently)', workerId: 'w-1' });
  });

  it('reports an instance it could not record as failed when importing all, and imports the rest', async () => {
    const t = setup();
    t.ec2.add(anInstance('i-0third', { imageId: AMI.imageId, name: 'cml-third', launchTime: '2026-09-01T00:00:00.000Z' }));
    const save = t.workers.save.bind(t.workers);
    t.workers.save = async (worker) => {
      if (worker.instanceId === 'i-0new') throw new Error('write concern timed out');
      return save(worker);
    };
    const result = await t.importing({ amiId: AMI.imageId, all: true });
    expect(result.imported.map((i) => i.instanceId)).toEqual(['i-0old', 'i-0third']);
    expect(result.failed).toEqual([{ instanceId: 'i-0new', code: 'INTERNAL', message: expect.stringContaining('import it again') }]);
    // The cause goes to the log, never to the answer.
    expect(JSON.stringify(result)).not.toContain('write concern');
  });

  it('fails a single import with its error rather than an outcome', async () => {
    const t = setup();
    t.workers.save = async () => {
      throw new Error('write concern timed out');
    };
    await expect(t.importing({ instanceId: 'i-0old' })).rejects.toThrow('write concern timed out');
  });
});
