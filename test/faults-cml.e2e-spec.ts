import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-west-2';
const TIMEOUT_MS = 1000;

/** A third of the controllers hang, fail, boot or expire tokens: the cycle still finishes in bound. */
describe('faults: misbehaving CML controllers', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  const ids = new Map<string, string>();
  const healthy = ['ok-1', 'ok-2', 'ok-3', 'ok-4', 'ok-5', 'ok-6'];

  beforeAll(async () => {
    sim = await startTestSimulator([...healthy, 'hang', 'fail', 'boot', 'expire'].map((id) => ({ id, labs: [{ title: `${id} lab`, state: 'STARTED', nodes: 3 }] })));
    t = await startTestApp('faults-cml', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', CML_TIMEOUT_MS: String(TIMEOUT_MS), CML_READ_RETRIES: '1', CML_BREAKER_FAILURES: '2' });
    api = new Api(t.url);
    const run = uniqueRunId('cmlf');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    for (const c of sim.controllers.list()) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${c.id}-${run}`, 'cml-endpoint': sim.baseUrlOf(c.id) } });
      ids.set(c.id, (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id);
    }
    // Let the post-import syncs settle, then break a third of the controllers.
    await eventually(async () => {
      const w = await api.get(`/api/workers/${ids.get('ok-1')}`);
      return w.body.serviceStatus === 'available';
    });
    sim.controllers.require('hang').setFaults({ hang: true });
    sim.controllers.require('fail').setFaults({ errorRate: 1 });
    sim.controllers.require('boot').setFaults({ booting: 'bad-gateway' });
    sim.controllers.require('expire').setFaults({ expireTokens: true });
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
    closeMotoClients();
  });

  it('finishes the cycle within its bound and sets each controller’s service status', async () => {
    const started = await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(202));
    const run = await eventually(async () => {
      const runs = await api.get('/api/jobs/metrics-collection/runs');
      return runs.body.find((x: { id: string; outcome: string }) => x.id === started.body.id && x.outcome !== 'running');
    }, 30_000);
    expect(run.outcome).toBe('succeeded');
    // A hung controller costs its timeout (per call, reads retried once), not the whole fleet's.
    expect(run.durationMs).toBeLessThan(6 * TIMEOUT_MS);

    const status = async (id: string) => (await api.get(`/api/workers/${ids.get(id)}`)).body;
    expect((await status('hang')).serviceStatus).toBe('unavailable');
    expect((await status('fail')).serviceStatus).toMatch(/error|unavailable/);
    expect((await status('boot')).serviceStatus).toBe('starting');
    // An expired token is renewed once and the controller keeps answering.
    expect((await status('expire')).serviceStatus).toBe('available');
    for (const id of healthy) {
      const w = await status(id);
      expect(w.serviceStatus).toBe('available');
      expect(w.telemetry.runningNodes).toBe(3);
    }
  });

  it('recovers a controller when it comes back, at once on a manual refresh', async () => {
    // The cycle above opened the booting controller's circuit (CML_BREAKER_FAILURES=2, a 30 s
    // cooldown); a person's refresh tries it now instead of failing fast until the cooldown ends.
    sim.controllers.require('boot').setFaults({});
    await api.post(`/api/workers/${ids.get('boot')}/refresh`, {}, 'manager').then(expectStatus(200));
    await eventually(async () => (await api.get(`/api/workers/${ids.get('boot')}`)).body.serviceStatus === 'available', 10_000);
  });
});
