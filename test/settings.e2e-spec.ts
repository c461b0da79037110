import { Api, eventually, expectStatus } from './support/api.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Setting {
  name: string;
  value: unknown;
  source: 'setting' | 'environment';
  environmentValue: unknown;
  unit?: string;
  changedBy?: string;
  changedAt?: string;
}
interface Settings {
  version: number;
  settings: Setting[];
  changed?: number;
}
interface Job {
  name: string;
  intervalSeconds: number;
  enabled: boolean;
}
interface Defaults {
  provisioning: { instanceType: string };
  idle: { enabled: boolean; timeoutMinutes: number };
}

const byName = (s: Settings, name: string): Setting => s.settings.find((x) => x.name === name)!;

/**
 * Runtime settings end to end, against the MongoDB stand-in and Redis: two app instances on one
 * database and one Redis; a change made on the first is stored, audited in the event log, and used
 * by the second without a restart (its timer is an hour, so only the change notice explains it).
 */
describe('runtime settings', () => {
  let a: TestApp;
  let b: TestApp;
  let apiA: Api;
  let apiB: Api;

  const read = async (api: Api): Promise<Settings> => (await api.get('/api/settings', 'admin').then(expectStatus(200))).body as Settings;
  const job = async (api: Api, name: string): Promise<Job> => ((await api.get('/api/jobs', 'admin').then(expectStatus(200))).body as Job[]).find((j) => j.name === name)!;
  const defaults = async (api: Api): Promise<Defaults> => (await api.get('/api/system/defaults', 'user').then(expectStatus(200))).body as Defaults;

  beforeAll(async () => {
    const env = { IDLE_TIMEOUT_MINUTES: '60', WORKER_METRICS_INTERVAL_SECONDS: '300', WORKER_DEFAULT_INSTANCE_TYPE: 'm5zn.metal', SETTINGS_REFRESH_SECONDS: '3600' };
    a = await startTestApp('settings', env);
    b = await startTestApp('settings-b', env, { mongoUri: a.mongoUri });
    apiA = new Api(a.url);
    apiB = new Api(b.url);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('shows every setting with its environment value as the default, nothing set yet', async () => {
    const s = await read(apiA);
    expect(s.version).toBe(0);
    expect(byName(s, 'idleTimeoutMinutes')).toMatchObject({ value: 60, source: 'environment', environmentValue: 60, unit: 'minutes' });
    expect(byName(s, 'metricsIntervalSeconds')).toMatchObject({ value: 300, source: 'environment', unit: 'seconds' });
    expect(byName(s, 'subnetId')).toMatchObject({ value: null, source: 'environment' });
  });

  it('is for admins only', async () => {
    await apiA.get('/api/settings', 'user').then(expectStatus(403));
    await apiA.get('/api/settings', 'manager').then(expectStatus(403));
    await apiA.patch('/api/settings', { version: 0, values: { idleTimeoutMinutes: 30 } }, 'manager').then(expectStatus(403));
  });

  it('refuses bad values with a 400 naming each, and writes none of them', async () => {
    const res = await apiA.patch('/api/settings', { version: 0, values: { idleTimeoutMinutes: 0, metricsIntervalSeconds: 120, subnetId: 'nope', colour: 'blue' } }).then(expectStatus(400));
    expect(res.body.code).toBe('SETTINGS.INVALID');
    expect(res.body.details.problems).toEqual([
      expect.stringContaining('idleTimeoutMinutes must be between 1 and 10080 (minutes)'),
      expect.stringContaining('subnetId must be a subnet id'),
      expect.stringContaining('colour is not a runtime setting'),
    ]);
    await apiA.patch('/api/settings', { values: { idleTimeoutMinutes: 30 } }).then(expectStatus(400));
    await apiA.patch('/api/settings', { version: 0, values: 'idleTimeoutMinutes=30' }).then(expectStatus(400));
    const s = await read(apiA);
    expect(s.version).toBe(0);
    expect(byName(s, 'metricsIntervalSeconds').value).toBe(300);
  });

  it('a change is stored, audited, and used by the other instance without a restart', async () => {
    // The other instance reads the settings once first (as at its start).
    expect((await defaults(apiB)).idle.timeoutMinutes).toBe(60);
    const res = await apiA.patch('/api/settings', { version: 0, values: { idleTimeoutMinutes: 30, metricsIntervalSeconds: 120, defaultInstanceType: 'c5.metal' } }).then(expectStatus(200));
    const s = res.body as Settings;
    expect(s.version).toBe(1);
    expect(s.changed).toBe(3);
    expect(byName(s, 'idleTimeoutMinutes')).toMatchObject({ value: 30, source: 'setting', environmentValue: 60, changedBy: expect.any(String), changedAt: expect.any(String) });

    // This instance at once.
    expect((await job(apiA, 'metrics-collection')).intervalSeconds).toBe(120);
    // The other one through the change notice (its own timer would take an hour).
    await eventually(async () => (await job(apiB, 'metrics-collection')).intervalSeconds === 120, 10_000);
    const d = await defaults(apiB);
    expect(d.idle.timeoutMinutes).toBe(30);
    expect(d.provisioning.instanceType).toBe('c5.metal');

    const events = await eventually(async () => {
      const r = await apiA.get('/api/events?types=settings.changed', 'admin').then(expectStatus(200));
      return (r.body.items as { type: string; data: { version: number; changedBy: string; changes: unknown[] } }[]).find((e) => e.data.version === 1);
    });
    expect(events.data.changedBy).toBe(byName(s, 'idleTimeoutMinutes').changedBy);
    expect(events.data.changes).toEqual([
      { setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', from: '60', to: '30', reset: false },
      { setting: 'metricsIntervalSeconds', variable: 'WORKER_METRICS_INTERVAL_SECONDS', from: '300', to: '120', reset: false },
      { setting: 'defaultInstanceType', variable: 'WORKER_DEFAULT_INSTANCE_TYPE', from: '"m5zn.metal"', to: '"c5.metal"', reset: false },
    ]);
  });

  it('refuses a change made on a version someone else changed since (409), and changes nothing', async () => {
    const res = await apiB.patch('/api/settings', { version: 0, values: { idleTimeoutMinutes: 45 } }).then(expectStatus(409));
    expect(res.body.code).toBe('SETTINGS.VERSION_CONFLICT');
    expect(byName(await read(apiB), 'idleTimeoutMinutes').value).toBe(30);
  });

  it('null goes back to the environment value, on every instance', async () => {
    const res = await apiB.patch('/api/settings', { version: 1, values: { idleTimeoutMinutes: null, metricsIntervalSeconds: null } }).then(expectStatus(200));
    expect(res.body.version).toBe(2);
    expect(byName(res.body as Settings, 'idleTimeoutMinutes')).toMatchObject({ value: 60, source: 'environment', changedBy: expect.any(String) });
    expect(byName(res.body as Settings, 'defaultInstanceType')).toMatchObject({ value: 'c5.metal', source: 'setting' });
    await eventually(async () => (await job(apiA, 'metrics-collection')).intervalSeconds === 300, 10_000);
    expect((await defaults(apiA)).idle.timeoutMinutes).toBe(60);
    // Nothing left to change: no new version, no event.
    const again = await apiA.patch('/api/settings', { version: 2, values: { idleTimeoutMinutes: null } }).then(expectStatus(200));
    expect(again.body).toMatchObject({ version: 2, changed: 0 });
  });
});
