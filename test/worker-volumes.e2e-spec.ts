import { AttachVolumeCommand, CreateVolumeCommand, DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

interface Volume {
  volumeId: string;
  sizeGiB: number;
  volumeType: string;
}

interface Run {
  outcome: string;
  summary?: Record<string, unknown>;
  error?: string;
}

/** Worker volumes end to end: read at import and at launch, kept current by the volume-inventory job (moto, MongoDB, Redis). */
describe('worker volumes', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  let amiId: string;
  let workerId: string;
  let instanceId: string;

  const shape = (volumes: Volume[]) => volumes.map(({ sizeGiB, volumeType }) => `${sizeGiB} GiB ${volumeType}`).sort();

  async function runJob(name: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs?limit=5`);
      const r = (runs.body as (Run & { id: string })[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  beforeAll(async () => {
    t = await startTestApp('worker-volumes', { WORKER_PROVISION_POLL_SECONDS: '1' });
    api = new Api(t.url);
    run = uniqueRunId('vol');
    amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML test image');
    [instanceId] = await launchInstances(REGION, {
      count: 1,
      imageId: amiId,
      tags: { Name: `vol-${run}` },
      blockDevices: [{ deviceName: '/dev/sda1', sizeGiB: 64, volumeType: 'gp3', deleteOnTermination: true }],
    });
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id;
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('shows an imported instance\'s volume with its size and type', async () => {
    const res = await api.get(`/api/workers/${workerId}`).then(expectStatus(200));
    expect(res.body.volumes).toEqual([{ volumeId: expect.stringMatching(/^vol-/), sizeGiB: 64, volumeType: 'gp3' }]);
    expect(Date.parse(res.body.volumesReadAt)).not.toBeNaN();
  });

  it('records the volumes read at import in the import event itself', async () => {
    const all = await api.get(`/api/workers/${workerId}/events`).then(expectStatus(200));
    expect(all.body.items.map((e: { type: string }) => e.type)).toEqual(['worker.imported']);
    expect(all.body.items[0].data.volumes).toEqual([expect.objectContaining({ sizeGiB: 64, volumeType: 'gp3' })]);
  });

  it('lists the volume-inventory job with its interval', async () => {
    const res = await api.get('/api/jobs').then(expectStatus(200));
    expect(res.body.find((j: { name: string }) => j.name === 'volume-inventory')).toMatchObject({ enabled: true, intervalSeconds: 3600 });
  });

  it('the volume-inventory job records a volume attached since, and writes nothing when nothing changed', async () => {
    const before = (await api.get(`/api/workers/${workerId}`)).body;
    const first = await runJob('volume-inventory');
    expect(first).toMatchObject({ outcome: 'succeeded', summary: { changed: 0, errors: [] } });
    expect((await api.get(`/api/workers/${workerId}`)).body.version).toBe(before.version);

    const ec2 = motoEc2(REGION);
    const zone = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))).Reservations?.[0]?.Instances?.[0]?.Placement?.AvailabilityZone;
    const { VolumeId } = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: zone, Size: 100, VolumeType: 'st1' }));
    await ec2.send(new AttachVolumeCommand({ VolumeId, InstanceId: instanceId, Device: '/dev/sdf' }));

    const second = await runJob('volume-inventory');
    expect(second).toMatchObject({ outcome: 'succeeded', summary: { changed: 1, regions: 1, awsCalls: 1, errors: [] } });
    const after = (await api.get(`/api/workers/${workerId}`).then(expectStatus(200))).body;
    expect(shape(after.volumes)).toEqual(['100 GiB st1', '64 GiB gp3']);
    expect(after.volumes.map((v: Volume) => v.volumeId)).toContain(VolumeId);
    expect(after.version).toBeGreaterThan(before.version);

    // An observation: in the full timeline, not in what people did.
    const all = await api.get(`/api/workers/${workerId}/events`).then(expectStatus(200));
    expect(all.body.items[0]).toMatchObject({ type: 'worker.volumes-changed', actor: { kind: 'system' }, data: { totalGiB: 164 } });
    const people = await api.get(`/api/workers/${workerId}/events?view=people`).then(expectStatus(200));
    expect(people.body.items.map((e: { type: string }) => e.type)).toEqual(['worker.imported']);
  });

  it('a launched worker has its volumes once its instance is assigned', async () => {
    const res = await api.post('/api/workers', { name: `prov-${run}`, region: REGION, amiId, instanceType: 'c5.metal' }).then(expectStatus(202));
    const withVolumes = await eventually(async () => {
      const w = (await api.get(`/api/workers/${res.body.id}`)).body;
      return w.instanceId && w.volumes ? w : undefined;
    }, 20_000);
    expect(withVolumes.volumes.length).toBeGreaterThanOrEqual(1);
    for (const v of withVolumes.volumes as Volume[]) expect(v).toEqual({ volumeId: expect.stringMatching(/^vol-/), sizeGiB: expect.any(Number), volumeType: expect.any(String) });
  });
});
