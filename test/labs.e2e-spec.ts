import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { Api, eventually, expectStatus, type Role } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { roleToken } from './support/keycloak.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';

const REGION = 'us-east-1';
const UPLOAD_LIMIT = 65_536;

/** A topology as CML 2.9 exports it: an IOSv router linked to an Alpine host. */
const topology = (title: string) => `annotations: []
nodes:
  - id: n0
    label: r1
    node_definition: iosv
    x: 0
    y: 0
    interfaces:
      - id: i0
        label: GigabitEthernet0/0
        slot: 0
        type: physical
  - id: n1
    label: h1
    node_definition: alpine
    x: 150
    y: 0
    interfaces:
      - id: i0
        label: eth0
        slot: 0
        type: physical
links:
  - id: l0
    n1: n0
    n2: n1
    i1: i0
    i2: i0
lab:
  description: uploaded by the labs e2e suite
  notes: ''
  title: ${title}
  version: 0.3.0
`;

interface LabItem {
  id: string;
  workerId: string;
  workerName?: string;
  labId: string;
  title: string;
  state: string;
  presence: string;
  ownerUsername?: string;
  stateHistory?: { from?: string; to: string; trigger: string; by: { name: string } }[];
}

/**
 * The labs API end to end: the app against MongoDB, Redis, moto (workers), Keycloak tokens and
 * simulated CML controllers reached through each worker's `cml-endpoint` tag.
 */
