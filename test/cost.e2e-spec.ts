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
    sim = await startTestSimulator([{ id: 'cost' }]);
    t = await startTestApp('cost', { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0', WORKER_POWER_POLL_SECONDS: '1' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    run = uniqueRunId('cost');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'c5.metal', tags: { Name: `cost-${run}`, Owner: 'ada', team: 'ccna', 'cml-endpoint': sim.baseUrlOf('cost') } });
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('a worker run for 90 minutes costs 90 minutes at its price, before and after the ledger has metered it', async () => {
    const importedAt = clock.now().getTime();
    // Running since its import: it costs its price per hour now, and what it ran so far.
    const running = await costOf();
    expect(running).toMatchObject({ status: 'running', owner: 'ada', usdPerHourNow: USD_PER_HOUR });

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
    expect(before.usdPerHourNow).toBe(0);

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
    expect(single.body.cost).toMatchObject({ month: clock.now().toISOString().slice(0, 7), usdPerHourNow: 0, savedUsd: 0 });
    expect(single.body.cost.monthToDateUsd).toBeCloseTo(after.totalUsd, 6);
    const list = await api.get(`/api/workers?q=${encodeURIComponent(`cost-${run}`)}&include=cost`).then(expectStatus(200));
    expect(list.body.items[0].cost.monthToDateUsd).toBeCloseTo(after.totalUsd, 6);
  });

  it('groups the month by owner or tag, per day, and exports it as CSV', async () => {
    const month = clock.now().toISOString().slice(0, 7);
    const byOwner = await api.get(`/api/cost?month=${month}&groupBy=owner`).then(expectStatus(200));
    const mine = await costOf(month);
    expect(byOwner.body).toMatchObject({ month, currency: 'USD', groupBy: 'owner' });
    expect(byOwner.body.savedByRule.map((s: { rule: string }) => s.rule)).toEqual(['idle-detection', 'schedule', 'runtime-limit', 'reservation', 'budget']);
    const ada = (byOwner.body.groups as { key: string; totalUsd: number; workers: number }[]).find((g) => g.key === 'ada')!;
    expect(ada.totalUsd).toBeCloseTo(mine.totalUsd, 6);
    const days = byOwner.body.days as { day: string; byGroup: Record<string, number> }[];
    expect(days.reduce((sum, d) => sum + (d.byGroup.ada ?? 0), 0)).toBeCloseTo(mine.totalUsd, 6);

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

  it.each([
    ['a month that is no month', '/api/cost?month=2026-13', /month must be a month as YYYY-MM/],
    ['an unknown grouping', '/api/cost?groupBy=colour', /groupBy must be one of owner, region, tag, worker/],
    ['a tag grouping without its tag', '/api/cost?groupBy=tag', /tagKey: name the tag to group by/],
  ])('refuses %s with a 400 that says what to fix', async (_name, path, detail) => {
    const res = await api.get(path).then(expectStatus(400));
    expect(JSON.stringify(res.body)).toMatch(detail);
  });
});
