import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { type DevIdp, startDevIdp } from '../apps/dev-idp/src/dev-idp.js';
import { DEMO_AMI_NAME, DEMO_FLEET, DEMO_REGIONS, DEMO_TAG } from '../apps/api/src/tools/demo/demo-fleet.js';
import { demoControllerId, equipNewWorkers } from '../apps/api/src/tools/demo/demo-controllers.js';
import { writeMetricHistory } from '../apps/api/src/tools/demo/demo-history.js';
import { writePowerHistory } from '../apps/api/src/tools/demo/demo-power-history.js';
import { ProductApiClient } from '../apps/api/src/tools/demo/product-api.client.js';
import { SimulatorAdminClient } from '../apps/api/src/tools/demo/simulator-admin.client.js';
import { type SeedDemoResult, seedDemo } from '../apps/api/src/tools/demo/seed-demo.js';
import { Api, eventually, expectStatus, type Role } from './support/api.js';
import { TimeTravel } from './support/clock.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { AUTOMATION } from './support/keycloak.js';
import { closeMotoClients, motoEc2, motoEndpoint, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface WorkerItem {
  id: string;
  name: string;
  region: string;
  instanceId: string;
  status: string;
  serviceStatus: string;
  endpoint?: string;
  cml: { version?: string; licensed?: boolean };
}

/** A client-credentials token from the embedded provider (its token endpoint, from discovery). */
async function devIdpToken(issuer: string, role: Role): Promise<string> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
  const { clientId, secret } = AUTOMATION[role];
  const res = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!res.ok) throw new Error(`token for ${clientId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

/**
 * The demo that `scripts/start` seeds when no AWS account is configured, end to end: the embedded
 * identity provider, the CML simulator (started empty), moto, and the app, seeded through the
 * product's own REST API.
 */
describe('demo fleet seeder', () => {
  let idp: DevIdp;
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let fleet: string;
  let first: SeedDemoResult;
  const progress: string[] = [];

  const seed = (log?: (line: string) => void, simulatorUrl = sim.url) =>
    seedDemo({
      appUrl: t.url,
      issuer: idp.issuer,
      awsEndpoint: motoEndpoint(),
      simulatorUrl,
      cml: { username: 'admin', password: 'demo-secret' },
      fleet,
      waitForAppMs: 20_000,
      log,
      history: (ids) => writeMetricHistory(t.mongoUri, ids),
      powerHistory: (list) => writePowerHistory(t.mongoUri, list),
    });

  const workers = async (): Promise<WorkerItem[]> => (await api.get('/api/workers?pageSize=100').then(expectStatus(200))).body.items;

  beforeAll(async () => {
    idp = await startDevIdp({ port: 0 });
    sim = await startTestSimulator([]);
    t = await startTestApp('demo', {
      OIDC_ISSUER_URL: idp.issuer,
      CML_USERNAME: 'admin',
      CML_PASSWORD: 'demo-secret',
      AWS_ENDPOINT_URL: motoEndpoint(),
      // Each run refreshes every worker; the last test runs the seeder a third time at once.
      WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
      LAB_SYNC_MIN_INTERVAL_SECONDS: '0',
      // As scripts/start sets it for the demo.
      IDLE_WARNING_LEAD_MINUTES: '2',
      // As scripts/start sets it, so "New worker" works in the demo out of the box.
      WORKER_DEFAULT_AMI_NAME: 'cml-2.9.0-demo-*',
      WORKER_PROVISION_POLL_SECONDS: '1',
    });
    api = new Api(t.url, (role) => devIdpToken(idp.issuer, role));
    // moto is shared by every suite and every run: this run's fleet has a tag value of its own.
    fleet = uniqueRunId('demo');
    first = await seed((line) => progress.push(line));
    // What the status-follow job does in scripts/start a few seconds after the seeder's stops.
    await api.post('/api/jobs/status-follow/run', {}, 'admin').then(expectStatus(202));
    await eventually(async () => (await workers()).filter((w) => w.status === 'stopped').length === 2);
    // Seeding (two regions, imports, refreshes, lab syncs, stops, a day of metrics and a month of power history) nears a minute on a loaded machine.
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await sim?.close();
    await idp?.close();
    closeMotoClients();
  });

  it('creates every controller, launches every instance and imports the managed ones, reporting progress', () => {
    expect(first).toMatchObject({ fleet, controllersCreated: DEMO_FLEET.length, instancesLaunched: DEMO_FLEET.length, workersImported: DEMO_FLEET.filter((m) => m.managed).length });
    expect(progress).toContain(`[demo] ${first.workersImported}/${first.workersImported} workers imported (west-weekend, us-west-2, running)`);
    expect(progress).toContain('[demo] east-archive, west-weekend stopped after their labs were read');
    expect(progress).toContain('[demo] east-forgotten gets an idle timeout of 5 min: watch it be warned, then stopped, within minutes');
    // Every 5 minutes over a day, for each worker.
    const history = progress.find((l) => l.startsWith('[demo] a day of metric history'));
    expect(Number(/(\d+) samples/.exec(history ?? '')?.[1]) / first.workersImported).toBeGreaterThanOrEqual(287);
    expect(progress).toContainEqual(expect.stringMatching(/^\[demo\] a month of power history: \d+ status changes for 6 workers/));
    expect(progress.at(-1)).toMatch(/^\[demo\] done: 6 workers in us-east-1 and us-west-2 \(4 running, 2 stopped\); 2 unmanaged instances left to import/);
  });

  it('gives the simulator controllers with labs in every state and human activity', () => {
    const states = new Set(sim.controllers.list().flatMap((c) => c.summary().labs.map((l) => l.state)));
    expect([...states].sort()).toEqual(['DEFINED_ON_CORE', 'STARTED', 'STOPPED']);
    const classroom = sim.controllers.require('cml-east-classroom');
    expect(classroom.summary()).toMatchObject({ computes: 2, licensed: true });
    const alice = classroom.userIdOf('alice');
    const recent = classroom.telemetryEvents().filter((e) => (e.data as { user_id: string }).user_id === alice);
    expect(recent.map((e) => e.category)).toEqual(expect.arrayContaining(['start_lab', 'user_activity']));
    expect(sim.controllers.require('cml-west-eval').summary().licensed).toBe(false);
  });

  it('manages workers in both regions, some running and some stopped, each pointing at its controller', async () => {
    const list = await workers();
    expect(list).toHaveLength(6);
    expect(new Set(list.map((w) => w.region))).toEqual(new Set(['us-east-1', 'us-west-2']));
    expect(list.filter((w) => w.status === 'running').map((w) => w.name).sort()).toEqual(['east-classroom', 'east-forgotten', 'west-ccnp', 'west-evaluation']);
    expect(list.filter((w) => w.status === 'stopped').map((w) => w.name).sort()).toEqual(['east-archive', 'west-weekend']);
    for (const machine of first.machines.filter((m) => m.managed)) {
      const worker = list.find((w) => w.instanceId === machine.instanceId);
      expect(worker).toMatchObject({ id: machine.workerId, name: machine.name, region: machine.region, endpoint: sim.baseUrlOf(machine.key) });
    }
  });

  it('reads the running workers’ controllers until they are available with a CML version', async () => {
    const running = await eventually(async () => {
      const list = (await workers()).filter((w) => w.status === 'running');
      return list.every((w) => w.serviceStatus === 'available') && list;
    }, 20_000);
    for (const worker of running) expect(worker.cml.version).toBe('2.9.0+build.3');
    expect(running.find((w) => w.name === 'west-evaluation')?.cml.licensed).toBe(false);
    // The app signed in with the fleet credentials the seeder gave every controller.
    expect(sim.controllers.require('cml-west-ccnp').requestCount('POST /authenticate')).toBeGreaterThan(0);
    const stopped = (await workers()).filter((w) => w.status === 'stopped');
    expect(stopped.every((w) => w.serviceStatus === 'unavailable')).toBe(true);
  });

  it('keeps the labs the stopped workers had when they ran, as last seen', async () => {
    const archive = (await workers()).find((w) => w.name === 'east-archive')!;
    const labs = (await api.get(`/api/workers/${archive.id}/labs`).then(expectStatus(200))).body.items as { title: string; workerStatus: string; lastSyncedAt: string }[];
    expect(labs.map((l) => l.title).sort()).toEqual(['Old topology', 'Security baseline']);
    expect(labs.every((l) => l.workerStatus === 'stopped' && l.lastSyncedAt)).toBe(true);
    const timeline = (await api.get(`/api/workers/${archive.id}/events`).then(expectStatus(200))).body.items as { type: string; data: { to?: string } }[];
    expect(timeline.some((e) => e.type === 'worker.status-changed' && e.data.to === 'stopped')).toBe(true);
  });

  it('fills the charts with a day of history', async () => {
    const classroom = (await workers()).find((w) => w.name === 'east-classroom')!;
    const from = new Date(Date.now() - 24 * 3_600_000).toISOString();
    const metrics = (await api.get(`/api/workers/${classroom.id}/metrics?from=${from}`).then(expectStatus(200))).body as { points: { cpuPercent?: number; runningNodes?: number }[] };
    expect(metrics.points.length).toBeGreaterThan(100);
    expect(metrics.points.every((p) => p.cpuPercent! >= 0 && p.cpuPercent! <= 100)).toBe(true);
  });

  it('gives every worker a month of status history that its timeline reads in order, carried on by the product’s own events', async () => {
    const DAY = 24 * 3_600_000;
    const triggers = new Set<string>();
    for (const w of await workers()) {
      const detail = (await api.get(`/api/workers/${w.id}`).then(expectStatus(200))).body as { status: string; lifecycle: { createdAt: string; importedAt: string } };
      expect(Date.parse(detail.lifecycle.createdAt)).toBeLessThanOrEqual(Date.now() - 30 * DAY);
      expect(detail.lifecycle.importedAt).toBe(detail.lifecycle.createdAt);
      const items: { type: string; occurredAt: string; aggregateVersion: number; data: { from?: string; to?: string; status?: string; trigger?: string } }[] = [];
      for (let page = 1; ; page++) {
        const body = (await api.get(`/api/workers/${w.id}/events?pageSize=200&page=${page}`).then(expectStatus(200))).body as { items: typeof items; total: number };
        items.push(...body.items);
        if (items.length >= body.total || body.items.length === 0) break;
      }
      const oldestFirst = [...items].reverse();
      // Taken on when the history begins; every event after the one before it, in time and in version.
      expect(oldestFirst[0]).toMatchObject({ type: 'worker.imported', occurredAt: detail.lifecycle.createdAt });
      let status = oldestFirst[0].data.status!;
      oldestFirst.forEach((e, i) => {
        if (i > 0) {
          expect(e.occurredAt >= oldestFirst[i - 1].occurredAt).toBe(true);
          expect(e.aggregateVersion).toBeGreaterThan(oldestFirst[i - 1].aggregateVersion);
        }
        if (e.type !== 'worker.status-changed') return;
        expect(e.data.from).toBe(status);
        status = e.data.to!;
        triggers.add(e.data.trigger!);
      });
      expect(status).toBe(detail.status);
      expect(oldestFirst.filter((e) => e.type === 'worker.status-changed' && Date.parse(e.occurredAt) < Date.now() - 7 * DAY).length).toBeGreaterThan(2);
    }
    expect([...triggers].sort()).toEqual(expect.arrayContaining(['ec2', 'idle-detection', 'runtime-limit', 'schedule', 'user']));
    // A second run writes nothing: the history is there.
    const ids = first.machines.filter((m) => m.managed).map((m) => ({ workerId: m.workerId!, power: DEMO_FLEET.find((d) => d.key === m.key)!.power! }));
    expect(await writePowerHistory(t.mongoUri, ids)).toEqual({ workers: 0, changes: 0 });
  });

  it('fills the cost page: the ledger meters the month of history, with what each rule saved', async () => {
    const started = await api.post('/api/jobs/cost-meter/run', {}, 'admin').then(expectStatus(202));
    const run = await eventually(async () => {
      const runs = (await api.get('/api/jobs/cost-meter/runs?limit=5').then(expectStatus(200))).body as { id: string; outcome: string }[];
      const r = runs.find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 30_000);
    expect(run.outcome).toBe('succeeded');
    // The history's 31 days span two or three calendar months.
    const months = [...new Set([31, 15, 0].map((days) => new Date(Date.now() - days * 24 * 3_600_000).toISOString().slice(0, 7)))];
    const hours = new Map<string, number>();
    const saved: Record<string, number> = {};
    for (const month of months) {
      const items = (await api.get(`/api/cost/workers?month=${month}`).then(expectStatus(200))).body.items as { name: string; runningHours: number; computeUsd: number; savedByRule: Record<string, number> }[];
      for (const w of items) {
        hours.set(w.name, (hours.get(w.name) ?? 0) + w.runningHours);
        for (const [rule, usd] of Object.entries(w.savedByRule)) saved[rule] = (saved[rule] ?? 0) + usd;
      }
    }
    for (const m of DEMO_FLEET.filter((d) => d.managed)) expect(hours.get(m.name)).toBeGreaterThan(5);
    for (const rule of ['schedule', 'idle-detection', 'runtime-limit']) expect(saved[rule]).toBeGreaterThan(0);
    const report = (await api.get(`/api/cost?month=${months.at(-1)}`).then(expectStatus(200))).body as { totals: { computeUsd: number; workers: number } };
    expect(report.totals.workers).toBeGreaterThanOrEqual(6);
    expect(report.totals.computeUsd).toBeGreaterThan(0);
  });

  it('shows idle detection at work within minutes: east-forgotten is warned, then stopped, with the reason', async () => {
    const forgotten = (await workers()).find((w) => w.name === 'east-forgotten')!;
    const clock = new TimeTravel(t.app);
    clock.advanceMinutes(6);
    await api.post('/api/jobs/idle-detection/run', {}, 'admin').then(expectStatus(202));
    const warned = await eventually(async () => {
      const w = (await api.get(`/api/workers/${forgotten.id}`).then(expectStatus(200))).body as { idle: { warning?: { plannedStopAt: string } } };
      return w.idle.warning && w;
    });
    expect(Date.parse(warned.idle.warning!.plannedStopAt) - clock.now().getTime()).toBeLessThanOrEqual(2 * 60_000 + 1_000);
    // Nobody else in the demo is warned that soon.
    const others = (await workers()).filter((w) => w.name !== 'east-forgotten' && w.status === 'running');
    for (const w of others) expect((await api.get(`/api/workers/${w.id}`).then(expectStatus(200))).body.idle.warning).toBeUndefined();

    clock.advanceMinutes(3);
    await eventually(async () => (await api.post('/api/jobs/idle-detection/run', {}, 'admin')).status === 202);
    const stopped = await eventually(async () => {
      const w = (await api.get(`/api/workers/${forgotten.id}`).then(expectStatus(200))).body as { status: string; statusReason?: string };
      return w.status !== 'running' && w;
    });
    expect(['stopping', 'stopped']).toContain(stopped.status);
    const timeline = (await api.get(`/api/workers/${forgotten.id}/events`).then(expectStatus(200))).body.items as { type: string; data: { trigger?: string; reason?: string } }[];
    const stop = timeline.find((e) => e.type === 'worker.status-changed' && e.data.trigger === 'idle-detection');
    expect(stop?.data.reason).toMatch(/without activity/);
  });

  it('gives a worker launched from the console a simulated controller, so it shows what a real one would', async () => {
    const launched = await api.post('/api/workers', { name: `demo-new-${fleet}`.slice(0, 60), region: 'us-east-1', instanceType: 'm5zn.metal', amiName: 'cml-2.9.0-demo-*' }, 'admin');
    expect(launched.status).toBe(202);
    const id = launched.body.id as string;
    const simulator = new SimulatorAdminClient(sim.url);
    const client = new ProductApiClient(t.url, idp.issuer, { clientId: 'cml-automation-admin', secret: 'dev-automation-admin-secret' });
    const done = new Set<string>();
    await eventually(async () => (await equipNewWorkers(client, simulator, { username: 'admin', password: 'demo-secret' }, done)).length > 0 || done.has(id), 20_000, 500);
    expect(done.has(id)).toBe(true);
    await api.post(`/api/workers/${id}/refresh`, {}, 'manager').then(expectStatus(200));
    const worker = await eventually(async () => {
      const w = (await api.get(`/api/workers/${id}`).then(expectStatus(200))).body as WorkerItem & { endpointSource: string };
      return w.serviceStatus === 'available' && w;
    }, 20_000);
    expect(worker).toMatchObject({ endpoint: sim.baseUrlOf(demoControllerId(id)), endpointSource: 'override' });
    // Imported workers keep their own controllers.
    expect(await equipNewWorkers(client, simulator, { username: 'admin', password: 'demo-secret' }, done)).toEqual([]);
    // The demo fleet of the next tests is the seeded one.
    await api.delete(`/api/workers/${id}?terminateInstance=true`).then(expectStatus(200));
  });

  it('leaves the unmanaged instances importable in discovery, in both regions', async () => {
    for (const machine of first.machines) {
      const res = await api.get(`/api/workers/discovery?region=${machine.region}&instanceId=${machine.instanceId}`, 'admin').then(expectStatus(200));
      expect(res.body).toEqual([expect.objectContaining({ instanceId: machine.instanceId, name: machine.name, managed: machine.managed, importable: !machine.managed })]);
    }
    const byAmi = await api.get('/api/workers/discovery?region=us-west-2&amiName=cml-2.9.0-demo-*', 'admin').then(expectStatus(200));
    const legacy = first.machines.find((m) => m.name === 'west-legacy')!;
    expect(byAmi.body).toContainEqual(expect.objectContaining({ instanceId: legacy.instanceId, state: 'stopped', importable: true, amiName: 'cml-2.9.0-demo-build-3' }));
  });

  it('creates nothing on a second run and keeps the workers as they are', async () => {
    const before = await workers();
    const second = await seed();
    expect(second).toMatchObject({ controllersCreated: 0, instancesLaunched: 0, workersImported: 0 });
    expect(second.machines.map((m) => [m.key, m.instanceId, m.workerId])).toEqual(first.machines.map((m) => [m.key, m.instanceId, m.workerId]));
    const after = await workers();
    expect(after.map((w) => w.id).sort()).toEqual(before.map((w) => w.id).sort());
    for (const region of ['us-east-1', 'us-west-2']) {
      const found = await motoEc2(region).send(new DescribeInstancesCommand({ Filters: [{ Name: `tag:${DEMO_TAG}`, Values: [fleet] }] }));
      expect((found.Reservations ?? []).flatMap((r) => r.Instances ?? [])).toHaveLength(4);
    }
  });

  it('points the fleet at a simulator that moved, without creating instances or workers', async () => {
    const moved = await startTestSimulator([]);
    try {
      const third = await seed(undefined, moved.url);
      expect(third).toMatchObject({ controllersCreated: DEMO_FLEET.length, instancesLaunched: 0, workersImported: 0 });
      const list = await workers();
      expect(list).toHaveLength(6);
      for (const machine of third.machines.filter((m) => m.managed)) {
        expect(list.find((w) => w.id === machine.workerId)?.endpoint).toBe(moved.baseUrlOf(machine.key));
      }
      expect(moved.controllers.require('cml-west-ccnp').requestCount('POST /authenticate')).toBeGreaterThan(0);
    } finally {
      await moved.close();
    }
  });

  it('lets "New worker" launch the default bare-metal type from the demo AMI in both regions, with list prices, and offers every demo type', async () => {
    for (const region of DEMO_REGIONS) {
      const types = await api.get(`/api/workers/instance-types?region=${region}`, 'admin').then(expectStatus(200));
      const byName = new Map<string, { suitability: string; price: { usdPerHour: number } | null }>(types.body.items.map((t: { instanceType: string }) => [t.instanceType, t]));
      expect(byName.get('m5zn.metal')).toMatchObject({ suitability: 'bare-metal', price: { usdPerHour: 3.9641 } });
      // The seeder launches these types; provisioning them again must be possible in the demo.
      for (const machine of DEMO_FLEET.filter((m) => m.region === region)) expect(byName.has(machine.instanceType)).toBe(true);
      const ami = await api.get(`/api/workers/launch-ami?region=${region}`, 'admin').then(expectStatus(200));
      expect(ami.body).toMatchObject({ name: DEMO_AMI_NAME, chosenBy: 'default-name', namePattern: 'cml-2.9.0-demo-*' });
    }
    const res = await api.post('/api/workers', { name: 'west-new', region: 'us-west-2' }, 'admin').then(expectStatus(202));
    expect(res.body).toMatchObject({ name: 'west-new', instanceType: 'm5zn.metal', ami: { name: DEMO_AMI_NAME }, status: 'pending' });
    await eventually(async () => (await api.get(`/api/workers/${res.body.id}`)).body.status === 'running', 20_000);
  });
});