describe('labs API', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let mongo: MongoClient;
  let run: string;
  const workers: Record<'a' | 'b' | 'faulty' | 'down', string> = { a: '', b: '', faulty: '', down: '' };
  const labs = { ospf: randomUUID(), bgp: randomUUID(), empty: randomUUID(), legacy: randomUUID(), fragile: randomUUID() };
  const tokens = {} as Record<Role, string>;
  const token = (role: Role) => tokens[role];
  const controller = (id: string) => sim.controllers.require(id);
  const admin = (id: string) => controller(id).userNamed('admin');
  /** An upload request (supertest) with the role's bearer token. */
  const upload = (workerId: string, role: Role = 'manager', query = '') => request(t.url).post(`/api/workers/${workerId}/labs${query}`).auth(token(role), { type: 'bearer' });
  const labEvents = (filter: Record<string, unknown> = {}) =>
    mongo.db().collection('events').find({ aggregateType: 'lab', ...filter }).sort({ _id: 1 }).toArray();

  beforeAll(async () => {
    run = uniqueRunId('labs');
    sim = await startTestSimulator([
      {
        id: 'cml-a',
        users: [
          { username: 'admin', password: 'admin', fullname: 'Administrator' },
          { username: 'bob', password: 'bob', fullname: 'Bob Builder' },
        ],
        labs: [
          { id: labs.ospf, title: `OSPF ${run}`, state: 'STARTED', nodes: 4, owner: 'admin' },
          { id: labs.bgp, title: `BGP ${run}`, state: 'STOPPED', nodes: 2, owner: 'bob' },
          { id: labs.empty, title: `Empty ${run}`, nodes: 0, owner: 'admin' },
        ],
      },
      // An older controller without GET /populate_lab_tiles.
      { id: 'cml-b', labTiles: false, labs: [{ id: labs.legacy, title: `Legacy ${run}`, state: 'STARTED', nodes: 3 }] },
      { id: 'cml-faulty', labs: [{ id: labs.fragile, title: `Fragile ${run}`, nodes: 1 }] },
      { id: 'cml-down' },
    ]);
    t = await startTestApp('labs', {
      CML_USERNAME: 'admin',
      CML_PASSWORD: 'admin',
      LAB_UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT),
      WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
      // This suite syncs and reads the same controllers many times; the throttles have tests of their own below.
      LAB_SYNC_MIN_INTERVAL_SECONDS: '0',
      LAB_CONTROLLER_READS_PER_MINUTE: '0',
      // The fault tests below must not open a circuit the later tests need.
      CML_READ_RETRIES: '0',
      CML_BREAKER_FAILURES: '5',
    });
    api = new Api(t.url);
    for (const role of ['user', 'manager', 'admin'] as Role[]) tokens[role] = await roleToken(role);
    mongo = await new MongoClient(t.mongoUri).connect();
    const amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML 2.9 for the labs suite');
    for (const key of Object.keys(workers) as (keyof typeof workers)[]) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${key}-${run}`, 'cml-endpoint': sim.baseUrlOf(`cml-${key}`) } });
      const res = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
      workers[key] = res.body.id;
    }
    // The stopped worker: stopped in EC2 and refreshed so its record says so.
    await api.post(`/api/workers/${workers.down}/stop`, {}, 'manager').then(expectStatus(202));
    await eventually(async () => (await api.post(`/api/workers/${workers.down}/refresh`, {}, 'manager')).body.status === 'stopped');
  });

  afterAll(async () => {
    await mongo?.close();
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  describe('who may call what', () => {
    const someLab = '3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11';
    const routes: [string, (w: string) => string, Role][] = [
      ['GET', () => '/api/labs', 'user'],
      ['GET', (w) => `/api/workers/${w}/labs`, 'user'],
      ['POST', (w) => `/api/workers/${w}/labs/sync`, 'manager'],
      ['GET', (w) => `/api/workers/${w}/labs/${someLab}`, 'user'],
      ['GET', (w) => `/api/workers/${w}/labs/${someLab}/download`, 'manager'],
      ['GET', (w) => `/api/workers/${w}/node-definitions`, 'manager'],
      ['GET', (w) => `/api/workers/${w}/image-definitions`, 'manager'],
      ['POST', (w) => `/api/workers/${w}/labs`, 'manager'],
      ['POST', (w) => `/api/workers/${w}/labs/${someLab}/start`, 'manager'],
      ['POST', (w) => `/api/workers/${w}/labs/${someLab}/stop`, 'manager'],
      ['POST', (w) => `/api/workers/${w}/labs/${someLab}/wipe`, 'manager'],
      ['DELETE', (w) => `/api/workers/${w}/labs/${someLab}`, 'admin'],
    ];

    it.each(routes.map(([method, path, role]) => ({ method, path, role, label: `${method} ${path(':id')}` })))(
      '$label: 401 without credentials, 403 below $role',
      async ({ method, path, role }) => {
        const url = path(workers.a);
        const verb = method.toLowerCase() as 'get' | 'post' | 'delete';
        const anonymous = await request(t.url)[verb](url);
        expect(anonymous.status).toBe(401);
        expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
        const weaker = (['user', 'manager', 'admin'] as Role[]).slice(0, ['user', 'manager', 'admin'].indexOf(role));
        for (const w of weaker) {
          const res = await request(t.url)[verb](url).auth(token(w), { type: 'bearer' });
          expect({ role: w, status: res.status, code: res.body.code }).toEqual({ role: w, status: 403, code: 'AUTH.FORBIDDEN' });
        }
      },
    );
  });

  describe('sync', () => {
    it('knows no labs of a worker before its first sync', async () => {
      const res = await api.get(`/api/workers/${workers.a}/labs`).then(expectStatus(200));
      expect(res.body).toEqual({ items: [], total: 0, page: 1, pageSize: 25, lastPage: 1 });
    });

    it('creates a record per lab from one lab-tiles call, each a lab.discovered by the caller', async () => {
      controller('cml-a').resetRequests();
      const res = await api.post(`/api/workers/${workers.a}/labs/sync`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ workerId: workers.a, created: 3, updated: 0, removed: 0, unchanged: 0 });
      expect(new Date(res.body.syncedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(controller('cml-a').requestCount('GET /populate_lab_tiles')).toBe(1);
      expect(controller('cml-a').requestCount('GET /labs/{lab_id}')).toBe(0);

      const list = await api.get(`/api/workers/${workers.a}/labs`).then(expectStatus(200));
      expect(list.body.total).toBe(3);
      const ospf = list.body.items.find((l: LabItem) => l.labId === labs.ospf);
      expect(ospf).toMatchObject({
        workerId: workers.a,
        workerName: `a-${run}`,
        title: `OSPF ${run}`,
        state: 'STARTED',
        ownerUsername: 'admin',
        ownerFullname: 'Administrator',
        nodeCount: 4,
        linkCount: 3,
        presence: 'present',
      });
      expect(ospf.createdAt).toBeDefined();
      expect(ospf.stateHistory).toBeUndefined();

      const events = await eventually(async () => {
        const found = await labEvents({ 'data.workerId': workers.a });
        return found.length === 3 && found;
      });
      expect(events.map((e) => e.type)).toEqual(['lab.discovered', 'lab.discovered', 'lab.discovered']);
      expect(events[0].actor).toMatchObject({ kind: 'service', name: 'cml-automation-manager' });
    });

    it('raises no event when nothing changed', async () => {
      const res = await api.post(`/api/workers/${workers.a}/labs/sync`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: 3 });
      await new Promise((r) => setTimeout(r, 300));
      expect(await labEvents({ 'data.workerId': workers.a })).toHaveLength(3);
    });

    it('creates, updates and removes records as the controller changed, keeping removed ones as history', async () => {
      const cml = controller('cml-a');
      const extra = cml.addLab({ title: `Extra ${run}`, nodes: 1, owner: 'bob' });
      cml.stopLab(labs.ospf, admin('cml-a'));
      cml.deleteLab(labs.empty);
      const res = await api.post(`/api/workers/${workers.a}/labs/sync`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ created: 1, updated: 1, removed: 1, unchanged: 1 });

      const present = await api.get(`/api/workers/${workers.a}/labs`).then(expectStatus(200));
      expect(present.body.items.map((l: LabItem) => l.labId).sort()).toEqual([labs.ospf, labs.bgp, extra.id].sort());
      const all = await api.get(`/api/workers/${workers.a}/labs?includeGone=true`).then(expectStatus(200));
      expect(all.body.total).toBe(4);

      const removed = await api.get(`/api/workers/${workers.a}/labs/${labs.empty}`).then(expectStatus(200));
      expect(removed.body).toMatchObject({ presence: 'removed', title: `Empty ${run}`, workerName: `a-${run}` });
      expect(removed.body.removedAt).toBeDefined();
      const ospf = await api.get(`/api/workers/${workers.a}/labs/${labs.ospf}`).then(expectStatus(200));
      expect(ospf.body.state).toBe('STOPPED');
      expect(ospf.body.stateHistory.map((h: { to: string; trigger: string }) => `${h.to}/${h.trigger}`)).toEqual(['STARTED/sync', 'STOPPED/sync']);

      const events = await eventually(async () => {
        const found = await labEvents({ 'data.workerId': workers.a });
        return found.length === 6 && found;
      });
      expect(events.slice(3).map((e) => e.type).sort()).toEqual(['lab.discovered', 'lab.removed', 'lab.state-changed']);
      expect(events.find((e) => e.type === 'lab.state-changed')?.data).toEqual({ workerId: workers.a, labId: labs.ospf, from: 'STARTED', to: 'STOPPED', trigger: 'sync' });
      expect(events.find((e) => e.type === 'lab.removed')?.data).toMatchObject({ labId: labs.empty, lastState: 'DEFINED_ON_CORE' });
    });

    it('reads an older controller without lab tiles lab by lab', async () => {
      const res = await api.post(`/api/workers/${workers.b}/labs/sync`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ created: 1 });
      expect(controller('cml-b').requestCount('GET /labs')).toBeGreaterThanOrEqual(1);
      const legacy = await api.get(`/api/workers/${workers.b}/labs/${labs.legacy}`).then(expectStatus(200));
      expect(legacy.body).toMatchObject({ title: `Legacy ${run}`, state: 'STARTED', nodeCount: 3 });
    });

    it('answers 404 for an unknown or malformed worker id', async () => {
      const unknown = await api.post('/api/workers/0193b2c4-0000-7000-8000-000000000000/labs/sync', {}, 'manager').then(expectStatus(404));
      expect(unknown.body.code).toBe('WORKER.NOT_FOUND');
      await api.get('/api/workers/0193b2c4-0000-7000-8000-000000000000/labs').then(expectStatus(404));
      await api.get('/api/workers/not-a-uuid/labs').then(expectStatus(404));
    });
  });

  describe('start, stop, wipe', () => {
    it('starts a lab (manager), records the state CML reports and who changed it', async () => {
      const res = await api.post(`/api/workers/${workers.a}/labs/${labs.bgp}/start`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ labId: labs.bgp, state: 'STARTED', presence: 'present', workerName: `a-${run}` });
      expect(res.body.stateHistory.at(-1)).toMatchObject({ from: 'STOPPED', to: 'STARTED', trigger: 'user', by: { name: 'cml-automation-manager' } });
      expect(controller('cml-a').labState(labs.bgp)).toBe('STARTED');
      const events = await eventually(async () => {
        const found = await labEvents({ type: 'lab.state-changed', 'data.labId': labs.bgp });
        return found.length === 1 && found;
      });
      expect(events[0]).toMatchObject({ actor: { name: 'cml-automation-manager' }, data: { from: 'STOPPED', to: 'STARTED', trigger: 'user' } });
    });

    it('refuses to wipe a started lab with 409 and CML’s reason', async () => {
      const res = await api.post(`/api/workers/${workers.a}/labs/${labs.bgp}/wipe`, {}, 'manager').then(expectStatus(409));
      expect(res.body.code).toBe('LAB.REFUSED_BY_CML');
      expect(res.body.detail).toContain('must be stopped before it can be wiped');
      expect(controller('cml-a').labState(labs.bgp)).toBe('STARTED');
    });

    it('stops, then wipes (manager)', async () => {
      const stopped = await api.post(`/api/workers/${workers.a}/labs/${labs.bgp}/stop`, {}, 'manager').then(expectStatus(200));
      expect(stopped.body.state).toBe('STOPPED');
      const wiped = await api.post(`/api/workers/${workers.a}/labs/${labs.bgp}/wipe`, {}, 'admin').then(expectStatus(200));
      expect(wiped.body.state).toBe('DEFINED_ON_CORE');
      expect(wiped.body.stateHistory.map((h: { to: string }) => h.to)).toEqual(['STOPPED', 'STARTED', 'STOPPED', 'DEFINED_ON_CORE']);
    });

    it('records a lab created on the controller since the last sync before acting on it', async () => {
      const fresh = controller('cml-a').addLab({ title: `Fresh ${run}`, nodes: 2 });
      const res = await api.post(`/api/workers/${workers.a}/labs/${fresh.id}/start`, {}, 'manager').then(expectStatus(200));
      expect(res.body).toMatchObject({ title: `Fresh ${run}`, state: 'STARTED' });
      expect(res.body.stateHistory.map((h: { to: string; trigger: string }) => `${h.to}/${h.trigger}`)).toEqual(['DEFINED_ON_CORE/sync', 'STARTED/user']);
    });

    it('answers 404 LAB.NOT_FOUND for a lab the controller does not have, and for a malformed id', async () => {
      const unknown = await api.post(`/api/workers/${workers.a}/labs/${randomUUID()}/start`, {}, 'manager').then(expectStatus(404));
      expect(unknown.body.code).toBe('LAB.NOT_FOUND');
      expect(unknown.body.detail).toContain(`Worker a-${run} has no lab`);
      const malformed = await api.post(`/api/workers/${workers.a}/labs/${encodeURIComponent('no such lab!')}/stop`, {}, 'manager').then(expectStatus(404));
      expect(malformed.body.code).toBe('LAB.NOT_FOUND');
      await api.get(`/api/workers/${workers.a}/labs/${randomUUID()}`).then(expectStatus(404));
    });

    it('marks a record removed when an action finds its lab gone from the controller', async () => {
      const doomed = controller('cml-a').addLab({ title: `Doomed ${run}`, nodes: 1 });
      await api.post(`/api/workers/${workers.a}/labs/sync`, {}, 'manager').then(expectStatus(200));
      controller('cml-a').deleteLab(doomed.id);
      const res = await api.post(`/api/workers/${workers.a}/labs/${doomed.id}/start`, {}, 'manager').then(expectStatus(404));
      expect(res.body.code).toBe('LAB.NOT_FOUND');
      const record = await api.get(`/api/workers/${workers.a}/labs/${doomed.id}`).then(expectStatus(200));
      expect(record.body.presence).toBe('removed');
    });
  });

  describe('delete', () => {
    it('stops and wipes a started lab first, then deletes it; the record stays, marked deleted', async () => {
      const cml = controller('cml-a');
      cml.startLab(labs.ospf, admin('cml-a'));
      cml.resetRequests();
      const res = await api.delete(`/api/workers/${workers.a}/labs/${labs.ospf}`, 'admin').then(expectStatus(200));
      expect(res.body).toMatchObject({ labId: labs.ospf, presence: 'deleted', state: 'DEFINED_ON_CORE', deletedBy: { name: 'cml-automation-admin' } });
      expect(res.body.stateHistory.slice(-2).map((h: { to: string; trigger: string }) => `${h.to}/${h.trigger}`)).toEqual(['STOPPED/user', 'DEFINED_ON_CORE/user']);
      const writes = cml.requests().filter((r) => r.method !== 'GET' && r.method !== 'POST');
      expect(writes.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual(['PUT /labs/{lab_id}/stop 204', 'PUT /labs/{lab_id}/wipe 204', 'DELETE /labs/{lab_id} 204']);
      expect(cml.labIds()).not.toContain(labs.ospf);

      const listed = await api.get(`/api/workers/${workers.a}/labs`).then(expectStatus(200));
      expect(listed.body.items.map((l: LabItem) => l.labId)).not.toContain(labs.ospf);
      const gone = await api.get(`/api/workers/${workers.a}/labs?includeGone=true&q=OSPF`).then(expectStatus(200));
      expect(gone.body.items).toEqual([expect.objectContaining({ labId: labs.ospf, presence: 'deleted' })]);
      const deleted = await eventually(async () => (await labEvents({ type: 'lab.deleted', 'data.labId': labs.ospf }))[0]);
      expect(deleted).toMatchObject({ actor: { name: 'cml-automation-admin' }, data: { stopped: true, wiped: true, title: `OSPF ${run}` } });
    });

    it('deletes a wiped lab at once', async () => {
      controller('cml-a').resetRequests();
      await api.delete(`/api/workers/${workers.a}/labs/${labs.bgp}`, 'admin').then(expectStatus(200));
      expect(controller('cml-a').requestCount('PUT /labs/{lab_id}/stop') + controller('cml-a').requestCount('PUT /labs/{lab_id}/wipe')).toBe(0);
      const events = await eventually(async () => (await labEvents({ type: 'lab.deleted', 'data.labId': labs.bgp }))[0]);
      expect(events.data).toMatchObject({ stopped: false, wiped: false });
    });

    it('answers 404 for a lab that is not there (any more)', async () => {
      const res = await api.delete(`/api/workers/${workers.a}/labs/${labs.bgp}`, 'admin').then(expectStatus(404));
      expect(res.body.code).toBe('LAB.NOT_FOUND');
    });
  });

  describe('download', () => {
    it('answers the topology as a YAML attachment named after the lab', async () => {
      const res = await request(t.url)
        .get(`/api/workers/${workers.b}/labs/${labs.legacy}/download`)
        .auth(token('manager'), { type: 'bearer' })
        .buffer(true)
        .parse((r, done) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (body += c));
          r.on('end', () => done(null, body));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/x-yaml; charset=utf-8');
      expect(res.headers['content-disposition']).toContain(`attachment; filename="Legacy ${run}.yaml"`);
      const doc = parseYaml(res.body as string) as { lab: { title: string }; nodes: unknown[] };
      expect(doc.lab.title).toBe(`Legacy ${run}`);
      expect(doc.nodes).toHaveLength(3);
    });

    it('answers 404 for an unknown lab', async () => {
      const res = await api.get(`/api/workers/${workers.b}/labs/${randomUUID()}/download`, 'manager').then(expectStatus(404));
      expect(res.body.code).toBe('LAB.NOT_FOUND');
    });
  });

  describe('upload', () => {
    it('creates a lab from a multipart upload (manager): 201 with the record, as lab.imported', async () => {
      const req = upload(workers.a);
      const res = await req.attach('file', Buffer.from(topology(`Uploaded ${run}`)), 'uploaded.yaml').then(expectStatus(201));
      expect(res.body).toMatchObject({ workerId: workers.a, title: `Uploaded ${run}`, state: 'DEFINED_ON_CORE', nodeCount: 2, linkCount: 1, presence: 'present', importedBy: { name: 'cml-automation-manager' } });
      expect(res.body.description).toBe('uploaded by the labs e2e suite');
      expect(controller('cml-a').labIds()).toContain(res.body.labId);
      const events = await eventually(async () => {
        const found = await labEvents({ 'data.labId': res.body.labId });
        return found.length > 0 && found;
      });
      expect(events.map((e) => e.type)).toEqual(['lab.imported']);
      expect(events[0].data).toMatchObject({ filename: 'uploaded.yaml', title: `Uploaded ${run}` });
      const sync = await api.post(`/api/workers/${workers.a}/labs/sync`, {}, 'manager').then(expectStatus(200));
      expect(sync.body.created).toBe(0);
    });

    it.each(['application/x-yaml', 'text/yaml', 'application/yaml'])('creates a lab from a raw %s body, with a title of its own', async (type) => {
      const req = upload(workers.a, 'manager', `?title=${encodeURIComponent(`Raw ${type} ${run}`.slice(0, 64))}`);
      const res = await req.set('Content-Type', type).send(topology('ignored')).then(expectStatus(201));
      expect(res.body.title).toBe(`Raw ${type} ${run}`.slice(0, 64));
    });

    it('round-trips: a downloaded topology uploads again as a copy', async () => {
      const downloaded = await request(t.url)
        .get(`/api/workers/${workers.b}/labs/${labs.legacy}/download`)
        .auth(token('manager'), { type: 'bearer' })
        .buffer(true)
        .parse((r, done) => {
          let body = '';
          r.on('data', (c: Buffer) => (body += c.toString('utf8')));
          r.on('end', () => done(null, body));
        });
      const req = upload(workers.b, 'admin', '?title=Copy');
      const res = await req.set('Content-Type', 'application/x-yaml').send(downloaded.body as string).then(expectStatus(201));
      expect(res.body).toMatchObject({ title: 'Copy', nodeCount: 3, workerId: workers.b });
    });

    /** Nine levels of ten aliases each: a billion `lol`s once expanded. */
    const laughs = () => {
      const rows = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (const name of 'bcdefghij') rows.push(`${name}: &${name} [${Array(10).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
      return `${rows.join('\n')}\nlab: {version: 0.3.0}\nnodes: []\n`;
    };
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const invalid: [string, Buffer, string, string][] = [
      ['an empty file', Buffer.alloc(0), 'LAB.TOPOLOGY_EMPTY', 'empty'],
      ['a binary file', binary, 'LAB.TOPOLOGY_NOT_TEXT', 'binary'],
      ['broken YAML', Buffer.from('lab: {version: 0.3.0}\nnodes: [\n  {id: n0\n'), 'LAB.TOPOLOGY_NOT_YAML', '(line 4, column'],
      ['YAML without nodes', Buffer.from('lab:\n  title: nothing\n  version: 0.3.0\n'), 'LAB.TOPOLOGY_INVALID', 'has no `nodes` section'],
      ['a YAML list', Buffer.from('- a\n- b\n'), 'LAB.TOPOLOGY_INVALID', 'must be a YAML mapping'],
      // Pathological YAML: each of these is a 400 naming the problem, never a 500 (the block lists overflowed the stack: a 500).
      ['10,000 nested lists', Buffer.from(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'LAB.TOPOLOGY_TOO_DEEP', 'more than 64 levels deep'],
      ['10,000 nested mappings', Buffer.from(`${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`), 'LAB.TOPOLOGY_TOO_DEEP', 'more than 64 levels deep'],
      ['10,000 nested block lists, then a key back at the top', Buffer.from(`lab: {}\nnodes:\n  ${'- '.repeat(10_000)}x\nlinks: []\n`), 'LAB.TOPOLOGY_TOO_DEEP', '(line 3, column'],
      ['an alias bomb (billion laughs)', Buffer.from(laughs()), 'LAB.TOPOLOGY_TOO_COMPLEX', 'an alias bomb'],
      ['a topology that contains itself', Buffer.from('lab: &lab {version: 0.3.0, again: *lab}\nnodes: []\n'), 'LAB.TOPOLOGY_INVALID', 'contain itself'],
    ];
    it.each(invalid.map(([what, content, code, fragment]) => ({ what, content, code, fragment })))('refuses $what with 400 $code, as multipart and as a raw body, and creates nothing', async ({ content, code, fragment }) => {
      const before = controller('cml-a').labIds().length;
      const importsBefore = (await labEvents({ type: 'lab.imported' })).length;
      const multipart = await upload(workers.a).attach('file', content, 'lab.yaml').then(expectStatus(400));
      expect(multipart.body.code).toBe(code);
      expect(multipart.body.detail).toContain(fragment);
      const raw = await upload(workers.a).set('Content-Type', 'application/x-yaml').send(content).then(expectStatus(400));
      expect(raw.body.code).toBe(code);
      expect(controller('cml-a').labIds()).toHaveLength(before);
      expect(await labEvents({ type: 'lab.imported' })).toHaveLength(importsBefore);
    });

    it('refuses a topology over LAB_UPLOAD_MAX_BYTES with 413, as multipart and as a raw body', async () => {
      const big = Buffer.from(`${topology(`Big ${run}`)}# ${'x'.repeat(UPLOAD_LIMIT)}\n`);
      const multipart = await upload(workers.a).attach('file', big, 'big.yaml').then(expectStatus(413));
      expect(multipart.body).toMatchObject({ code: 'LAB.UPLOAD_TOO_LARGE', status: 413 });
      expect(multipart.body.detail).toContain(`${UPLOAD_LIMIT} bytes`);
      const raw = await upload(workers.a).set('Content-Type', 'text/yaml').send(big).then(expectStatus(413));
      expect(raw.body.code).toBe('LAB.UPLOAD_TOO_LARGE');
    });

    it('refuses other media types (415) and a form without the file field (400)', async () => {
      const json = await upload(workers.a).send({ lab: {}, nodes: [] }).then(expectStatus(415));
      expect(json.body.code).toBe('LAB.UPLOAD_MEDIA_TYPE');
      expect(json.body.detail).toContain('multipart/form-data');
      const noFile = await upload(workers.a).field('topology', 'lab: {}').then(expectStatus(400));
      expect(noFile.body.code).toBe('LAB.UPLOAD_NO_FILE');
      const wrongField = await upload(workers.a).attach('topology', Buffer.from(topology('x')), 'x.yaml').then(expectStatus(400));
      expect(wrongField.body.code).toBe('LAB.UPLOAD_FIELDS');
    });

    it('answers a topology CML refuses with 422 and CML’s reason', async () => {
      const refused = topology(`Refused ${run}`).replace('version: 0.3.0', 'version: 9.9.9');
      const res = await upload(workers.a).set('Content-Type', 'application/x-yaml').send(refused).then(expectStatus(422));
      expect(res.body.code).toBe('LAB.TOPOLOGY_REFUSED');
      expect(res.body.detail).toContain('lab.version must be one of');
    });

    it('checks the file before the worker: a bad file on a stopped worker is 400, a good one 409', async () => {
      const bad = await upload(workers.down).set('Content-Type', 'application/x-yaml').send('').then(expectStatus(400));
      expect(bad.body.code).toBe('LAB.TOPOLOGY_EMPTY');
      const good = await upload(workers.down).set('Content-Type', 'application/x-yaml').send(topology('x')).then(expectStatus(409));
      expect(good.body.code).toBe('LAB.WORKER_NOT_RUNNING');
    });
  });

  describe('node and image definitions', () => {
    it('lists node definitions in a trimmed shape, with their images', async () => {
      const res = await api.get(`/api/workers/${workers.a}/node-definitions`, 'manager').then(expectStatus(200));
      const iosv = res.body.find((d: { id: string }) => d.id === 'iosv');
      expect(iosv).toEqual({
        id: 'iosv',
        label: 'IOSv',
        description: 'Cisco IOSv router',
        nature: 'router',
        ramMb: 512,
        cpus: 1,
        interfaces: ['GigabitEthernet0/0', 'GigabitEthernet0/1', 'GigabitEthernet0/2', 'GigabitEthernet0/3'],
        imageDefinitions: ['iosv-159-3-m8'],
      });
      const unmanaged = res.body.find((d: { id: string }) => d.id === 'unmanaged_switch');
      expect(unmanaged).toMatchObject({ nature: 'switch', imageDefinitions: [] });
      expect(unmanaged.ramMb).toBeUndefined();
    });

    it("lists the controller's compute hosts (CML /system/compute_hosts) for a manager", async () => {
      const res = await api.get(`/api/workers/${workers.a}/compute-hosts`, 'manager').then(expectStatus(200));
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body[0]).toMatchObject({ isConnector: true, isSimulator: true, admissionState: 'READY', connected: true, synced: true, serverAddress: '192.168.255.1' });
      expect(typeof res.body[0].hostname).toBe('string');
      expect(res.body[0].totalNodes).toBeGreaterThanOrEqual(res.body[0].runningNodes);
      await api.get(`/api/workers/${workers.a}/compute-hosts`, 'user').then(expectStatus(403));
      const down = await api.get(`/api/workers/${workers.down}/compute-hosts`, 'manager').then(expectStatus(409));
      expect(down.body.code).toBe('LAB.WORKER_NOT_RUNNING');
    });

    it('lists image definitions', async () => {
      const res = await api.get(`/api/workers/${workers.a}/image-definitions`, 'manager').then(expectStatus(200));
      expect(res.body).toContainEqual({ id: 'iosv-159-3-m8', nodeDefinitionId: 'iosv', label: 'IOSv 15.9(3)M8', diskImage: 'vios-adventerprisek9-m.spa.159-3.m8.qcow2', readOnly: true });
    });
  });

  describe('controller-backed reads are throttled per worker', () => {
    let held: TestApp;
    let heldApi: Api;
    beforeAll(async () => {
      held = await startTestApp('labs-throttled', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', LAB_SYNC_MIN_INTERVAL_SECONDS: '3600', LAB_CONTROLLER_READS_PER_MINUTE: '2' }, { mongoUri: t.mongoUri });
      heldApi = new Api(held.url);
    });
    afterAll(async () => {
      await held?.close();
    });

    it('answers a second sync of a worker within LAB_SYNC_MIN_INTERVAL_SECONDS with 429 and Retry-After, whoever asks', async () => {
      await heldApi.post(`/api/workers/${workers.b}/labs/sync`, {}, 'manager').then(expectStatus(200));
      const again = await heldApi.post(`/api/workers/${workers.b}/labs/sync`, {}, 'admin').then(expectStatus(429));
      expect(again.body).toMatchObject({ code: 'LAB.SYNC_THROTTLED', details: { workerId: workers.b } });
      expect(again.body.detail).toContain('LAB_SYNC_MIN_INTERVAL_SECONDS');
      expect(Number(again.headers['retry-after'])).toBeGreaterThan(3500);
    });

    it('answers topology downloads and definition reads of a worker beyond LAB_CONTROLLER_READS_PER_MINUTE with 429 and Retry-After', async () => {
      await heldApi.get(`/api/workers/${workers.a}/node-definitions`, 'manager').then(expectStatus(200));
      await heldApi.get(`/api/workers/${workers.a}/image-definitions`, 'manager').then(expectStatus(200));
      const refused = await heldApi.get(`/api/workers/${workers.a}/node-definitions`, 'manager').then(expectStatus(429));
      expect(refused.body).toMatchObject({ code: 'LAB.CONTROLLER_READS_THROTTLED', details: { perMinute: 2 } });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      const download = await request(held.url).get(`/api/workers/${workers.a}/labs/${labs.empty}/download`).auth(token('manager'), { type: 'bearer' });
      expect(download.status).toBe(429);
      // Another worker's controller has its own budget.
      await heldApi.get(`/api/workers/${workers.b}/node-definitions`, 'manager').then(expectStatus(200));
    });
  });

  describe('refusals when the worker or its controller is not usable', () => {
    it.each([
      ['POST', 'labs/sync', 'manager'],
      ['POST', `labs/{lab}/start`, 'manager'],
      ['DELETE', `labs/{lab}`, 'admin'],
      ['GET', `labs/{lab}/download`, 'manager'],
      ['GET', 'node-definitions', 'manager'],
      ['GET', 'image-definitions', 'manager'],
    ] as [string, string, Role][])('%s %s on a stopped worker: 409 LAB.WORKER_NOT_RUNNING naming the status', async (method, path, role) => {
      const url = `/api/workers/${workers.down}/${path.replace('{lab}', randomUUID())}`;
      const res = await (method === 'GET' ? api.get(url, role) : method === 'DELETE' ? api.delete(url, role) : api.post(url, {}, role)).then(expectStatus(409));
      expect(res.body.code).toBe('LAB.WORKER_NOT_RUNNING');
      expect(res.body.detail).toBe(`Worker down-${run} is stopped; labs can only be managed while it is running.`);
      expect(res.body.details).toEqual({ workerId: workers.down, status: 'stopped' });
    });

    it('still lists the records of a stopped worker (no controller call)', async () => {
      await api.get(`/api/workers/${workers.down}/labs`).then(expectStatus(200));
    });

    describe('with a short CML timeout', () => {
      let fast: TestApp;
      let fastApi: Api;
      beforeAll(async () => {
        fast = await startTestApp('labs-faults', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', CML_TIMEOUT_MS: '500', CML_READ_RETRIES: '0', CML_BREAKER_FAILURES: '2', LAB_SYNC_MIN_INTERVAL_SECONDS: '0' }, { mongoUri: t.mongoUri });
        fastApi = new Api(fast.url);
        await fastApi.post(`/api/workers/${workers.faulty}/labs/sync`, {}, 'manager').then(expectStatus(200));
      });
      afterEach(() => controller('cml-faulty').setFaults({}));
      afterAll(async () => {
        await fast?.close();
      });

      it('answers a hung controller with 409 LAB.CONTROLLER_UNAVAILABLE within its timeout, then fails fast once the circuit opens', async () => {
        controller('cml-faulty').setFaults({ hang: true });
        const started = Date.now();
        const res = await fastApi.post(`/api/workers/${workers.faulty}/labs/sync`, {}, 'manager').then(expectStatus(409));
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(res.body).toMatchObject({ code: 'LAB.CONTROLLER_UNAVAILABLE', details: { workerId: workers.faulty, reason: 'CML.TIMEOUT' } });
        expect(res.body.detail).toContain(`The CML controller of worker faulty-${run} is unavailable`);
        const action = await fastApi.post(`/api/workers/${workers.faulty}/labs/${labs.fragile}/start`, {}, 'manager').then(expectStatus(409));
        expect(action.body.details.reason).toBe('CML.TIMEOUT');
        const quick = Date.now();
        const open = await fastApi.get(`/api/workers/${workers.faulty}/node-definitions`, 'manager').then(expectStatus(409));
        expect(open.body.details.reason).toBe('CML.CIRCUIT_OPEN');
        expect(Date.now() - quick).toBeLessThan(400);
        // Nothing was recorded from a controller that did not answer.
        const record = await fastApi.get(`/api/workers/${workers.faulty}/labs/${labs.fragile}`).then(expectStatus(200));
        expect(record.body).toMatchObject({ state: 'DEFINED_ON_CORE', presence: 'present' });
      });
    });

    it.each([
      [{ booting: 'bad-gateway' as const }, 'CML.BOOTING'],
      [{ unreachable: true }, 'CML.UNREACHABLE'],
    ])('answers a controller with %j with 409 naming %s', async (faults, reason) => {
      controller('cml-b').setFaults(faults);
      try {
        const res = await api.post(`/api/workers/${workers.b}/labs/sync`, {}, 'manager').then(expectStatus(409));
        expect(res.body).toMatchObject({ code: 'LAB.CONTROLLER_UNAVAILABLE', details: { reason } });
      } finally {
        controller('cml-b').setFaults({});
      }
    });

    it('passes on CML’s refusal to start a lab while the controller is not ready', async () => {
      controller('cml-b').setFaults({ booting: 'not-ready' });
      try {
        controller('cml-b').stopLab(labs.legacy, admin('cml-b'));
        const res = await api.post(`/api/workers/${workers.b}/labs/${labs.legacy}/start`, {}, 'manager').then(expectStatus(409));
        expect(res.body.code).toBe('LAB.REFUSED_BY_CML');
        expect(res.body.detail).toContain('no compute host is ready');
      } finally {
        controller('cml-b').setFaults({});
      }
    });
  });

  describe('fleet-wide list', () => {
    beforeAll(async () => {
      await api.post(`/api/workers/${workers.b}/labs/sync`, {}, 'manager').then(expectStatus(200));
    });

    it('lists present labs of every worker, each naming its worker', async () => {
      const res = await api.get(`/api/labs?q=${run}&pageSize=100`).then(expectStatus(200));
      const byWorker = new Map<string, string[]>();
      for (const item of res.body.items as LabItem[]) byWorker.set(item.workerName!, [...(byWorker.get(item.workerName!) ?? []), item.title]);
      expect([...byWorker.keys()].sort()).toEqual([`a-${run}`, `b-${run}`, `faulty-${run}`].sort());
      expect(res.body.items.every((i: LabItem) => i.presence === 'present' && i.stateHistory === undefined)).toBe(true);
    });

    it('filters by worker, state, owner and title', async () => {
      const ofB = await api.get(`/api/labs?workerId=${workers.b}`).then(expectStatus(200));
      expect(ofB.body.items.every((i: LabItem) => i.workerId === workers.b)).toBe(true);
      expect(ofB.body.total).toBe(2);
      const started = await api.get(`/api/labs?state=STARTED`).then(expectStatus(200));
      expect(started.body.items.map((i: LabItem) => i.state)).toEqual(Array(started.body.total).fill('STARTED'));
      expect(started.body.total).toBeGreaterThanOrEqual(1);
      const both = await api.get(`/api/labs?state=STARTED,DEFINED_ON_CORE`).then(expectStatus(200));
      expect(both.body.total).toBeGreaterThan(started.body.total);
      const bob = await api.get(`/api/labs?owner=bob`).then(expectStatus(200));
      expect(bob.body.items.map((i: LabItem) => i.title)).toEqual([`Extra ${run}`]);
      const search = await api.get(`/api/labs?q=${encodeURIComponent('legacy ')}`).then(expectStatus(200));
      expect(search.body.items.map((i: LabItem) => i.labId)).toEqual([labs.legacy]);
      const gone = await api.get(`/api/labs?includeGone=true&q=${run}&pageSize=100`).then(expectStatus(200));
      expect(gone.body.items.map((i: LabItem) => i.presence).sort()).toEqual(expect.arrayContaining(['deleted', 'removed']));
    });

    it('sorts and pages in the database', async () => {
      const all = await api.get(`/api/labs?q=${run}&sort=-title&pageSize=100`).then(expectStatus(200));
      const titles = all.body.items.map((i: LabItem) => i.title);
      expect(titles).toEqual([...titles].sort().reverse());
      const page1 = await api.get(`/api/labs?q=${run}&sort=-title&pageSize=2&page=1`).then(expectStatus(200));
      const page2 = await api.get(`/api/labs?q=${run}&sort=-title&pageSize=2&page=2`).then(expectStatus(200));
      expect(page1.body).toMatchObject({ total: all.body.total, page: 1, pageSize: 2 });
      expect([...page1.body.items, ...page2.body.items].map((i: LabItem) => i.title)).toEqual(titles.slice(0, 4));
    });

    it.each([
      ['pageSize=0', 'pageSize must be between 1 and 500'],
      ['page=0', 'page must be 1 or more'],
      ['page=401', 'page × pageSize must be at most 10000 items: with pageSize 25 the last page is 400'],
      ['state=started', 'state must be CML lab states'],
      ['sort=price', 'sort must be one of'],
      ['workerId=nope', 'workerId must be a worker id'],
      ['includeGone=maybe', 'includeGone must be true or false'],
    ])('refuses %s with a field message', async (query, message) => {
      const res = await api.get(`/api/labs?${query}`).then(expectStatus(400));
      expect(res.body.code).toBe('REQUEST.INVALID');
      expect(res.body.errors[0].messages[0]).toContain(message);
    });
  });

  describe('OpenAPI', () => {
    it('documents every labs route with its responses and problem schemas', async () => {
      const doc = (await api.get('/api/docs-json')).body as { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: { content: Record<string, unknown> } }>> };
      const upload = doc.paths['/api/workers/{id}/labs'].post;
      expect(Object.keys(upload.requestBody!.content)).toEqual(expect.arrayContaining(['multipart/form-data', 'application/x-yaml', 'text/yaml']));
      expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '415', '422']));
      expect(Object.keys(doc.paths['/api/workers/{id}/labs/{labId}'].delete.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409']));
      expect(Object.keys(doc.paths['/api/workers/{id}/labs/{labId}/download'].get.responses['200'] as object)).toContain('content');
      expect(doc.paths['/api/labs'].get).toBeDefined();
    });
  });

  it('stored every document as its collection’s schema declares it (the writes above included)', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
