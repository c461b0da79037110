import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, putCpuMetric, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';

const REGION = 'us-west-2';

interface Run {
  outcome: string;
  summary?: Record<string, unknown>;
  error?: string;
}

/** Jobs against real services: fleet collection, idle detection with warnings and stops, the jobs API. */
describe('jobs', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let run: string;
  const ids: Record<string, string> = {};

  async function runJob(name: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs?limit=5`);
      const r = (runs.body as (Run & { id: string })[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  beforeAll(async () => {
    sim = await startTestSimulator([
      { id: 'busy', labs: [{ title: 'Busy lab', state: 'STARTED', nodes: 6 }] },
      { id: 'quiet', labs: [{ title: 'Quiet lab', state: 'STOPPED', nodes: 2 }] },
      { id: 'dead' },
    ]);
    sim.controllers.require('dead').setFaults({ hang: true });
    t = await startTestApp(
      'jobs',
      { CML_USERNAME: 'admin', CML_PASSWORD: 'admin', CML_TIMEOUT_MS: '800', CML_READ_RETRIES: '0', IDLE_TIMEOUT_MINUTES: '60', IDLE_WARNING_LEAD_MINUTES: '10', IDLE_START_GRACE_MINUTES: '30' },
      { onCreated: (app) => (clock = new TimeTravel(app)) },
    );
    api = new Api(t.url);
    run = uniqueRunId('job');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    for (const c of ['busy', 'quiet', 'dead']) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${c}-${run}`, 'cml-endpoint': sim.baseUrlOf(c) } });
      ids[c] = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id;
      await putCpuMetric(REGION, instanceId, [{ timestamp: new Date(Date.now() - 120_000), value: 12.5 }, { timestamp: new Date(Date.now() - 60_000), value: 42.5 }]);
    }
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
    closeMotoClients();
  });

  it('lists the jobs with schedule, last run and next run', async () => {
    const res = await api.get('/api/jobs').then(expectStatus(200));
    const names = res.body.map((j: { name: string }) => j.name);
    expect(names).toEqual(expect.arrayContaining(['metrics-collection', 'idle-detection', 'lab-sync', 'auto-import']));
    const collection = res.body.find((j: { name: string }) => j.name === 'metrics-collection');
    expect(collection).toMatchObject({ enabled: true, intervalSeconds: 300, schedule: 'every 5 min', running: false });
    expect(Date.parse(collection.nextRunAt)).toBeGreaterThan(Date.now());
    expect(res.body.find((j: { name: string }) => j.name === 'auto-import')).toMatchObject({ enabled: false, disabledReason: 'AUTO_IMPORT_WORKERS_ENABLED=false' });
  });

  it('refuses to run jobs for non-admins, unknown jobs and disabled jobs', async () => {
    await api.post('/api/jobs/metrics-collection/run', {}, 'manager').then(expectStatus(403));
    await api.post('/api/jobs/no-such-job/run', {}, 'admin').then(expectStatus(404));
    const disabled = await api.post('/api/jobs/auto-import/run', {}, 'admin').then(expectStatus(409));
    expect(disabled.body.code).toBe('JOB.DISABLED');
  });

  it('collects the fleet in batched calls, and a dead controller costs only its timeout', async () => {
    const first = await runJob('metrics-collection');
    expect(first.outcome).toBe('succeeded');
    const s = first.summary as Record<string, number> & { awsCallsByOperation: Record<string, number> };
    expect(s.workers).toBeGreaterThanOrEqual(3);
    // One DescribeInstances, one DescribeInstanceStatus and one GetMetricData for the region.
    expect(s.awsCallsByOperation['ec2:DescribeInstances']).toBe(1);
    expect(s.awsCallsByOperation['ec2:DescribeInstanceStatus']).toBe(1);
    expect(s.awsCallsByOperation['cloudwatch:GetMetricData']).toBe(1);
    expect(s.durationMs).toBeLessThan(5000);

    const second = await runJob('metrics-collection');
    // With the token cached, at most 3 controller calls per running worker (stats, labs, activity).
    expect((second.summary as { cmlCallsPerRunningWorker: number }).cmlCallsPerRunningWorker).toBeLessThanOrEqual(3);

    const busy = (await api.get(`/api/workers/${ids.busy}`)).body;
    expect(busy.serviceStatus).toBe('available');
    expect(busy.telemetry).toMatchObject({ runningNodes: 6, labs: 1, ec2CpuPercent: 42.5 });
    expect(busy.statusChecks.instance).toBeDefined();
    const dead = (await api.get(`/api/workers/${ids.dead}`)).body;
    expect(dead.serviceStatus).toBe('unavailable');
  });

  it('syncs the labs of every running worker', async () => {
    const run = await runJob('lab-sync');
    expect(run.outcome).toBe('succeeded');
    expect(run.summary).toMatchObject({ failed: 1 }); // the hung controller
    expect((run.summary as { created: number; unchanged: number }).created + (run.summary as { unchanged: number }).unchanged).toBeGreaterThanOrEqual(2);
    const labs = await api.get(`/api/workers/${ids.busy}/labs`).then(expectStatus(200));
    expect(labs.body.items.map((l: { title: string }) => l.title)).toContain('Busy lab');
  });

  it('keeps metric samples for charts', async () => {
    const res = await api.get(`/api/workers/${ids.busy}/metrics`).then(expectStatus(200));
    expect(res.body.points.length).toBeGreaterThanOrEqual(2);
    expect(res.body.points.at(-1)).toMatchObject({ runningNodes: 6, ec2CpuPercent: 42.5 });
    expect(res.body.units.cpuPercent).toMatch(/percent/);
    await api.get(`/api/workers/${ids.busy}/metrics?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`).then(expectStatus(400));
  });

  it('warns an idle worker with the planned stop time, then stops it, recording each decision and its reason', async () => {
    clock.advanceMinutes(61);
    const warnRun = await runJob('idle-detection');
    expect(warnRun.summary).toMatchObject({ warned: 3 });
    const idle = await api.get(`/api/workers/${ids.quiet}/idle`).then(expectStatus(200));
    expect(idle.body.warning.plannedStopAt).toBeDefined();
    expect(idle.body.recentDecisions[0]).toMatchObject({ outcome: 'warn', timeoutMinutes: 60, lastActivitySource: 'import' });
    expect(idle.body.recentDecisions[0].reason).toMatch(/^Idle for 1 h \d+ min \(timeout 1 h, last activity at (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC: imported\); it will be stopped at (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC/);
    expect(idle.body.current).toMatchObject({ code: 'warning-pending', since: idle.body.recentDecisions[0].at });
    expect(idle.body.lastEvaluatedAt).toBe(idle.body.recentDecisions[0].at);
    const timeline = await api.get(`/api/workers/${ids.quiet}/events`);
    expect(timeline.body.items[0]).toMatchObject({ type: 'worker.idle-warning-issued', actor: { kind: 'system', name: 'idle-detection' } });

    // Somebody snoozes one of them; a manager may, a user may not.
    await api.post(`/api/workers/${ids.busy}/idle/snooze`, { minutes: 120 }, 'user').then(expectStatus(403));
    const snoozed = await api.post(`/api/workers/${ids.busy}/idle/snooze`, { minutes: 120 }, 'manager').then(expectStatus(200));
    expect(snoozed.body.warning).toBeUndefined();
    expect(snoozed.body.snoozedUntil).toBeDefined();
    // And idle detection is turned off for another.
    await api.patch(`/api/workers/${ids.dead}`, { idleDetectionEnabled: false }).then(expectStatus(200));

    clock.advanceMinutes(11);
    const stopRun = await runJob('idle-detection');
    expect(stopRun.summary).toMatchObject({ stopped: 1, skipped: 1 });
    const quiet = (await api.get(`/api/workers/${ids.quiet}`)).body;
    expect(quiet.status).toBe('stopping');
    const events = (await api.get(`/api/workers/${ids.quiet}/events`)).body.items;
    const stop = events.find((e: { type: string; data: { to?: string } }) => e.type === 'worker.status-changed' && e.data.to === 'stopping');
    expect(stop).toMatchObject({ actor: { name: 'idle-detection' }, data: { trigger: 'idle-detection' } });
    expect(stop.data.reason).toMatch(/^Stopped after 1 h 1\d min without activity \(timeout 1 h, last activity at (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC: imported\); warned at (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC\.$/);
    const decisions = (await api.get(`/api/workers/${ids.quiet}/idle`)).body.recentDecisions;
    expect(decisions.map((d: { outcome: string; code: string }) => `${d.outcome} ${d.code}`)).toEqual(['stop idle-stop', 'warn idle-warning']);

    // A run that decides what the last one did records nothing: the log holds changes, not every minute.
    const busyBefore = (await api.get(`/api/workers/${ids.busy}/idle`)).body.recentDecisions;
    expect(busyBefore.map((d: { outcome: string; code: string }) => `${d.outcome} ${d.code}`)).toEqual(['keep snoozed', 'warn idle-warning']);
    clock.advanceMinutes(1);
    expect((await runJob('idle-detection')).summary).toMatchObject({ recorded: 0 });
    expect((await api.get(`/api/workers/${ids.busy}/idle`)).body.recentDecisions).toEqual(busyBefore);
    expect((await api.get(`/api/workers/${ids.busy}`)).body.status).toBe('running');
    expect((await api.get(`/api/workers/${ids.dead}/idle`)).body.recentDecisions[0]).toMatchObject({ outcome: 'skipped', reason: 'Idle detection is turned off for this worker.' });
  });

  it('refuses a snooze that is not a snooze', async () => {
    const both = await api.post(`/api/workers/${ids.busy}/idle/snooze`, { minutes: 5, until: '2030-01-01T00:00:00Z' }, 'manager').then(expectStatus(400));
    expect(both.body.code).toBe('IDLE.SNOOZE_INVALID');
    await api.post(`/api/workers/${ids.busy}/idle/snooze`, { minutes: 0 }, 'manager').then(expectStatus(400));
    await api.post(`/api/workers/${ids.busy}/idle/snooze`, { minutes: 99999 }, 'manager').then(expectStatus(400));
    const stopped = await api.post(`/api/workers/${ids.quiet}/idle/snooze`, { minutes: 30 }, 'manager').then(expectStatus(409));
    expect(stopped.body.code).toBe('WORKER.INVALID_TRANSITION');
  });

  it('does not start a run while one is going', async () => {
    sim.controllers.require('busy').setFaults({ latencyMs: 1500 });
    try {
      await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(202));
      const again = await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(409));
      expect(again.body.code).toBe('JOB.ALREADY_RUNNING');
      const jobs = await api.get('/api/jobs');
      expect(jobs.body.find((j: { name: string }) => j.name === 'metrics-collection').running).toBe(true);
    } finally {
      sim.controllers.require('busy').setFaults({});
      await eventually(async () => !(await api.get('/api/jobs')).body.find((j: { name: string }) => j.name === 'metrics-collection').running, 20_000);
    }
  });

  it('stored every document as its collection’s schema declares it (the writes above included)', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
