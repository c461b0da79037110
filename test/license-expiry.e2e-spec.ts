import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The service account behind the `user` role's token: it owns the worker, so it is the one notified. */
const OWNER = 'cml-automation-viewer';

interface Run {
  id: string;
  outcome: string;
  summary?: Record<string, unknown>;
}

/**
 * A licence about to expire, end to end: the worker reads the expiry from the CML simulator's
 * `GET /licensing` (its authorization expiry), and the `controller-watch` job notifies the owner
 * once per expiry date, LICENSE_EXPIRY_WARNING_DAYS ahead, on the time-travel clock.
 */
describe('licence expiry', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let workerId: string;
  let name: string;

  async function runJob(job: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${job}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${job}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  async function licenceNotes(): Promise<{ title: string; body: string; workerId: string }[]> {
    const res = await api.get('/api/notifications?limit=100', 'user').then(expectStatus(200));
    return (res.body.items as { kind: string; title: string; body: string; workerId: string }[]).filter((n) => n.kind === 'license-problem');
  }

  beforeAll(async () => {
    sim = await startTestSimulator([{ id: 'licensed', licensed: true }]);
    t = await startTestApp('license-expiry', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', LICENSE_EXPIRY_WARNING_DAYS: '14', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    const run = uniqueRunId('lic');
    name = `lic-${run}`;
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: name, Owner: OWNER, 'cml-endpoint': sim.baseUrlOf('licensed') } });
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;
    await api.put('/api/notifications/preferences', { kinds: ['license-problem'], scope: 'owned' }, 'user').then(expectStatus(200));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('reads the expiry from the controller and notifies the owner once, 14 days ahead', async () => {
    // The simulator's registered controller: authorization expires 90 days after it was registered (its start).
    const worker = await eventually(async () => {
      await api.post(`/api/workers/${workerId}/refresh`, {}, 'admin');
      const w = (await api.get(`/api/workers/${workerId}`).then(expectStatus(200))).body;
      return w.cml?.licenseExpiresAt ? w : undefined;
    });
    const expiresAt = new Date(worker.cml.licenseExpiresAt);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(89 * DAY);
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(90 * DAY);

    // 20 days before: nothing yet.
    clock.advanceMinutes((expiresAt.getTime() - clock.now().getTime() - 20 * DAY) / 60_000);
    await runJob('controller-watch');
    expect(await licenceNotes()).toEqual([]);

    // 9 days before (a little less, so it reads "in 9 days"): the owner is told, once.
    clock.advanceMinutes((11 * DAY + 60 * 60_000) / 60_000);
    await runJob('controller-watch');
    const [note] = await eventually(async () => {
      const list = await licenceNotes();
      return list.length ? list : undefined;
    });
    const date = `${expiresAt.getUTCDate()} ${MONTHS[expiresAt.getUTCMonth()]} ${expiresAt.getUTCFullYear()}`;
    expect(note).toMatchObject({ workerId, title: `${name}: CML licence expires on ${date} (in 9 days)` });
    expect(note.body).toMatch(/^The CML controller of .* reports that its licence expires on .* UTC \(in 9 days\)\. Renew/);
    await runJob('controller-watch');
    expect(await licenceNotes()).toHaveLength(1);
  });
});
