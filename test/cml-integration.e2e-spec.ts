import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-west-2';
const LICENSE_TOKEN = 'ZmFrZS1zbWFydC1saWNlbnNpbmctdG9rZW4tNDI=';

/** Workers meet their CML controllers: sync, service status, licensing operations. */
describe('workers and their CML controllers', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let run: string;
  let amiId: string;

  async function importWorker(controllerId: string): Promise<string> {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${controllerId}-${run}`, 'cml-endpoint': sim.baseUrlOf(controllerId) } });
    const res = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    return res.body.id as string;
  }

  beforeAll(async () => {
    sim = await startTestSimulator([
      { id: 'lic', version: '2.9.1', licensed: false, labs: [{ title: 'Core', state: 'STARTED', nodes: 4 }] },
      { id: 'boot' },
      { id: 'hung' },
    ]);
    t = await startTestApp('cml-integration', {
      CML_USERNAME: 'admin',
      CML_PASSWORD: 'admin',
      CML_TIMEOUT_MS: '500',
      CML_READ_RETRIES: '0',
      LICENSE_POLL_SECONDS: '1',
      WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
    });
    api = new Api(t.url);
    run = uniqueRunId('cml');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
    closeMotoClients();
  });

  describe('sync', () => {
    let id: string;
    beforeAll(async () => {
      id = await importWorker('lic');
    });

    it('reads the controller right after import: available, its version, telemetry with units of percent and counts', async () => {
      const w = await eventually(async () => {
        const res = await api.get(`/api/workers/${id}`);
        return res.body.serviceStatus === 'available' ? res.body : undefined;
      });
      expect(w.cml).toMatchObject({ version: '2.9.1', ready: true, licensed: false });
      expect(w.telemetry.runningNodes).toBe(4);
      expect(w.telemetry.cpuPercent).toBeGreaterThanOrEqual(0);
      expect(w.telemetry.cpuPercent).toBeLessThanOrEqual(100);
      // Read, summed into telemetry, and kept to itself: only fields the API declares go over the wire.
      expect(w.cml).not.toHaveProperty('computes');
      expect(w.cml).not.toHaveProperty('labStates');
      expect(Object.keys(w.idle.lastDecision ?? {}).sort()).toEqual(w.idle.lastDecision ? ['at', 'outcome', 'reason'] : []);
      const timeline = await api.get(`/api/workers/${id}/events?pageSize=100`);
      const types = timeline.body.items.map((e: { type: string }) => e.type);
      expect(types).toEqual(expect.arrayContaining(['worker.service-status-changed', 'worker.cml-info-changed', 'worker.telemetry-changed']));
    });

    it('emits nothing when a second sync finds the same picture', async () => {
      const before = (await api.get(`/api/workers/${id}/events?pageSize=100`)).body.total;
      await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
      const after = await api.get(`/api/workers/${id}/events?pageSize=100`);
      const newTypes = after.body.items.slice(0, after.body.total - before).map((e: { type: string }) => e.type);
      expect(newTypes.filter((type: string) => type.startsWith('worker.service') || type.startsWith('worker.cml'))).toEqual([]);
    });
  });

  describe('controller trouble is a service status, not a crash', () => {
    it('a booting controller shows as starting', async () => {
      sim.controllers.require('boot').setFaults({ booting: 'not-ready' });
      const id = await importWorker('boot');
      const w = await eventually(async () => {
        const res = await api.get(`/api/workers/${id}`);
        return res.body.serviceStatus === 'starting' ? res.body : undefined;
      });
      expect(w.cml.error).toMatch(/booting/i);
    });

    it('a hung controller costs at most its timeout and shows as unavailable', async () => {
      sim.controllers.require('hung').setFaults({ hang: true });
      const id = await importWorker('hung');
      const started = Date.now();
      const res = await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(res.body.serviceStatus).toBe('unavailable');
      expect(res.body.cml.error).toMatch(/did not answer|circuit/i);
    });
  });

  describe('controllers outside CML_ALLOWED_NETWORKS', () => {
    it('are never contacted: the worker is unavailable with the reason, and lab actions refuse with 409', async () => {
      // A public address (TEST-NET-3), as a worker without a cml-endpoint tag would have.
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `outside-${run}`, 'cml-endpoint': 'https://203.0.113.10' } });
      const id = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string;
      const res = await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
      expect(res.body.serviceStatus).toBe('unavailable');
      expect(res.body.cml.error).toContain('https://203.0.113.10 is outside CML_ALLOWED_NETWORKS (127.0.0.0/8, localhost)');
      const sync = await api.post(`/api/workers/${id}/labs/sync`, {}, 'manager');
      expect(sync.status).toBe(409);
      expect(sync.body.code).toBe('LAB.CONTROLLER_UNAVAILABLE');
      expect(sync.body.detail).toContain('outside CML_ALLOWED_NETWORKS');
    });
  });

  describe('a cml-endpoint tag that is not a controller URL', () => {
    it.each([
      ['ftp://203.0.113.10', 'it uses ftp:'],
      ['https://admin:secret@127.0.0.1:9', 'it carries user info'],
    ])('is ignored (%s): the worker has no endpoint and says why', async (tag, why) => {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `badtag-${run}`, 'cml-endpoint': tag } });
      const id = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string;
      const res = await api.post(`/api/workers/${id}/refresh`, {}, 'admin').then(expectStatus(200));
      expect(res.body.endpoint).toBeUndefined();
      expect(res.body.endpointSource).toBe('none');
      expect(res.body.endpointProblem).toContain(why);
      expect(res.body.serviceStatus).toBe('unavailable');
      expect(res.body.cml.error).toContain(`is ignored: ${why}`);
    });
  });

  describe('licensing', () => {
    let id: string;
    beforeAll(async () => {
      id = (await api.get(`/api/workers?q=lic-${run}`)).body.items[0].id;
    });

    it('is admin-only', async () => {
      await api.post(`/api/workers/${id}/license`, { token: LICENSE_TOKEN }, 'manager').then(expectStatus(403));
      await api.delete(`/api/workers/${id}/license`, 'manager').then(expectStatus(403));
    });

    it('refuses a token that cannot be one', async () => {
      const res = await api.post(`/api/workers/${id}/license`, { token: 'short' }).then(expectStatus(400));
      expect(res.body.errors[0].field).toBe('token');
    });

    it('registers: 202 with an operation that settles, and the worker shows the license', async () => {
      const res = await api.post(`/api/workers/${id}/license`, { token: LICENSE_TOKEN }).then(expectStatus(202));
      expect(res.body).toMatchObject({ kind: 'license-registration', status: 'running', subject: { type: 'worker', id }, requestedBy: { name: 'cml-automation-admin' } });
      const op = await eventually(async () => {
        const o = await api.get(`/api/operations/${res.body.id}`, 'user');
        return o.body.status !== 'running' ? o.body : undefined;
      });
      expect(op).toMatchObject({ status: 'succeeded', result: { registrationStatus: 'COMPLETED' } });
      expect(op.finishedAt).toBeDefined();
      const w = await eventually(async () => {
        const r = await api.get(`/api/workers/${id}`);
        return r.body.cml.licenseStatus === 'COMPLETED' ? r.body : undefined;
      });
      expect(w.cml.licensed).toBe(true);
      // What GET /licensing said, trimmed: statuses, expiries, account, product and features.
      expect(w.cml.license).toMatchObject({ registrationStatus: 'COMPLETED', authorizationStatus: 'IN_COMPLIANCE', smartAccount: 'Cisco Modeling Labs Demo', virtualAccount: 'Default', product: 'CML_Enterprise' });
      expect(Date.parse(w.cml.license.authorizationExpiresAt)).toBeGreaterThan(Date.now());
      expect(w.cml.license.features).toContainEqual(expect.objectContaining({ name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', inUse: 0, max: 300 }));
    });

    it('reports a refused registration as a failed operation with the reason', async () => {
      const res = await api.post(`/api/workers/${id}/license`, { token: 'invalid-token-for-testing', reregister: true }).then(expectStatus(202));
      const op = await eventually(async () => {
        const o = await api.get(`/api/operations/${res.body.id}`, 'user');
        return o.body.status !== 'running' ? o.body : undefined;
      });
      expect(op.status).toBe('failed');
      expect(op.error).toMatch(/FAILED/);
    });

    it('deregisters with an operation too', async () => {
      const res = await api.delete(`/api/workers/${id}/license`).then(expectStatus(202));
      const op = await eventually(async () => {
        const o = await api.get(`/api/operations/${res.body.id}`, 'user');
        return o.body.status !== 'running' ? o.body : undefined;
      });
      expect(op.status).toBe('succeeded');
    });

    it('never stores or shows the token: not in the worker, its timeline or the operation', async () => {
      const w = await api.get(`/api/workers/${id}`);
      const timeline = await api.get(`/api/workers/${id}/events?pageSize=200`);
      const everything = JSON.stringify([w.body, timeline.body]);
      expect(everything).not.toContain(LICENSE_TOKEN);
      expect(everything).not.toContain('invalid-token-for-testing');
      const types = timeline.body.items.map((e: { type: string }) => e.type);
      expect(types).toEqual(expect.arrayContaining(['worker.license-registration-requested', 'worker.license-registration-finished', 'worker.license-deregistration-finished']));
    });

    it('refuses to license a worker that is not running, and answers 404 for unknown operations', async () => {
      await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202));
      const res = await api.post(`/api/workers/${id}/license`, { token: LICENSE_TOKEN }).then(expectStatus(409));
      expect(res.body.code).toBe('WORKER.INVALID_TRANSITION');
      expect(res.body.detail).toMatch(/license .* while it is stopp(ing|ed)/);
      await api.get('/api/operations/0193b2c4-0000-7000-8000-000000000000').then(expectStatus(404));
    });
  });
});
