import { DescribeInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { MongoClient } from 'mongodb';
import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';

const REGION = 'us-east-1';

/** The workers API end to end: the app against moto, MongoDB, Redis and Keycloak tokens. */
describe('workers API', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  let amiName: string;
  let amiId: string;
  let instances: string[];

  beforeAll(async () => {
    t = await startTestApp('workers', { WORKER_REFRESH_MIN_INTERVAL_SECONDS: '3', WORKER_PROVISION_POLL_SECONDS: '1' });
    api = new Api(t.url);
    run = uniqueRunId('wk');
    amiName = `cml-${run}`;
    amiId = await createNamedAmi(REGION, amiName, 'CML 2.9 test image');
    instances = await launchInstances(REGION, { count: 4, imageId: amiId, tags: { Name: `lab-${run}`, team: 'blue' }, separateReservations: true });
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  describe('discovery and import', () => {
    it('discovers the AMI’s instances, unmanaged and importable', async () => {
      const res = await api.get(`/api/workers/discovery?region=${REGION}&amiName=${amiName}`, 'admin').then(expectStatus(200));
      const ours = res.body.filter((i: { instanceId: string }) => instances.includes(i.instanceId));
      expect(ours).toHaveLength(4);
      expect(ours[0]).toMatchObject({ managed: false, importable: true, amiId, amiName, state: 'running', name: `lab-${run}` });
      const two = await api.get(`/api/workers/discovery?region=${REGION}&amiName=${amiName}&amiId=${amiId}`, 'admin').then(expectStatus(400));
      expect(two.body).toMatchObject({ code: 'IMPORT.CRITERIA', detail: 'Give at most one of instanceId, amiId or amiName.' });
    });

    it('tells an AMI without instances apart from no AMI at all', async () => {
      const found = await api.get(`/api/workers/discovery/images?region=${REGION}&amiName=${amiName}`, 'admin').then(expectStatus(200));
      expect(found.body).toEqual([expect.objectContaining({ imageId: amiId, name: amiName })]);
      const none = await api.get(`/api/workers/discovery/images?region=${REGION}&amiName=no-such-${run}*`, 'admin').then(expectStatus(200));
      expect(none.body).toEqual([]);
      const bad = await api.get(`/api/workers/discovery/images?region=${REGION}`, 'admin').then(expectStatus(400));
      expect(bad.body.detail).toBe('Give exactly one of amiId or amiName.');
    });

    it('previews a bulk import without writing anything', async () => {
      const res = await api.post('/api/workers/import', { region: REGION, amiName, all: true, dryRun: true }).then(expectStatus(200));
      expect(res.body).toMatchObject({ dryRun: true, totalFound: 4, skipped: [] });
      expect(res.body.imported).toHaveLength(4);
      expect(res.body.imported[0].workerId).toBeUndefined();
      const list = await api.get(`/api/workers?q=${run}`).then(expectStatus(200));
      expect(list.body.total).toBe(0);
    });

    it('imports one instance by id: 201, named from its Name tag, recorded with who did it', async () => {
      const res = await api.post('/api/workers/import', { region: REGION, instanceId: instances[0] }).then(expectStatus(201));
      expect(res.body).toMatchObject({ name: `lab-${run}`, region: REGION, instanceId: instances[0], status: 'running', managed: true, ami: { id: amiId, name: amiName } });
      expect(res.body.lifecycle.importedBy).toMatchObject({ kind: 'service', name: 'cml-automation-admin' });
      expect(res.body.endpoint).toMatch(/^https:\/\//);
      const timeline = await api.get(`/api/workers/${res.body.id}/events`).then(expectStatus(200));
      expect(timeline.body.items[0]).toMatchObject({ type: 'worker.imported', actor: { name: 'cml-automation-admin' }, data: { instanceId: instances[0], source: 'api' } });
    });

    it('refuses to import it again with 409 naming the worker', async () => {
      const res = await api.post('/api/workers/import', { region: REGION, instanceId: instances[0], name: 'again' }).then(expectStatus(409));
      expect(res.body.code).toBe('IMPORT.ALREADY_REGISTERED');
      expect(res.body.detail).toContain(`lab-${run}`);
    });

    it('never imports a terminated instance', async () => {
      await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: [instances[3]] }));
      const res = await api.post('/api/workers/import', { region: REGION, instanceId: instances[3] }).then(expectStatus(409));
      expect(res.body.code).toBe('IMPORT.INSTANCE_TERMINATED');
    });

    it('imports the rest by AMI name, skipping the managed and the terminated ones', async () => {
      const res = await api.post('/api/workers/import', { region: REGION, amiName, all: true }).then(expectStatus(200));
      expect(res.body.totalFound).toBe(4);
      expect(res.body.failed).toEqual([]);
      expect(res.body.imported.map((i: { instanceId: string }) => i.instanceId).sort()).toEqual([instances[1], instances[2]].sort());
      expect(res.body.skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ instanceId: instances[0], reason: `already managed as worker lab-${run}` }),
          expect.objectContaining({ instanceId: instances[3], reason: 'instance is terminated' }),
        ]),
      );
    });

    it('answers a single import by AMI with nothing left to import as 404, listing why', async () => {
      const res = await api.post('/api/workers/import', { region: REGION, amiId }).then(expectStatus(404));
      expect(res.body.code).toBe('IMPORT.NO_IMPORTABLE_INSTANCE');
      expect(res.body.details.skipped).toHaveLength(4);
    });

    it.each([
      [{ region: REGION, instanceId: 'i-0000000000000dead' }, 404, 'IMPORT.INSTANCE_NOT_FOUND'],
      [{ region: REGION, instanceId: 'i-nothex' }, 400, 'REQUEST.INVALID'],
      [{ region: 'mars-north-1', instanceId: instances?.[0] ?? 'i-0000000000000dead' }, 400, 'REQUEST.INVALID'],
      [{ region: 'eu-west-3', instanceId: 'i-0000000000000dead' }, 400, 'WORKER.REGION_NOT_MANAGED'],
      [{ region: REGION }, 400, 'IMPORT.CRITERIA'],
      [{ region: REGION, instanceId: 'i-0000000000000dead', amiId: 'ami-00000000' }, 400, 'IMPORT.CRITERIA'],
      [{ region: REGION, instanceId: 'i-0000000000000dead', all: true }, 400, 'IMPORT.CRITERIA'],
      [{ region: REGION, amiName: 'no-such-ami-anywhere-*' }, 404, 'IMPORT.NO_MATCHING_AMI'],
      [{ region: REGION, instanceId: 'i-0000000000000dead', surprise: 1 }, 400, 'REQUEST.INVALID'],
    ])('refuses %j with %i %s', async (body, status, code) => {
      const res = await api.post('/api/workers/import', body).then(expectStatus(status));
      expect(res.body.code).toBe(code);
      expect(res.body.detail.length).toBeGreaterThan(10);
    });

    it('keeps the earlier product’s import route working (deprecated)', async () => {
      const [extra] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `legacy-${run}` } });
      const res = await api.post(`/api/workers/region/${REGION}/workers/import`, { aws_instance_id: extra }).then(expectStatus(200));
      expect(res.body).toMatchObject({ aws_instance_id: extra, aws_region: REGION, instance_name: `legacy-${run}`, security_group_ids: [], subnet_id: '' });
      const bulk = await api.post(`/api/workers/region/${REGION}/workers/import`, { ami_name: amiName, import_all: true }).then(expectStatus(200));
      expect(bulk.body).toMatchObject({ total_imported: 0, total_found: 5, total_skipped: 5 });
      const doc = await api.get('/api/docs-json');
      expect(doc.body.paths[`/api/workers/region/{region}/workers/import`].post.deprecated).toBe(true);
    });
  });

  describe('listing', () => {
    it('filters, searches, sorts and pages in the database, with fleet totals', async () => {
      const res = await api.get(`/api/workers?q=${run}&sort=-name&pageSize=2&page=1`).then(expectStatus(200));
      expect(res.body.total).toBe(4);
      expect(res.body.items).toHaveLength(2);
      expect(res.body.items[0].name >= res.body.items[1].name).toBe(true);
      expect(res.body.summary.billable).toBeGreaterThanOrEqual(4);
      const page2 = await api.get(`/api/workers?q=${run}&sort=-name&pageSize=2&page=2`).then(expectStatus(200));
      expect(page2.body.items.map((w: { id: string }) => w.id)).not.toContain(res.body.items[0].id);
      const stopped = await api.get(`/api/workers?q=${run}&status=stopped`).then(expectStatus(200));
      expect(stopped.body.total).toBe(0);
    });

    it.each([
      ['pageSize=0', 'pageSize must be between 1 and 500'],
      ['pageSize=501', 'pageSize must be between 1 and 500'],
      ['page=401', 'page × pageSize must be at most 10000 items: with pageSize 25 the last page is 400'],
      ['page=21&pageSize=500', 'with pageSize 500 the last page is 20'],
      ['status=sleeping', 'status must be one of'],
      ['sort=price', 'sort must be one of'],
      ['region=moon', 'region must be an AWS region'],
      ['include=labs', 'include must be one or more of actions, cost, comma-separated'],
    ])('refuses %s with a field message', async (query, message) => {
      const res = await api.get(`/api/workers?${query}`).then(expectStatus(400));
      expect(res.body.errors[0].messages[0]).toContain(message);
    });

    it('answers the last page within 10000 items of a timeline, and refuses one beyond with the bound', async () => {
      const id = (await api.get(`/api/workers?q=${run}&pageSize=1`)).body.items[0].id as string;
      const last = await api.get(`/api/workers/${id}/events?page=50&pageSize=200`).then(expectStatus(200));
      expect(last.body).toMatchObject({ items: [], page: 50, pageSize: 200 });
      const deep = await api.get(`/api/workers/${id}/events?page=100000&pageSize=200`).then(expectStatus(400));
      expect(deep.body.code).toBe('REQUEST.INVALID');
      expect(deep.body.errors).toEqual([{ field: 'page', messages: [expect.stringContaining('page × pageSize must be at most 10000 items: with pageSize 200 the last page is 50')] }]);
    });

    it('has an index for the region filter in the list’s default order', async () => {
      const mongo = await new MongoClient(t.mongoUri).connect();
      try {
        const keys = (await mongo.db().collection('workers').listIndexes().toArray()).map((i) => JSON.stringify(i.key));
        expect(keys).toContain(JSON.stringify({ managed: 1, region: 1, name: 1 }));
      } finally {
        await mongo.close();
      }
    });

    it('shows terminated workers to admins only', async () => {
      await api.get('/api/workers?includeTerminated=true', 'user').then(expectStatus(403));
      await api.get('/api/workers?includeTerminated=true', 'admin').then(expectStatus(200));
    });

    it('answers 404 for an unknown or malformed worker id', async () => {
      const unknown = await api.get('/api/workers/0193b2c4-0000-7000-8000-000000000000').then(expectStatus(404));
      expect(unknown.body.code).toBe('WORKER.NOT_FOUND');
      await api.get('/api/workers/not-a-uuid').then(expectStatus(404));
      await api.get('/api/workers/0193b2c4-0000-7000-8000-000000000000/events').then(expectStatus(404));
    });
  });

  describe('lifecycle', () => {
    let id: string;
    beforeAll(async () => {
      const res = await api.get(`/api/workers?q=${instances[1]}`);
      id = res.body.items[0].id;
    });

    it('stops (manager): 202 and stopping; stopping again is a no-op that says so', async () => {
      const res = await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202));
      expect(res.body).toMatchObject({ changed: true, worker: { status: 'stopping' } });
      expect(res.body.worker.lifecycle.stopRequestedBy.name).toBe('cml-automation-manager');
      const again = await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(200));
      expect(again.body).toMatchObject({ changed: false, message: 'The worker is already stopping.' });
    });

    it('refreshes from EC2 (manager; a user may not), throttled per worker with 429 and Retry-After', async () => {
      await api.post(`/api/workers/${id}/refresh`, {}, 'user').then(expectStatus(403));
      const res = await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
      expect(res.body.status).toBe('stopped');
      expect(res.body.statusChecks).toBeDefined();
      const throttled = await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(429));
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled.body.code).toBe('WORKER.REFRESH_THROTTLED');
    });

    it('says on the worker what the caller may do now and why not: stopped, it offers start, not stop; a user is told the role it lacks', async () => {
      const asManager = await api.get(`/api/workers/${id}`, 'manager').then(expectStatus(200));
      expect(asManager.body.status).toBe('stopped');
      expect(asManager.body.actions).toMatchObject({
        start: { allowed: true },
        stop: { allowed: false, reason: 'The worker is already stopped.' },
        snooze: { allowed: false, reason: `Cannot snooze worker ${asManager.body.name} while it is stopped: only a running worker can be snoozed.` },
        terminate: { allowed: false, reason: 'This needs the admin role or a stronger one; you have manager.' },
      });
      expect(asManager.body.actions.start).not.toHaveProperty('reason');
      const asAdmin = await api.get(`/api/workers/${id}`, 'admin').then(expectStatus(200));
      expect(asAdmin.body.actions).toMatchObject({ terminate: { allowed: true }, editTags: { allowed: true }, unregister: { allowed: true } });
      const needsManager = { allowed: false, reason: 'This needs the manager role or a stronger one; you have user.' };
      const asUser = await api.get(`/api/workers/${id}`, 'user').then(expectStatus(200));
      expect(asUser.body.actions).toMatchObject({ start: needsManager, stop: needsManager, refresh: needsManager });
    });

    it('lists workers without their actions unless include=actions asks, and then as the single GET answers them', async () => {
      const plain = await api.get(`/api/workers?q=${instances[1]}`, 'user').then(expectStatus(200));
      expect(plain.body.items).toHaveLength(1);
      expect(plain.body.items[0]).not.toHaveProperty('actions');
      const withActions = await api.get(`/api/workers?q=${instances[1]}&include=actions`, 'user').then(expectStatus(200));
      const single = await api.get(`/api/workers/${id}`, 'user').then(expectStatus(200));
      expect(withActions.body.items[0].id).toBe(id);
      expect(withActions.body.items[0].actions).toEqual(single.body.actions);
      expect(withActions.body.items[0]).toMatchObject({ id, name: plain.body.items[0].name, status: plain.body.items[0].status, cml: {}, telemetry: {}, lifecycle: {} });
    });

    it('starts again (manager) and a user may not', async () => {
      await api.post(`/api/workers/${id}/start`, {}, 'user').then(expectStatus(403));
      const res = await api.post(`/api/workers/${id}/start`, {}, 'manager').then(expectStatus(202));
      expect(res.body.worker.status).toBe('pending');
    });

    it('edits tags by merging, reads them back from EC2, and protects the product’s keys', async () => {
      const res = await api.patch(`/api/workers/${id}/tags`, { set: { owner: 'net-team' }, remove: ['team'] }).then(expectStatus(200));
      expect(res.body.tags).toMatchObject({ owner: 'net-team', Name: `lab-${run}` });
      expect(res.body.tags.team).toBeUndefined();
      const ec2 = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [instances[1]] }));
      const tags = Object.fromEntries((ec2.Reservations?.[0].Instances?.[0].Tags ?? []).map((tag) => [tag.Key, tag.Value]));
      expect(tags).toMatchObject({ owner: 'net-team' });
      expect(tags.team).toBeUndefined();
      const refused = await api.patch(`/api/workers/${id}/tags`, { remove: ['ManagedBy'] }).then(expectStatus(400));
      expect(refused.body.detail).toContain('ManagedBy is managed by CML Cloud Manager');
      await api.patch(`/api/workers/${id}/tags`, { set: { x: 'y' } }, 'manager').then(expectStatus(403));
    });

    it('renames, overrides the CML endpoint and toggles idle detection (admin)', async () => {
      const res = await api.patch(`/api/workers/${id}`, { name: 'renamed-lab', endpoint: 'https://cml.example.test', idleDetectionEnabled: false }).then(expectStatus(200));
      expect(res.body).toMatchObject({ name: 'renamed-lab', endpoint: 'https://cml.example.test', endpointSource: 'override', idleDetectionEnabled: false });
      const bad = await api.patch(`/api/workers/${id}`, { endpoint: 'ftp://nope' }).then(expectStatus(400));
      expect(bad.body.code).toBe('WORKER.ENDPOINT_INVALID');
      const cleared = await api.patch(`/api/workers/${id}`, { endpoint: null }).then(expectStatus(200));
      expect(cleared.body.endpointSource).toBe('public-ip');
    });

    it('terminates (admin only), then refuses to start it, naming the status', async () => {
      await api.post(`/api/workers/${id}/terminate`, {}, 'manager').then(expectStatus(403));
      const res = await api.post(`/api/workers/${id}/terminate`, {}, 'admin').then(expectStatus(202));
      expect(res.body.worker.status).toBe('shutting-down');
      await new Promise((r) => setTimeout(r, 3100));
      await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
      const start = await api.post(`/api/workers/${id}/start`, {}, 'manager').then(expectStatus(409));
      expect(start.body.code).toBe('WORKER.INVALID_TRANSITION');
      expect(start.body.detail).toMatch(/terminated|shutting-down/);
      expect(start.body.details.status).toMatch(/terminated|shutting-down/);
    });

    it('keeps a full audit timeline, newest first, with who did each change', async () => {
      const res = await api.get(`/api/workers/${id}/events?pageSize=100`).then(expectStatus(200));
      const types = res.body.items.map((e: { type: string }) => e.type);
      expect(types[types.length - 1]).toBe('worker.imported');
      expect(types).toEqual(expect.arrayContaining(['worker.status-changed', 'worker.tags-changed', 'worker.renamed', 'worker.endpoint-changed', 'worker.idle-detection-changed']));
      const versions = res.body.items.map((e: { aggregateVersion: number }) => e.aggregateVersion);
      expect(versions).toEqual([...versions].sort((a: number, b: number) => b - a));
      const actors = new Set(res.body.items.map((e: { actor: { name: string } }) => e.actor.name));
      // People, and the stop's operation saying it ended.
      expect(actors).toEqual(new Set(['cml-automation-admin', 'cml-automation-manager', 'power-operations']));
    });
  });

  describe('unregister', () => {
    it('stops managing a worker, keeps its history, and lets the instance be imported again', async () => {
      const list = await api.get(`/api/workers?q=${instances[2]}`);
      const id = list.body.items[0].id;
      const res = await api.delete(`/api/workers/${id}`).then(expectStatus(200));
      expect(res.body).toMatchObject({ managed: false });
      expect(res.body.lifecycle.unregisteredBy.name).toBe('cml-automation-admin');
      await api.delete(`/api/workers/${id}`).then(expectStatus(409));
      const hidden = await api.get(`/api/workers?q=${instances[2]}`);
      expect(hidden.body.total).toBe(0);
      const timeline = await api.get(`/api/workers/${id}/events`).then(expectStatus(200));
      expect(timeline.body.items[0]).toMatchObject({ type: 'worker.unregistered', data: { terminateInstance: false } });
      const again = await api.post('/api/workers/import', { region: REGION, instanceId: instances[2] }).then(expectStatus(201));
      expect(again.body.id).not.toBe(id);
    });

    it('terminates the instance first when asked', async () => {
      const [extra] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `doomed-${run}` } });
      const imported = await api.post('/api/workers/import', { region: REGION, instanceId: extra }).then(expectStatus(201));
      const res = await api.delete(`/api/workers/${imported.body.id}?terminateInstance=true`).then(expectStatus(200));
      expect(res.body).toMatchObject({ managed: false, status: 'shutting-down' });
      const ec2 = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [extra] }));
      expect(['shutting-down', 'terminated']).toContain(ec2.Reservations?.[0].Instances?.[0].State?.Name);
    });
  });

  describe('provisioning', () => {
    it('answers 202 with a pending worker, then launches a tagged instance in the background', async () => {
      const res = await api.post('/api/workers', { name: `prov-${run}`, region: REGION, amiId, instanceType: 'c5.metal' }).then(expectStatus(202));
      expect(res.body).toMatchObject({ status: 'pending', name: `prov-${run}`, instanceType: 'c5.metal', ami: { id: amiId } });
      expect(res.body.lifecycle.createdBy.name).toBe('cml-automation-admin');
      const ready = await eventually(async () => {
        const w = await api.get(`/api/workers/${res.body.id}`);
        return w.body.instanceId && w.body.status === 'running' ? w.body : undefined;
      });
      const ec2 = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [ready.instanceId] }));
      const launched = ec2.Reservations?.[0].Instances?.[0];
      expect(launched?.InstanceType).toBe('c5.metal');
      const tags = Object.fromEntries((launched?.Tags ?? []).map((tag) => [tag.Key, tag.Value]));
      expect(tags).toMatchObject({ Name: `prov-${run}`, ManagedBy: 'cml-cloud-manager', 'cml-worker-id': res.body.id });
      const timeline = await api.get(`/api/workers/${res.body.id}/events`);
      expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(
        expect.arrayContaining(['worker.provisioning-requested', 'worker.instance-assigned', 'worker.status-changed']),
      );
      expect(timeline.body.items.find((e: { type: string }) => e.type === 'worker.provisioning-requested').data).toMatchObject({ instanceType: 'c5.metal', cmlSuitability: 'bare-metal' });
    });

    it('launches the default type, a bare-metal m5zn.metal, when none is given, and keeps the name trimmed', async () => {
      const res = await api.post('/api/workers', { name: `  default-${run}  `, region: REGION, amiId }).then(expectStatus(202));
      expect(res.body).toMatchObject({ name: `default-${run}`, instanceType: 'm5zn.metal' });
    });

    it('lists the instance types the region offers, bare metal first, with vCPUs, MiB, suitability and list price', async () => {
      const res = await api.get(`/api/workers/instance-types?region=${REGION}`, 'admin').then(expectStatus(200));
      const items: { instanceType: string; suitability: string; suitable: boolean; price: { usdPerHour: number } | null }[] = res.body.items;
      expect(res.body.region).toBe(REGION);
      expect(Date.parse(res.body.listedAt)).not.toBeNaN();
      const order = items.map((i) => i.suitability);
      expect(order.indexOf('unsuitable')).toBeGreaterThan(order.lastIndexOf('nested-virtualization'));
      expect(order.lastIndexOf('bare-metal')).toBeLessThan(order.indexOf('nested-virtualization'));
      const byName = new Map(items.map((i) => [i.instanceType, i]));
      expect(byName.get('m5zn.metal')).toMatchObject({
        vcpus: 48,
        memoryMiB: 196608,
        bareMetal: true,
        suitability: 'bare-metal',
        suitable: true,
        price: { usdPerHour: 3.9641, term: 'on-demand', operatingSystem: 'linux', source: 'https://aws.amazon.com/ec2/pricing/on-demand/' },
      });
      expect(byName.get('m8i.large')).toMatchObject({ bareMetal: false, nestedVirtualization: true, suitability: 'nested-virtualization', suitable: true, price: null });
      expect(byName.get('c5.2xlarge')).toMatchObject({ suitability: 'unsuitable', suitable: false, unsuitableReason: expect.stringContaining('neither bare metal'), price: { usdPerHour: 0.34 } });
      expect(byName.has('banana.huge')).toBe(false);
      await api.get(`/api/workers/instance-types?region=${REGION}`, 'manager').then(expectStatus(403));
      expect((await api.get('/api/workers/instance-types?region=eu-west-3', 'admin').then(expectStatus(400))).body.code).toBe('WORKER.REGION_NOT_MANAGED');
    });

    it('refuses an instance type the region does not offer with a 400 that names it and the picker, and launches nothing', async () => {
      const res = await api.post('/api/workers', { name: `banana-${run}`, region: REGION, amiId, instanceType: 'banana.huge' }).then(expectStatus(400));
      expect(res.body.code).toBe('WORKER.INSTANCE_TYPE_NOT_OFFERED');
      expect(res.body.detail).toContain('banana.huge is not offered in us-east-1');
      expect(res.body.detail).toContain(`GET /api/workers/instance-types?region=${REGION}`);
      const list = await api.get(`/api/workers?q=banana-${run}`).then(expectStatus(200));
      expect(list.body.total).toBe(0);
    });

    it('refuses a type that cannot run CML unless told to launch it anyway', async () => {
      const refused = await api.post('/api/workers', { name: `small-${run}`, region: REGION, amiId, instanceType: 'c5.2xlarge' }).then(expectStatus(400));
      expect(refused.body).toMatchObject({ code: 'WORKER.INSTANCE_TYPE_UNSUITABLE', details: { instanceType: 'c5.2xlarge' } });
      expect(refused.body.detail).toContain('allowUnsuitableInstanceType');
      const res = await api.post('/api/workers', { name: `small-${run}`, region: REGION, amiId, instanceType: 'c5.2xlarge', allowUnsuitableInstanceType: true }).then(expectStatus(202));
      expect(res.body.instanceType).toBe('c5.2xlarge');
    });

    it('says which AMI a launch would use before launching', async () => {
      const byName = await api.get(`/api/workers/launch-ami?region=${REGION}&amiName=${amiName}`, 'admin').then(expectStatus(200));
      expect(byName.body).toMatchObject({ region: REGION, amiId, name: amiName, chosenBy: 'ami-name', namePattern: amiName });
      const byId = await api.get(`/api/workers/launch-ami?region=${REGION}&amiId=${amiId}`, 'admin').then(expectStatus(200));
      expect(byId.body).toMatchObject({ amiId, name: amiName, chosenBy: 'ami-id' });
      expect((await api.get(`/api/workers/launch-ami?region=${REGION}`, 'admin').then(expectStatus(400))).body.code).toBe('WORKER.NO_AMI');
      expect((await api.get(`/api/workers/launch-ami?region=${REGION}&amiId=ami-0000000000000dead`, 'admin').then(expectStatus(422))).body.code).toBe('WORKER.AMI_NOT_FOUND');
      expect((await api.get(`/api/workers/launch-ami?region=${REGION}&amiId=${amiId}&amiName=x`, 'admin').then(expectStatus(400))).body.code).toBe('REQUEST.CRITERIA');
    });

    it.each([
      [{ name: 'x', region: REGION, amiId: 'ami-0000000000000dead' }, 422, 'WORKER.AMI_NOT_FOUND'],
      [{ name: 'x', region: REGION }, 400, 'WORKER.NO_AMI'],
      [{ name: 'x', region: 'eu-west-3', amiId: 'ami-0000000000000dead' }, 400, 'WORKER.REGION_NOT_MANAGED'],
      [{ name: '', region: REGION, amiId: 'ami-0000000000000dead' }, 400, 'REQUEST.INVALID'],
      [{ name: 'x', region: REGION, amiId: 'ami-1', amiName: 'y' }, 400, 'REQUEST.INVALID'],
      [{ name: 'x', region: REGION, amiId: 'ami-0000000000000dead', amiName: 'y' }, 400, 'REQUEST.CRITERIA'],
      [{ name: 'lab#1', region: REGION, amiId: 'ami-0000000000000dead' }, 400, 'REQUEST.INVALID'],
      [{ name: '   ', region: REGION, amiId: 'ami-0000000000000dead' }, 400, 'REQUEST.INVALID'],
    ])('refuses %j with %i %s', async (body, status, code) => {
      const res = await api.post('/api/workers', body).then(expectStatus(status));
      expect(res.body.code).toBe(code);
    });

    it('is admin-only', async () => {
      await api.post('/api/workers', { name: 'x', region: REGION, amiId }, 'manager').then(expectStatus(403));
    });
  });

  it('stored every document as its collection’s schema declares it (the writes above included)', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
