import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
const MINUTE = 60_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The service account behind the `user` role's token: it owns both workers, so it is the one notified. */
const OWNER = 'cml-automation-viewer';

interface Run {
  id: string;
  outcome: string;
  summary?: { started?: string[]; stopped?: string[]; warned?: string[]; held?: { worker: string; reason: string }[]; failed?: unknown[] };
}

interface Notification {
  id: string;
  kind: string;
  workerId: string;
  title: string;
  body: string;
  actions: { label: string; url: string }[];
}

/**
 * Warnings before the reconciler stops a worker for a schedule end (SCHEDULE_STOP_WARNING_LEAD_MINUTES),
 * end to end against moto, the MongoDB stand-in and the CML simulator, on the time-travel clock: the
 * owner is warned once, a one-click "keep running" prevents the stop, a worker nobody kept is stopped.
 */
describe('stop warnings of the power reconciler', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  const ids: Record<'kept' | 'left', string> = { kept: '', left: '' };
  const name = (key: keyof typeof ids) => `warn-${run}-${key}`;

  async function runJob(job: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${job}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${job}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  async function stopWarnings(): Promise<Notification[]> {
    const res = await api.get('/api/notifications?limit=100', 'user').then(expectStatus(200));
    return (res.body.items as Notification[]).filter((n) => n.kind === 'stop-warning');
  }

  /** HH:mm and weekday (UTC) of an instant. */
  const wall = (d: Date) => ({ time: d.toISOString().slice(11, 16), day: WEEKDAYS[d.getUTCDay()] });
  const minuteFloor = (ms: number) => new Date(Math.floor(ms / MINUTE) * MINUTE);

  beforeAll(async () => {
    sim = await startTestSimulator([{ id: 'kept' }, { id: 'left' }]);
    t = await startTestApp(
      'stop-warnings',
      { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', SCHEDULE_STOP_WARNING_LEAD_MINUTES: '15', PUBLIC_URL: 'https://ccm.lab.example.org', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0' },
      { onCreated: (app) => (clock = new TimeTravel(app)) },
    );
    api = new Api(t.url);
    run = uniqueRunId('warn');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    for (const key of ['kept', 'left'] as const) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: name(key), Owner: OWNER, 'cml-endpoint': sim.baseUrlOf(key) } });
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;
    }
    await api.put('/api/notifications/preferences', { kinds: ['stop-warning'], scope: 'owned' }, 'user').then(expectStatus(200));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    closeMotoClients();
  });

  it('warns the owner once before the window closes; a one-click keep-running prevents the stop, a worker nobody kept is stopped', async () => {
    // "Lab hours" opened an hour ago and closes in 40 minutes.
    const opened = minuteFloor(clock.now().getTime() - 60 * MINUTE);
    const closes = new Date(opened.getTime() + 100 * MINUTE);
    const schedule = `Lab hours ${run}`;
    const body = { name: schedule, timezone: 'UTC', periods: [{ days: [wall(opened).day], start: wall(opened).time, end: wall(closes).time }], behaviour: 'start-stop', assignment: { workerIds: [ids.kept, ids.left] } };
    await api.post('/api/schedules', body, 'manager').then(expectStatus(201));

    // Outside the lead: no warning.
    const early = await runJob('power-reconciler');
    expect(early.summary?.warned).toEqual([]);
    expect(early.summary?.stopped).toEqual([]);

    // 10 minutes before the close: both are warned, once.
    clock.advanceMinutes((closes.getTime() - clock.now().getTime()) / MINUTE - 10);
    const warned = await runJob('power-reconciler');
    expect([...(warned.summary?.warned ?? [])].sort()).toEqual([name('kept'), name('left')]);
    const notes = await eventually(async () => {
      const list = await stopWarnings();
      return list.length === 2 ? list : undefined;
    });
    const kept = notes.find((n) => n.workerId === ids.kept)!;
    const closeText = wall(closes).time;
    expect(kept.title).toBe(`${name('kept')} will be stopped at ${closeText} UTC`);
    expect(kept.body).toMatch(new RegExp(`^${name('kept')} will be stopped at ${closeText} UTC \\(in (9|10) min\\): its schedule "${schedule}" ends\\. Keep it running if it is still needed\\.$`));
    expect(kept.actions.map((a) => a.label)).toEqual(['Keep running for 1 h', 'Keep running for 4 h', 'Stop now', `Open ${name('kept')}`]);
    const timeline = await api.get(`/api/workers/${ids.kept}/events?pageSize=50`).then(expectStatus(200));
    expect((timeline.body.items as { type: string; actor: { name: string }; data: Record<string, unknown> }[]).find((e) => e.type === 'worker.stop-warning-issued')).toMatchObject({
      actor: { name: 'power-reconciler' },
      data: { plannedStopAt: closes.toISOString(), cause: 'schedule', ruleName: schedule },
    });

    // Another run inside the lead warns nobody again.
    clock.advanceMinutes(2);
    expect((await runJob('power-reconciler')).summary?.warned).toEqual([]);
    expect(await stopWarnings()).toHaveLength(2);

    // The owner keeps one running through the link in the warning (it carries PUBLIC_URL; the app listens elsewhere).
    const keep = new URL(kept.actions.find((a) => a.label === 'Keep running for 1 h')!.url).pathname;
    const clicked = await fetch(`${t.url}${keep}`, { method: 'POST', headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(clicked.status).toBe(200);
    const override = (await api.get(`/api/workers/${ids.kept}`).then(expectStatus(200))).body.override;
    expect(override).toMatchObject({ kind: 'keep-running' });

    // The window closes: the worker nobody kept is stopped, the kept one is not.
    clock.advanceMinutes((closes.getTime() - clock.now().getTime()) / MINUTE + 1);
    const closed = await runJob('power-reconciler');
    expect(closed.summary?.stopped).toEqual([name('left')]);
    expect((await api.get(`/api/workers/${ids.kept}/power`).then(expectStatus(200))).body).toMatchObject({ state: 'running', rule: { kind: 'override' } });
    expect((await api.get(`/api/workers/${ids.kept}`).then(expectStatus(200))).body.status).toBe('running');

    // Before the override ends the schedule would stop it then: warned again, for that stop.
    clock.advanceMinutes((Date.parse(override.until) - clock.now().getTime()) / MINUTE - 10);
    expect((await runJob('power-reconciler')).summary?.warned).toEqual([name('kept')]);
    const again = await eventually(async () => {
      const list = (await stopWarnings()).filter((n) => n.workerId === ids.kept);
      return list.length === 2 ? list : undefined;
    });
    expect(again[0].title).toBe(`${name('kept')} will be stopped at ${wall(new Date(override.until)).time} UTC`);
  });
});
