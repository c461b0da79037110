import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_FLEET } from '../../apps/api/src/tools/demo/demo-fleet.js';
import { writeMetricHistory } from '../../apps/api/src/tools/demo/demo-history.js';
import { type SeedDemoResult, seedDemo } from '../../apps/api/src/tools/demo/seed-demo.js';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { TimeTravel } from '../support/clock.js';
import { type CmlSimulator, startTestSimulator } from '../support/cml.js';
import { serviceEnv } from '../support/env.js';
import { closeMotoClients, motoEc2, motoEndpoint, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8135 is this suite's.
const PORT = 8135;
const SLOW = 120_000;
const CML = { username: 'admin', password: 'demo-secret' };

/**
 * The console as the demo shows it, in a real browser: status that keeps up with EC2 after a stop
 * and a start, CML facts marked when they are not current, the labs of a stopped worker as last
 * seen, idle detection warning and stopping a worker, and the workers table at a laptop width.
 */
describe('fleet status in the console', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let seeded: SeedDemoResult;
  const contexts: BrowserContext[] = [];

  const idOf = (name: string) => seeded.machines.find((m) => m.name === name)!.workerId!;

  async function as(username: string, path = '/workers'): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    sim = await startTestSimulator([]);
    t = await startTestApp(
      'fleet-status',
      {
        WEB_DIST_DIR,
        CML_USERNAME: CML.username,
        CML_PASSWORD: CML.password,
        AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
        LAB_SYNC_MIN_INTERVAL_SECONDS: '0',
        IDLE_WARNING_LEAD_MINUTES: '2',
        // The scheduler runs, so a stop or start is followed as in production; the other jobs are
        // started by the tests when they need them.
        JOBS_ENABLED: 'true',
        JOB_TICK_SECONDS: '1',
        WORKER_FOLLOW_INTERVAL_SECONDS: '5',
        WORKER_METRICS_INTERVAL_SECONDS: '86400',
        LAB_SYNC_INTERVAL_SECONDS: '86400',
        IDLE_CHECK_INTERVAL_SECONDS: '86400',
        // Nothing here is scheduled: the power reconciler has nothing to do and must not compete for the tick.
        POWER_RECONCILE_INTERVAL_SECONDS: '3600',
      },
      { port: PORT },
    );
    api = new Api(t.url);
    seeded = await seedDemo({
      appUrl: t.url,
      issuer: serviceEnv().oidcIssuer,
      awsEndpoint: motoEndpoint(),
      simulatorUrl: sim.url,
      cml: CML,
      fleet: uniqueRunId('fleet-status'),
      machines: DEMO_FLEET.filter((m) => ['east-classroom', 'east-forgotten', 'east-archive', 'west-ccnp'].includes(m.name)),
      waitForAppMs: 20_000,
      history: (ids) => writeMetricHistory(t.mongoUri, ids),
    });
    // The seeder stopped east-archive through the API: the status-follow job settles it.
    await eventually(async () => {
      // Asked as well as scheduled: the settling must not hang on when the job's slot comes round.
      await api.post('/api/jobs/status-follow/run', {}, 'admin');
      return (await api.get(`/api/workers/${idOf('east-archive')}`)).body.status === 'stopped';
    }, 30_000, 500).catch(async (err: unknown) => {
      const w = (await api.get(`/api/workers/${idOf('east-archive')}`)).body;
      const runs = (await api.get('/api/jobs/status-follow/runs')).body;
      throw new Error(`${(err as Error).message}: ${JSON.stringify({ status: w.status, changedAt: w.statusChangedAt, next: w.nextStatusCheck, runs })}`);
    });
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await sim?.close();
    const ids = seeded?.machines.map((m) => m.instanceId) ?? [];
    if (ids.length) await motoEc2('us-east-1').send(new TerminateInstancesCommand({ InstanceIds: seeded.machines.filter((m) => m.region === 'us-east-1').map((m) => m.instanceId) })).catch(() => undefined);
    if (ids.length) await motoEc2('us-west-2').send(new TerminateInstancesCommand({ InstanceIds: seeded.machines.filter((m) => m.region === 'us-west-2').map((m) => m.instanceId) })).catch(() => undefined);
    closeMotoClients();
  });

  it('fits the workers table, its idle column included, in a 1280 px wide window', async () => {
    const page = await as('manager');
    await page.setViewportSize({ width: 1280, height: 800 });
    const table = page.getByRole('table', { name: 'Workers' });
    await expectText(table, 'east-forgotten');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    const idle = table.getByRole('columnheader', { name: /Idle/ });
    const box = await idle.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    await screenshot(page, 'workers-1280');
  }, SLOW);

  it('keeps the labs of a stopped worker as last seen, and marks its controller facts as not current', async () => {
    const page = await as('user', `/workers/${idOf('east-archive')}`);
    await expectText(page.getByTestId('worker-status'), 'stopped');
    await expectText(page.getByTestId('cml-stale'), /Not current\. The instance is stopped: its controller is not read\. Shown as last read (now|.+ ago)\./);
    await page.getByRole('tab', { name: /^Labs/ }).click();
    const table = page.getByRole('table', { name: 'Labs' });
    await expectText(table, 'Security baseline');
    await expectText(table.locator('[data-testid="lab-last-seen"]').first(), /as last seen (now|.+ ago)/);
    await expectText(page.getByRole('status').filter({ hasText: 'east-archive is stopped' }), 'these are its labs as last seen');
    await screenshot(page, 'worker-stopped-labs');
  }, SLOW);

  it('follows a stop and a start until EC2 has made them, saying when it checks again, without anyone refreshing', async () => {
    const page = await as('manager', `/workers/${idOf('east-classroom')}`);
    await expectText(page.getByTestId('worker-status'), 'running');
    await page.evaluate('window.__sameDocument = true');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Stop east-classroom' }).click();
    await expectText(page.getByTestId('worker-status'), /stopping|stopped/);
    // Either caught between two reads (with the countdown) or already settled: never stuck.
    await expectText(page.getByTestId('worker-status'), 'stopped', 20_000);
    await expectText(page.getByTestId('cml-stale'), 'The instance is stopped');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const dialog = page.getByRole('dialog');
    if (await dialog.count()) await dialog.getByRole('button', { name: /Start/ }).last().click();
    await expectText(page.getByTestId('worker-status'), 'running', 20_000);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    const timeline = (await api.get(`/api/workers/${idOf('east-classroom')}/events?view=people`).then(expectStatus(200))).body.items as { type: string; data: { to?: string; trigger?: string } }[];
    // Both came from reading EC2 (the status-follow job or the stop's own wait, whichever read first), not from a reload.
    expect(timeline.filter((e) => e.type === 'worker.status-changed' && e.data.trigger === 'ec2').map((e) => e.data.to)).toEqual(expect.arrayContaining(['stopped', 'running']));
  }, SLOW);

  it('shows idle detection at work on the demo worker nobody uses: warned, then stopped, with the reason', async () => {
    const id = idOf('east-forgotten');
    const page = await as('user', `/workers/${id}`);
    await expectText(page.getByTestId('worker-status'), 'running');
    const clock = new TimeTravel(t.app);
    clock.advanceMinutes(6);
    await api.post('/api/jobs/idle-detection/run', {}, 'admin').then(expectStatus(202));
    await page.getByRole('tab', { name: 'Idle' }).click();
    await expectText(page.getByTestId('idle-current-reason'), /Idle for .+ unless someone uses or snoozes it\./, 15_000);
    await screenshot(page, 'worker-idle-warned');

    clock.advanceMinutes(3);
    await eventually(async () => (await api.post('/api/jobs/idle-detection/run', {}, 'admin')).status === 202, 15_000, 500);
    await expectText(page.getByTestId('worker-status'), /stopping|stopped/, 20_000);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expectText(page.getByTestId('timeline-event').filter({ hasText: 'idle detection' }).first(), /Stopped after .+ without activity/);
  }, SLOW);
});
