import type { WorkerCost } from '../apps/api/src/modules/cost/cost.public.js';
import { BudgetSpend } from '../apps/api/src/modules/budgets/application/ports/budget-spend.port.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const MINUTE = 60_000;
/** The service account behind the `user` role's token: it owns the workers, so an owner budget notifies it. */
const OWNER = 'cml-automation-viewer';

interface Run {
  id: string;
  outcome: string;
  error?: string;
  summary?: { month: string; crossed: string[]; stopped: string[]; held: { worker: string; budget: string; reason: string }[]; failed: unknown[] };
}

interface Notification {
  id: string;
  kind: string;
  workerId?: string;
  title: string;
  body: string;
}

type Key = 'owned' | 'hard' | 'reserved';
/** c5.metal's shipped on-demand Linux list price in us-east-1 (USD per hour). */
const METAL_USD_PER_HOUR = 4.08;

/**
 * Budgets that act, end to end against moto, the MongoDB stand-in and the CML simulator: a crossing
 * notifies the owner once, a hard budget at its limit stops its worker through the choreographed
 * stop (trigger `budget`) and keeps it stopped, a soft one leaves a reserved worker running.
 *
 * The first workers' spend is set by the test (a test-only binding of the budgets' spend port, so
 * the dollars are exact); the last test reads the cost ledger's real figures (CostFacade) of a
 * worker run on the time-travel clock.
 */
