import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The auto-import job reuses the import command: imports what matches, never twice, and says so. */
describe('auto-import job', () => {
  let t: TestApp;
  let api: Api;
  let instances: string[];

  async function runJob(): Promise<{ outcome: string; summary: { found: number; imported: number; skipped: number; regions: Record<string, { imported: string[] }> } }> {
    const started = await api.post('/api/jobs/auto-import/run', {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get('/api/jobs/auto-import/runs');
      return runs.body.find((r: { id: string; outcome: string }) => r.id === started.body.id && r.outcome !== 'running');
    });
  }

  beforeAll(async () => {
    const run = uniqueRunId('auto');
    const amiName = `cml-auto-${run}`;
    const amiId = await createNamedAmi('us-west-2', amiName);
    instances = await launchInstances('us-west-2', { count: 3, imageId: amiId, tags: { Name: `auto-${run}` } });
    t = await startTestApp('auto-import', { AUTO_IMPORT_WORKERS_ENABLED: 'true', AUTO_IMPORT_WORKERS_REGIONS: 'us-west-2', AUTO_IMPORT_WORKERS_AMI_NAME: `cml-auto-${run}*` });
    api = new Api(t.url);
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('is listed as enabled with its schedule', async () => {
    const jobs = await api.get('/api/jobs');
    expect(jobs.body.find((j: { name: string }) => j.name === 'auto-import')).toMatchObject({ enabled: true, schedule: 'every 1 h' });
  });

  it('imports every matching instance and records what it found, imported and skipped', async () => {
    const run = await runJob();
    expect(run.outcome).toBe('succeeded');
    expect(run.summary).toMatchObject({ found: 3, imported: 3, skipped: 0 });
    expect(run.summary.regions['us-west-2'].imported.sort()).toEqual([...instances].sort());
    const timeline = await api.get(`/api/workers?q=${instances[0]}`);
    const events = await api.get(`/api/workers/${timeline.body.items[0].id}/events`);
    expect(events.body.items.at(-1)).toMatchObject({ type: 'worker.imported', actor: { kind: 'system', name: 'auto-import' }, data: { source: 'auto-import' } });
  });

  it('never imports twice', async () => {
    const run = await runJob();
    expect(run.summary).toMatchObject({ found: 3, imported: 0, skipped: 3 });
  });

  it('refuses to start without the AMI name to look for', async () => {
    const { ConfigError, loadConfig } = await import('../apps/api/src/config/app-config.js');
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://x/y', OIDC_ISSUER_URL: 'http://idp', AUTO_IMPORT_WORKERS_ENABLED: 'true' })).toThrow(ConfigError);
  });
});
