import request from 'supertest';
import { MetricsServer } from '../apps/api/src/platform/metrics/metrics-server.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
/** c5.metal's shipped on-demand Linux list price in us-east-1 (apps/api/src/modules/cost/domain/aws-list-prices.ts). */
const USD_PER_HOUR = 4.08;

interface Run {
  id: string;
  outcome: string;
  summary?: Record<string, unknown>;
}

interface WorkerCost {
  workerId: string;
  name: string;
  owner?: string;
  status: string;
  usdPerHourNow: number | null;
  computeUsd: number;
  storageUsd: number;
  totalUsd: number;
  runningHours: number;
  savedUsd: number;
  projectedUsd: number | null;
}

/**
 * What a worker costs, end to end against moto, the MongoDB stand-in and the CML simulator on the
 * time-travel clock: a worker run for a known time shows the right dollars in the month, per group,
 * per day and in the CSV, whether or not the `cost-meter` job has run since it stopped.
 */
describe('cost of workers', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  let workerId: string;
  /** Just before the first worker was imported: it runs from its import. */
  let importedAt: number;
  /** A second worker, kept running by a schedule until its window closes. */
  let scheduledId: string;

  async function runJob(job: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${job}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${job}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  const costOf = async (month?: string): Promise<WorkerCost> => {
    const res = await api.get(`/api/cost/workers${month ? `?month=${month}` : ''}`).then(expectStatus(200));
    return (res.body.items as WorkerCost[]).find((w) => w.workerId === workerId)!;
  };

  beforeAll(async () => {
    sim = await startTestSimulator([{ id: 'cost' }, { id: 'scheduled' }]);
    t = await startTestApp('cost', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0', WORKER_POWER_POLL_SECONDS: '1', SCHEDULE_STOP_WARNING_LEAD_MINUTES: '0', METRICS_ENABLED: 'true', METRICS_PORT: '0', COST_METRICS_TAG_KEYS: 'team' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    run = uniqueRunId('cost');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'c5.metal', tags: { Name: `cost-${run}`, Owner: 'ada', team: 'ccna', 'cml-endpoint': sim.baseUrlOf('cost') } });
    importedAt = clock.now().getTime();
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;
    const [scheduled] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'c5.metal', tags: { Name: `cost-${run}-scheduled`, Owner: 'bob', 'cml-endpoint': sim.baseUrlOf('scheduled') } });
    scheduledId = (await api.post('/api/workers/import', { region: REGION, instanceId: scheduled }, 'admin').then(expectStatus(201))).body.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('a worker run for 90 minutes costs 90 minutes at its price, before and after the ledger has metered it', async () => {
    // Running since its import: it costs its price per hour now, and what it ran so far.
    const running = await costOf();
    expect(running).toMatchObject({ status: 'running', owner: 'ada' });
    // Its price per hour, and its EBS volume (moto's root volume) adds less than a cent an hour.
    expect(running.usdPerHourNow).toBeGreaterThan(USD_PER_HOUR);
    expect(running.usdPerHourNow).toBeLessThan(USD_PER_HOUR + 0.01);

    clock.advanceMinutes(90);
    await api.post(`/api/workers/${workerId}/stop`, {}, 'admin').then(expectStatus(202));
    await eventually(async () => {
      const w = await api.get(`/api/workers/${workerId}`).then(expectStatus(200));
      return w.body.status === 'stopped' ? w : undefined;
    }, 30_000);
    const hours = (clock.now().getTime() - importedAt) / 3_600_000;
    // Some real seconds pass between the import, the stop and now: the run is 90 min and at most a minute more.
    const expectRun = (w: WorkerCost) => {
      expect(w.runningHours).toBeGreaterThanOrEqual(1.5);
      expect(w.runningHours).toBeLessThanOrEqual(hours);
      expect(w.computeUsd).toBeCloseTo(w.runningHours * USD_PER_HOUR, 6);
      expect(w.computeUsd).toBeGreaterThanOrEqual(1.5 * USD_PER_HOUR);
      expect(w.computeUsd).toBeLessThan(1.5 * USD_PER_HOUR + USD_PER_HOUR / 60);
    };
    // Not metered since the stop: the run ends where the worker's status changed.
    const before = await costOf();
    expectRun(before);
    // Stopped, it pays for its volume only.
    expect(before.usdPerHourNow).toBeGreaterThan(0);
    expect(before.usdPerHourNow).toBeLessThan(0.01);
    expect(before.storageUsd).toBeGreaterThan(0);

    const metered = await runJob('cost-meter');
    expect(metered.outcome).toBe('succeeded');
    clock.advanceMinutes(30);
    const after = await costOf();
    expectRun(after);
    expect(after.runningHours).toBeCloseTo(before.runningHours, 6);
    // A person stopped it: that saves nothing.
    expect(after.savedUsd).toBe(0);

    // The worker's own answers carry the same figures: the single GET always, the list when asked.
    const single = await api.get(`/api/workers/${workerId}`).then(expectStatus(200));
    expect(single.body.cost).toMatchObject({ month: clock.now().toISOString().slice(0, 7), savedUsd: 0 });
    expect(single.body.cost.usdPerHourNow).toBeCloseTo(after.usdPerHourNow!, 6);
    // Storage grows by the second: the reads are a few seconds apart.
    expect(single.body.cost.monthToDateUsd).toBeCloseTo(after.totalUsd, 4);
    const list = await api.get(`/api/workers?q=${encodeURIComponent(`cost-${run}`)}&include=cost`).then(expectStatus(200));
    expect(list.body.items[0].cost.monthToDateUsd).toBeCloseTo(after.totalUsd, 4);
  });

  it('groups the month by owner or tag, per day, and exports it as CSV', async () => {
    const month = clock.now().toISOString().slice(0, 7);
    const byOwner = await api.get(`/api/cost?month=${month}&groupBy=owner`).then(expectStatus(200));
    const mine = await costOf(month);
    expect(byOwner.body).toMatchObject({ month, currency: 'USD', groupBy: 'owner' });
    expect(byOwner.body.savedByRule.map((s: { rule: string }) => s.rule)).toEqual(['idle-detection', 'schedule', 'runtime-limit', 'reservation', 'budget']);
    const ada = (byOwner.body.groups as { key: string; totalUsd: number; workers: number }[]).find((g) => g.key === 'ada')!;
    expect(ada.totalUsd).toBeCloseTo(mine.totalUsd, 4);
    const days = byOwner.body.days as { day: string; byGroup: Record<string, number> }[];
    expect(days.reduce((sum, d) => sum + (d.byGroup.ada ?? 0), 0)).toBeCloseTo(ada.totalUsd, 6);

    const byTeam = await api.get(`/api/cost?month=${month}&groupBy=tag&tagKey=team`).then(expectStatus(200));
    expect((byTeam.body.groups as { key: string }[]).map((g) => g.key)).toContain('ccna');

    const csv = await api.get(`/api/cost/workers.csv?month=${month}`).then(expectStatus(200));
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="cost-${month}.csv"`);
    const [header, ...rows] = (csv.text as string).trim().split('\r\n');
    expect(header.split(',').slice(0, 8)).toEqual(['worker_id', 'name', 'owner', 'region', 'instance_type', 'status', 'running_hours', 'compute_usd']);
    const row = rows.find((r) => r.startsWith(workerId))!.split(',');
    expect(Number(row[7])).toBeCloseTo(mine.computeUsd, 3);
  });

  it("saves the hours a schedule's stop kept the worker stopped, at its price, attributed to schedules", async () => {
    const MINUTE = 60_000;
    const at = (d: Date) => ({ time: d.toISOString().slice(11, 16), day: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][d.getUTCDay()] });
    const opened = new Date(Math.floor((clock.now().getTime() - 60 * MINUTE) / MINUTE) * MINUTE);
    const closes = new Date(opened.getTime() + 70 * MINUTE);
    const body = { name: `Class ${run}`, timezone: 'UTC', periods: [{ days: [at(opened).day], start: at(opened).time, end: at(closes).time }], behaviour: 'start-stop', assignment: { workerIds: [scheduledId] } };
    await api.post('/api/schedules', body, 'manager').then(expectStatus(201));
    clock.advanceMinutes((closes.getTime() - clock.now().getTime()) / MINUTE + 1);
    const reconciled = await runJob('power-reconciler');
    expect(reconciled.summary?.stopped).toEqual([`cost-${run}-scheduled`]);
    await eventually(async () => (await api.get(`/api/workers/${scheduledId}`)).body.status === 'stopped', 30_000);
    const stoppedAt = clock.now().getTime();
    await runJob('cost-meter');
    clock.advanceMinutes(120);
    const saved = (await api.get('/api/cost/workers').then(expectStatus(200))).body.items.find((w: WorkerCost) => w.workerId === scheduledId) as WorkerCost & { savedByRule: Record<string, number> };
    const hours = (clock.now().getTime() - stoppedAt) / 3_600_000;
    expect(saved.savedByRule.schedule).toBeGreaterThanOrEqual(2 * USD_PER_HOUR);
    expect(saved.savedByRule.schedule).toBeLessThanOrEqual(hours * USD_PER_HOUR + USD_PER_HOUR / 60);
    expect(saved.savedUsd).toBeCloseTo(saved.savedByRule.schedule, 6);
    const report = await api.get('/api/cost').then(expectStatus(200));
    expect((report.body.savedByRule as { rule: string; usd: number }[]).find((r) => r.rule === 'schedule')!.usd).toBeGreaterThanOrEqual(saved.savedByRule.schedule);
  });

  it('exports the month so far to Prometheus by owner, saving rule, tag value and worker', async () => {
    const text = (await request(`http://127.0.0.1:${t.app.get(MetricsServer).port}`).get('/metrics').expect(200)).text;
    const value = (name: string, labels: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && labels.split(',').every((p) => l.includes(p)));
      return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
    };
    const costs = (await api.get('/api/cost/workers').then(expectStatus(200))).body.items as (WorkerCost & { savedByRule: Record<string, number> })[];
    const ada = costs.find((w) => w.workerId === workerId)!;
    const bob = costs.find((w) => w.workerId === scheduledId)!;
    // The gauges are computed once a minute at most; the figures of both reads are within that minute of each other.
    expect(value('ccm_cost_month_to_date_usd', 'owner="ada"')).toBeCloseTo(ada.totalUsd, 2);
    expect(value('ccm_cost_tag_month_to_date_usd', 'tag_key="team",tag_value="ccna"')).toBeCloseTo(ada.totalUsd, 2);
    expect(value('ccm_cost_saved_month_to_date_usd', 'owner="bob",rule="schedule"')).toBeGreaterThan(2 * USD_PER_HOUR - 0.01);
    expect(value('ccm_cost_saved_month_to_date_usd', 'owner="ada",rule="idle-detection"')).toBe(0);
    expect(value('ccm_worker_cost_usd_per_hour', `worker_id="${workerId}"`)).toBeLessThan(0.01);
    expect(value('ccm_worker_cost_month_to_date_usd', `worker_id="${scheduledId}"`)).toBeCloseTo(bob.totalUsd, 2);
  });

  it.each([
    ['a month that is no month', '/api/cost?month=2026-13', /month must be a month as YYYY-MM/],
    ['an unknown grouping', '/api/cost?groupBy=colour', /groupBy must be one of owner, region, tag, worker/],
    ['a tag grouping without its tag', '/api/cost?groupBy=tag', /tagKey: name the tag to group by/],
  ])('refuses %s with a 400 that says what to fix', async (_name, path, detail) => {
    const res = await api.get(path).then(expectStatus(400));
    expect(JSON.stringify(res.body)).toMatch(detail);
  });
});
