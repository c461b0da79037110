import { Api, eventually, expectStatus } from './support/api.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const MINUTE = 60_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Run {
  outcome: string;
  summary?: { started?: string[]; stopped?: string[]; expired?: string[]; held?: { worker: string; reason: string }[]; failed?: unknown[] };
  error?: string;
}

/**
 * The power reconciler end to end (issue 13), against moto and the real stores, on the
 * time-travel clock: schedule edges, a reservation's warm-up, an override that wins and expires.
 */
describe('power reconciler', () => {
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  const ids: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

  async function runJob(name: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs?limit=5`);
      const r = (runs.body as (Run & { id: string })[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  /** Follows the worker's EC2 state until it has settled in `status`. */
  async function settled(id: string, status: string): Promise<void> {
    await eventually(async () => {
      await runJob('status-follow');
      const w = await api.get(`/api/workers/${id}`).then(expectStatus(200));
      return w.body.status === status;
    }, 30_000, 300);
  }

  /** HH:mm and weekday (UTC) of an instant. */
  const wall = (d: Date) => ({ time: d.toISOString().slice(11, 16), day: WEEKDAYS[d.getUTCDay()] });
  const minuteFloor = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE);

  beforeAll(async () => {
    t = await startTestApp('scheduling-reconciler', { WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0', WORKER_FOLLOW_INTERVAL_SECONDS: '5' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    run = uniqueRunId('rec');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const instances = await launchInstances(REGION, { count: 3, imageId: amiId, tags: { Name: `rec-${run}` }, separateReservations: true });
    for (const [i, key] of (['a', 'b', 'c'] as const).entries()) {
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId: instances[i], name: `rec-${run}-${key}` }).then(expectStatus(201))).body.id;
    }
  });
  afterAll(async () => {
    await t?.close();
    closeMotoClients();
  });

  it('starts a worker whose schedule window opens, within one run, and stops it when the window closes', async () => {
    await api.post(`/api/workers/${ids.a}/stop`, {}, 'manager').then(expectStatus(202));
    await settled(ids.a, 'stopped');
    const opens = minuteFloor(clock.now().getTime() + 120 * MINUTE);
    const closes = new Date(opens.getTime() + 120 * MINUTE);
    const body = { name: `Window ${run}`, timezone: 'UTC', periods: [{ days: [wall(opens).day], start: wall(opens).time, end: wall(closes).time }], behaviour: 'start-stop', assignment: { workerIds: [ids.a] } };
    await api.post('/api/schedules', body, 'manager').then(expectStatus(201));

    // Before the window: the person's stop agrees with the schedule; nothing to do.
    expect((await runJob('power-reconciler')).summary?.started ?? []).not.toContain(`rec-${run}-a`);
    clock.advanceMinutes(121);
    const opened = await runJob('power-reconciler');
    expect(opened.summary?.started).toContain(`rec-${run}-a`);
    const power = await api.get(`/api/workers/${ids.a}/power`).then(expectStatus(200));
    expect(power.body).toMatchObject({ state: 'running', rule: { kind: 'schedule', name: `Window ${run}` } });
    await settled(ids.a, 'running');

    clock.advanceMinutes(121);
    const closed = await runJob('power-reconciler');
    expect(closed.summary?.stopped).toContain(`rec-${run}-a`);
    // The stop went through the people's stop, with the schedule as trigger and reason (issue-13 contract).
    const timeline = await api.get(`/api/workers/${ids.a}/events?pageSize=50`).then(expectStatus(200));
    const stop = (timeline.body.items as { type: string; data: { to?: string; trigger?: string; reason?: string } }[]).find((e) => e.type === 'worker.status-changed' && e.data.to === 'stopping' && e.data.trigger === 'schedule');
    expect(stop?.data.reason).toContain(`Schedule "Window ${run}" has it stopped outside its windows`);
  });

  it('starts a reserved worker at the computed lead time before the reservation, not earlier', async () => {
    await api.post(`/api/workers/${ids.b}/stop`, {}, 'manager').then(expectStatus(202));
    await settled(ids.b, 'stopped');
    const start = minuteFloor(clock.now().getTime() + 180 * MINUTE);
    const res = await api.post('/api/reservations', { purpose: `Class ${run}`, start: start.toISOString(), end: new Date(start.getTime() + 60 * MINUTE).toISOString(), workerIds: [ids.b] }, 'manager').then(expectStatus(201));
    const lead = res.body.leadMinutes[ids.b] as number;
    expect(lead).toBeGreaterThan(0);

    // One minute before the warm-up: left alone.
    clock.advanceMinutes((start.getTime() - clock.now().getTime()) / MINUTE - lead - 1);
    expect((await runJob('power-reconciler')).summary?.started ?? []).not.toContain(`rec-${run}-b`);
    clock.advanceMinutes(2);
    const warm = await runJob('power-reconciler');
    expect(warm.summary?.started).toContain(`rec-${run}-b`);
    const power = await api.get(`/api/workers/${ids.b}/power`).then(expectStatus(200));
    expect(power.body).toMatchObject({ state: 'running', rule: { kind: 'reservation', id: res.body.id } });
    expect(power.body.reason).toMatch(/^Warming up for "Class/);
  });

  it('lets an override win over a schedule, and goes back to the schedule when it expires', async () => {
    const now = clock.now();
    const from = minuteFloor(now.getTime() - 60 * MINUTE);
    const to = new Date(from.getTime() + 300 * MINUTE);
    await api.post('/api/schedules', { name: `Open ${run}`, timezone: 'UTC', periods: [{ days: [wall(from).day], start: wall(from).time, end: wall(to).time }], behaviour: 'start-stop', assignment: { workerIds: [ids.c] } }, 'manager').then(expectStatus(201));
    const until = new Date(now.getTime() + 30 * MINUTE).toISOString();
    await api.put(`/api/workers/${ids.c}/override`, { kind: 'keep-stopped', until }, 'manager').then(expectStatus(200));

    const held = await runJob('power-reconciler');
    expect(held.summary?.stopped).toContain(`rec-${run}-c`);
    expect((await api.get(`/api/workers/${ids.c}/power`)).body).toMatchObject({ state: 'stopped', rule: { kind: 'override' } });
    await settled(ids.c, 'stopped');

    clock.advanceMinutes(31);
    const after = await runJob('power-reconciler');
    expect(after.summary?.expired).toContain(`rec-${run}-c`);
    expect(after.summary?.started).toContain(`rec-${run}-c`);
    const worker = await api.get(`/api/workers/${ids.c}`).then(expectStatus(200));
    expect(worker.body.override).toBeUndefined();
  });
});