describe('budgets', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  const ids: Record<Key, string> = { owned: '', hard: '', reserved: '' };
  const spend: Partial<Record<Key, number>> = {};
  const name = (key: Key) => `bud-${run}-${key}`;
  const tags: Record<Key, Record<string, string>> = { owned: {}, hard: {}, reserved: {} };
  /** A worker whose spend comes from the cost ledger. */
  let meteredId = '';

  function costOf(key: Key, month: string): WorkerCost {
    const usd = spend[key] ?? 0;
    const none = { 'idle-detection': 0, schedule: 0, 'runtime-limit': 0, reservation: 0, budget: 0 };
    return { workerId: ids[key], name: name(key), owner: OWNER, region: REGION, instanceType: 't3.micro', status: 'running', tags: tags[key], month, usdPerHourNow: 1, computeUsd: usd, storageUsd: 0, totalUsd: usd, projectedUsd: usd * 2, savedUsd: 0, savedByRule: none, runningHours: usd, unpricedHours: 0 };
  }

  async function runJob(job: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${job}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${job}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 30_000);
  }

  async function budgetNotes(): Promise<Notification[]> {
    const res = await api.get('/api/notifications?limit=100', 'user').then(expectStatus(200));
    return (res.body.items as Notification[]).filter((n) => n.kind === 'budget-threshold');
  }

  beforeAll(async () => {
    sim = await startTestSimulator([{ id: 'owned' }, { id: 'hard' }, { id: 'reserved' }, { id: 'metered' }]);
    t = await startTestApp(
      'budgets',
      { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0' },
      {
        onCreated: (app) => {
          clock = new TimeTravel(app);
          // Test-only binding: the spend of the first workers this month, as the test sets it; the
          // ledger's real figures for every other worker.
          const port = app.get(BudgetSpend);
          const real = port.workerCosts.bind(port);
          port.workerCosts = async (month: string) => {
            const faked = (Object.keys(ids) as Key[]).filter((k) => ids[k]);
            const others = (await real(month)).filter((c) => !faked.some((k) => ids[k] === c.workerId));
            return [...faked.map((k) => costOf(k, month)), ...others];
          };
        },
      },
    );
    api = new Api(t.url);
    run = uniqueRunId('bud');
    tags.owned = { 'budget-run': run };
    tags.hard = { 'budget-run': run, team: `hard-${run}` };
    tags.reserved = { 'budget-run': run, team: `soft-${run}` };
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    for (const key of Object.keys(ids) as Key[]) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: name(key), Owner: OWNER, 'cml-endpoint': sim.baseUrlOf(key), ...tags[key] } });
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;
    }
    const [metered] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'c5.metal', tags: { Name: `bud-${run}-metered`, Owner: 'bob', team: `metered-${run}`, 'cml-endpoint': sim.baseUrlOf('metered') } });
    meteredId = (await api.post('/api/workers/import', { region: REGION, instanceId: metered }, 'admin').then(expectStatus(201))).body.id;
    await api.put('/api/notifications/preferences', { kinds: ['budget-threshold'], scope: 'owned' }, 'user').then(expectStatus(200));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('refuses a budget that is not valid, naming what to fix, and a second budget of the same name', async () => {
    const bad = await api.post('/api/budgets', { name: 'x', scope: { kind: 'owner' }, monthlyUsd: 0, thresholdsPercent: [100, 80], stopAtLimit: false, hard: false }).then(expectStatus(400));
    expect(bad.body.code).toBe('BUDGET.INVALID');
    expect(bad.body.details.problems).toEqual([expect.stringContaining('scope.owner'), expect.stringContaining('monthlyUsd'), expect.stringContaining('ascending')]);
    const body = { name: `Dup ${run}`, scope: { kind: 'fleet' }, monthlyUsd: 1e9, thresholdsPercent: [100], stopAtLimit: false, hard: false };
    const first = await api.post('/api/budgets', body).then(expectStatus(201));
    const dup = await api.post('/api/budgets', { ...body, name: `dup ${run}` }).then(expectStatus(409));
    expect(dup.body).toMatchObject({ code: 'BUDGET.NAME_TAKEN', details: { budgetId: first.body.id } });
    await api.post('/api/budgets', body, 'manager').then(expectStatus(403));
    // A JSON null in a change is no value (schemathesis once got a 500 for scope: null).
    const kept = await api.patch(`/api/budgets/${first.body.id}`, { scope: null, monthlyUsd: 2e9 }).then(expectStatus(200));
    expect(kept.body).toMatchObject({ scope: { kind: 'fleet' }, monthlyUsd: 2e9 });
    await api.delete(`/api/budgets/${first.body.id}`).then(expectStatus(204));
    await api.get(`/api/budgets/${first.body.id}`).then(expectStatus(404));
  });

  it('a crossing notifies the owner of an owner budget once per threshold and month, and stops nothing without stopAtLimit', async () => {
    const created = await api.post('/api/budgets', { name: `Owner ${run}`, scope: { kind: 'owner', owner: OWNER }, monthlyUsd: 1e6, thresholdsPercent: [50, 100], stopAtLimit: false, hard: false }).then(expectStatus(201));
    expect(created.body).toMatchObject({ scope: { kind: 'owner', owner: OWNER }, createdBy: { name: expect.any(String) }, status: { crossedPercent: [], state: 'ok' } });
    const id = created.body.id as string;

    spend.owned = 600_000;
    const first = await runJob('budget-watch');
    expect(first.outcome).toBe('succeeded');
    expect(first.summary?.crossed).toEqual([`Owner ${run}: 50 %`]);
    expect(first.summary?.stopped).toEqual([]);
    const notes = await eventually(async () => {
      const list = (await budgetNotes()).filter((n) => n.title.includes(`Owner ${run}`));
      return list.length === 1 ? list : undefined;
    });
    expect(notes[0].title).toBe(`Budget "Owner ${run}" reached 50 % for ${first.summary?.month}`);
    expect(notes[0].body).toContain(`the workers of ${OWNER}`);
    expect(notes[0].workerId).toBeUndefined();

    // Once per threshold and month: another run says nothing more.
    expect((await runJob('budget-watch')).summary?.crossed).toEqual([]);
    const listed = await api.get(`/api/budgets?month=${first.summary?.month}`).then(expectStatus(200));
    expect((listed.body.items as { id: string; status: unknown }[]).find((b) => b.id === id)?.status).toMatchObject({ crossedPercent: [50], state: 'warning', stoppedWorkers: 0 });
    await api.get('/api/budgets?month=2026-13').then(expectStatus(400));

    expect((await api.get(`/api/workers/${ids.owned}`).then(expectStatus(200))).body.status).toBe('running');
    await api.delete(`/api/budgets/${id}`).then(expectStatus(204));
  });

  it('a hard budget at its limit stops the worker through the choreography (trigger budget) and keeps it stopped to the month end', async () => {
    await api.post('/api/budgets', { name: `Hard ${run}`, scope: { kind: 'tag', tagKey: 'team', tagValue: tags.hard.team }, monthlyUsd: 100, thresholdsPercent: [80, 100], stopAtLimit: true, hard: true }).then(expectStatus(201));
    spend.hard = 120;
    const r = await runJob('budget-watch');
    expect(r.summary?.crossed).toEqual([`Hard ${run}: 80 %`, `Hard ${run}: 100 %`]);
    expect(r.summary?.stopped).toEqual([`${name('hard')} (Hard ${run})`]);

    const timeline = await api.get(`/api/workers/${ids.hard}/events?pageSize=50`).then(expectStatus(200));
    const stop = (timeline.body.items as { type: string; data: { to?: string; trigger?: string; reason?: string } }[]).find((e) => e.type === 'worker.status-changed' && e.data.to === 'stopping');
    expect(stop?.data).toMatchObject({ trigger: 'budget', reason: expect.stringContaining(`Budget "Hard ${run}" reached 120 %`) });

    const worker = (await api.get(`/api/workers/${ids.hard}`).then(expectStatus(200))).body;
    expect(worker.override).toMatchObject({ kind: 'keep-stopped', by: `hard-budget:Hard ${run}` });
    const now = clock.now();
    const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    // The first of next month, or as far as an override may reach (14 days); the job renews it.
    const until = Date.parse(worker.override.until);
    const reach = Date.parse(worker.override.setAt) + 14 * 86_400_000;
    expect(until === monthEnd || (until < monthEnd && Math.abs(until - reach) < MINUTE)).toBe(true);

    const listed = await api.get('/api/budgets').then(expectStatus(200));
    expect((listed.body.items as { name: string; status: unknown }[]).find((b) => b.name === `Hard ${run}`)?.status).toMatchObject({ state: 'exceeded', crossedPercent: [80, 100], stoppedWorkers: 1, workers: 1 });
  });

  it('a soft budget at its limit leaves a worker inside a reservation running, and says why', async () => {
    const start = new Date(Math.floor(clock.now().getTime() / MINUTE) * MINUTE + 2 * MINUTE);
    await api.post('/api/reservations', { purpose: `Class ${run}`, start: start.toISOString(), end: new Date(start.getTime() + 60 * MINUTE).toISOString(), workerIds: [ids.reserved] }, 'manager').then(expectStatus(201));
    await api.post('/api/budgets', { name: `Soft ${run}`, scope: { kind: 'tag', tagKey: 'team', tagValue: tags.reserved.team }, monthlyUsd: 100, thresholdsPercent: [100], stopAtLimit: true, hard: false }).then(expectStatus(201));
    spend.reserved = 150;
    const r = await runJob('budget-watch');
    expect(r.summary?.crossed).toEqual([`Soft ${run}: 100 %`]);
    expect(r.summary?.stopped).toEqual([]);
    expect(r.summary?.held).toEqual([{ worker: name('reserved'), budget: `Soft ${run}`, reason: expect.stringContaining(`Inside reservation "Class ${run}"`) }]);
    const worker = (await api.get(`/api/workers/${ids.reserved}`).then(expectStatus(200))).body;
    expect(worker.status).toBe('running');
    expect(worker.override).toBeUndefined();
  });

  it("reads the cost ledger's figures: a worker run past a hard budget's limit is stopped with trigger budget", async () => {
    const budget = await api.post('/api/budgets', { name: `Metered ${run}`, scope: { kind: 'tag', tagKey: 'team', tagValue: `metered-${run}` }, monthlyUsd: 1, thresholdsPercent: [100], stopAtLimit: true, hard: true }).then(expectStatus(201));
    expect(budget.body.status.spentUsd).toBeLessThan(1);
    // An hour at 4.08 USD is about four times the budget (a quarter of an hour in the new month if the hour crosses one).
    clock.advanceMinutes(60);
    await runJob('cost-meter');
    const r = await runJob('budget-watch');
    const listed = (await api.get('/api/budgets').then(expectStatus(200))).body.items as { name: string; status: { spentUsd: number; percent: number } }[];
    const status = listed.find((b) => b.name === `Metered ${run}`)!.status;
    expect(status.spentUsd).toBeGreaterThanOrEqual(1);
    expect(status.spentUsd).toBeLessThanOrEqual(METAL_USD_PER_HOUR * 1.1 + 1);
    expect(r.summary?.stopped).toEqual([`bud-${run}-metered (Metered ${run})`]);
    const timeline = await api.get(`/api/workers/${meteredId}/events?pageSize=50`).then(expectStatus(200));
    expect((timeline.body.items as { type: string; data: { to?: string; trigger?: string } }[]).some((e) => e.type === 'worker.status-changed' && e.data.to === 'stopping' && e.data.trigger === 'budget')).toBe(true);
  });
});
