import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const FOLLOW_S = 5;

interface WorkerBody {
  id: string;
  status: string;
  nextStatusCheck?: { at: string; intervalSeconds: number; reason: string };
  serviceStatus: string;
  startup?: { startedAt: string; expectedReadyAt: string; overdue: boolean; typicalSeconds: number; basis: string; samples: number };
}
interface RunBody {
  outcome: string;
  summary?: { followed: number; settled: number; awsCalls: number };
}

/**
 * A stop or start shows as soon as EC2 has made it: changing instances are read every few seconds by
 * the scheduled status-follow job (one call per region for all of them), not at the next cycle.
 */
describe('following instances that change state', () => {
  let t: TestApp;
  let api: Api;
  let ids: string[];

  const worker = async (id: string) => (await api.get(`/api/workers/${id}`).then(expectStatus(200))).body as WorkerBody;
  const runs = async () => (await api.get('/api/jobs/status-follow/runs?limit=100').then(expectStatus(200))).body as RunBody[];

  beforeAll(async () => {
    t = await startTestApp('status-follow', {
      JOBS_ENABLED: 'true',
      JOB_TICK_SECONDS: '1',
      WORKER_FOLLOW_INTERVAL_SECONDS: String(FOLLOW_S),
      // Nothing else reads EC2 meanwhile: the collection cycle runs once a day here.
      WORKER_METRICS_INTERVAL_SECONDS: '86400',
      LAB_SYNC_INTERVAL_SECONDS: '86400',
      IDLE_DETECTION_ENABLED: 'false',
    });
    api = new Api(t.url);
    const run = uniqueRunId('follow');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const instances = await launchInstances(REGION, { count: 3, imageId: amiId, tags: { Name: `follow-${run}` }, separateReservations: true });
    ids = [];
    for (const instanceId of instances) ids.push((await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string);
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('records no run while nothing is changing', async () => {
    await new Promise((r) => setTimeout(r, (FOLLOW_S + 1) * 1000));
    expect(await runs()).toEqual([]);
  });

  it('shows stopped workers as stopped within a follow interval, all read in one call', async () => {
    for (const id of ids) await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202));
    for (const id of ids) await eventually(async () => (await worker(id)).status === 'stopped', (FOLLOW_S * 3 + 5) * 1000, 250);
    const done = (await runs()).filter((r) => r.outcome === 'succeeded' && (r.summary?.followed ?? 0) > 0);
    // Every worker was followed, with one EC2 call per run for the region.
    expect(done.reduce((n, r) => n + r.summary!.followed, 0)).toBeGreaterThanOrEqual(3);
    expect(done.every((r) => r.summary!.awsCalls === 1)).toBe(true);
    const settled = await worker(ids[0]);
    expect(settled.nextStatusCheck?.reason).toBe('collection-cycle');
    const timeline = (await api.get(`/api/workers/${ids[0]}/events`).then(expectStatus(200))).body.items as { type: string; actor: { name: string }; data: { to?: string; trigger?: string } }[];
    expect(timeline.find((e) => e.type === 'worker.status-changed' && e.data.to === 'stopped')).toMatchObject({ actor: { name: 'status-follow' }, data: { trigger: 'ec2' } });
  });

  it('follows a start the same way until the instance runs', async () => {
    await api.post(`/api/workers/${ids[1]}/start`, {}, 'manager').then(expectStatus(202));
    await eventually(async () => (await worker(ids[1])).status === 'running', (FOLLOW_S * 3 + 5) * 1000, 250);
  });

  it('says when the started worker will be ready: running at EC2, its controller not answering yet', async () => {
    const w = await worker(ids[1]);
    // moto's instances have no CML controller: the boot stays under way, and the worker has no boot measured.
    expect(w.serviceStatus).not.toBe('available');
    expect(w.startup).toMatchObject({ overdue: false, typicalSeconds: 20 * 60, basis: 'default', samples: 0 });
    expect(Date.parse(w.startup!.expectedReadyAt) - Date.parse(w.startup!.startedAt)).toBe(20 * 60_000);
    expect((await worker(ids[0])).startup).toBeUndefined();
  });
});

/** Without the scheduler: what a changing worker says about its next read, deterministically. */
describe('a changing worker, between two reads', () => {
  let t: TestApp;
  let api: Api;

  beforeAll(async () => {
    t = await startTestApp('status-follow-manual', { WORKER_FOLLOW_INTERVAL_SECONDS: String(FOLLOW_S) });
    api = new Api(t.url);
  });
  afterAll(() => t.close());

  it('says it is followed and when it is read next; one run of the job settles it', async () => {
    const run = uniqueRunId('follow-m');
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: await createNamedAmi(REGION, `cml-${run}`), tags: { Name: `follow-${run}` } });
    const id = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string;
    const stopping = (await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202))).body.worker as WorkerBody;
    expect(stopping.status).toBe('stopping');
    expect(stopping.nextStatusCheck).toMatchObject({ reason: 'following-change', intervalSeconds: FOLLOW_S });
    expect(Date.parse(stopping.nextStatusCheck!.at) - Date.now()).toBeLessThanOrEqual(FOLLOW_S * 1000);

    await api.post('/api/jobs/status-follow/run', {}, 'admin').then(expectStatus(202));
    const stopped = await eventually(async () => {
      const w = (await api.get(`/api/workers/${id}`).then(expectStatus(200))).body as WorkerBody;
      return w.status === 'stopped' && w;
    });
    expect(stopped.nextStatusCheck?.reason).toBe('collection-cycle');

    const started = (await api.post(`/api/workers/${id}/start`, {}, 'manager').then(expectStatus(202))).body.worker as WorkerBody;
    expect(started).toMatchObject({ status: 'pending', nextStatusCheck: { reason: 'following-change' } });
  });
});
