import { StopInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MetricSamples } from '../../apps/api/src/modules/workers/application/ports/metric-samples.port.js';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { type CmlSimulator, startTestSimulator } from '../support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGION = 'us-east-1';
// Sign-in needs a port among the realm's redirect URIs; 8134 is the web console suite's.
const PORT = 8134;
// Live updates need the realtime module (GET /api/events/stream); until it is in the tree the tests that depend on it wait.

const SLOW = 120_000;

/**
 * The web console in a real browser (Debian Chromium through playwright-core) against the real app
 * serving the built console, signing in on Keycloak's login page, with workers on moto and
 * simulated CML controllers. Saves the screenshots of docs/screenshots.
 */
describe('web console in a browser', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let run: string;
  let amiName: string;
  const instances: Record<string, string> = {};
  const workers: Record<string, string> = {};

  async function as(username: string, path = '/workers'): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    sim = await startTestSimulator([
      { id: 'classroom', labs: [{ title: 'OSPF area 0', state: 'STARTED', nodes: 6, owner: 'admin' }, { title: 'BGP peering', state: 'STOPPED', nodes: 4, owner: 'admin' }] },
      { id: 'ccnp', labs: [{ title: 'CCNP ENCOR', state: 'STARTED', nodes: 12, owner: 'admin' }] },
      { id: 'evaluation', labs: [{ title: 'SD-WAN evaluation', state: 'STARTED', nodes: 8, owner: 'admin' }, { title: 'Scratch', state: 'DEFINED_ON_CORE', nodes: 2, owner: 'admin' }] },
      { id: 'archive' },
      { id: 'spare' },
    ]);
    t = await startTestApp(
      'web-console',
      { WEB_DIST_DIR, CML_USERNAME: 'admin', CML_PASSWORD: 'admin', AWS_REGIONS: REGION, AWS_REGION: REGION, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '1' },
      { port: PORT },
    );
    api = new Api(t.url);
    run = uniqueRunId('web');
    // Not `cml-2.9-…`: the API documents that pattern as its example, so the fuzz suite would import these instances.
    amiName = `cml-${run}`;
    const amiId = await createNamedAmi(REGION, amiName, 'CML 2.9 (web console test)');
    for (const name of ['classroom', 'ccnp', 'evaluation', 'archive', 'spare']) {
      const [id] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `east-${name}`, team: 'training', 'cml-endpoint': sim.baseUrlOf(name) } });
      instances[name] = id;
    }
    // Two workers exist before anyone opens the console; the admin imports two more through it.
    for (const name of ['evaluation', 'archive']) {
      workers[name] = (await api.post('/api/workers/import', { region: REGION, instanceId: instances[name] }).then(expectStatus(201))).body.id;
    }
    await motoEc2(REGION).send(new StopInstancesCommand({ InstanceIds: [instances.archive] }));
    await api.post(`/api/workers/${workers.archive}/refresh`, {}, 'manager').then(expectStatus(200));
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await sim?.close();
    // moto is shared by every suite: leave nothing running that another suite could pick up.
    const ids = Object.values(instances);
    if (ids.length) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: ids })).catch(() => undefined);
    closeMotoClients();
  });

  it('lets an admin import two instances through the import workflow, with a preview and a result for each', async () => {
    const page = await as('admin', '/workers/import');
    await page.getByLabel('Region').selectOption(REGION);
    await page.getByLabel('AMI name to search for').fill(amiName);
    await page.getByRole('button', { name: 'Find instances' }).click();
    await expectText(page.getByRole('heading', { name: /instances found/ }), '5 instances found · 2 managed · 3 importable');

    // The preview is a dry run of exactly the selected instances.
    await page.getByRole('checkbox', { name: new RegExp(instances.classroom) }).check();
    await page.getByRole('checkbox', { name: new RegExp(instances.ccnp) }).check();
    await page.getByRole('button', { name: 'Preview 2 selected (dry run)' }).click();
    await expectText(page.getByTestId('import-preview'), 'Preview of 2 instances: 2 would be imported, 0 would be refused');

    await page.getByRole('button', { name: 'Import 2 selected' }).click();
    await expectText(page.getByRole('heading', { name: /Import finished/ }), 'Import finished: 2 imported, 0 refused');
    // The preview described the fleet before the import; it is gone rather than misleading.
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    await expectText(page.getByTestId(`import-result-${instances.classroom}`), 'imported as east-classroom');
    await expectText(page.getByTestId(`import-result-${instances.ccnp}`), 'imported as east-ccnp');
    // The table was read again: the two now show as managed, the fifth is still there to import.
    await expectText(page.locator(`tr[data-instance-id="${instances.classroom}"]`), 'managed as east-classroom');
    await expectText(page.locator(`tr[data-instance-id="${instances.spare}"]`), 'not managed');
    await screenshot(page, 'import');

    // The suite has a database of its own: every worker in it is one of ours.
    const list = await api.get('/api/workers?pageSize=10').then(expectStatus(200));
    for (const w of list.body.items as { id: string; name: string }[]) workers[w.name.replace('east-', '')] = w.id;
    expect(Object.keys(workers).sort()).toEqual(['archive', 'ccnp', 'classroom', 'evaluation']);
  }, SLOW);

  it('shows the fleet, a worker with its metrics and labs, the labs and the jobs (screenshots)', async () => {
    await prepareRichData();
    const page = await as('admin');
    await expectText(page.getByTestId('total-workers'), '4');
    await expectText(page.getByTestId('total-running'), '3');
    await expectText(page.getByRole('table', { name: 'Workers' }), 'east-classroom');
    await screenshot(page, 'workers');

    await page.getByRole('link', { name: 'east-classroom' }).click();
    await page.waitForURL(`**/workers/${workers.classroom}`);
    await expectText(page.getByRole('heading', { level: 1 }), 'east-classroom');
    await expectText(page.locator('body'), 'licensed');
    await screenshot(page, 'worker-detail');

    await page.getByRole('tab', { name: 'Metrics' }).click();
    await page.getByRole('img', { name: /CPU/ }).first().waitFor();
    await screenshot(page, 'worker-metrics');

    await page.getByRole('tab', { name: /^Labs/ }).click();
    await expectText(page.getByRole('table', { name: 'Labs' }), 'OSPF area 0');
    await page.getByRole('tab', { name: 'Idle' }).click();
    await expectText(page.getByTestId('idle-current-reason'), /^Last activity (now|.+ ago) \(.+\); idle from .+ if nothing happens\.$/);
    await screenshot(page, 'worker-idle');

    await page.goto('/labs');
    await expectText(page.getByRole('table', { name: 'Labs' }), 'SD-WAN evaluation');
    await screenshot(page, 'labs');

    await page.goto('/jobs');
    await expectText(page.locator('tr[data-job="metrics-collection"]'), 'succeeded');
    await screenshot(page, 'jobs');
  }, SLOW);

  it('lets a manager stop a worker after confirming, and shows the status change without reloading', async () => {
    const page = await as('manager', `/workers/${workers.ccnp}`);
    await expectText(page.getByTestId('worker-status'), 'running');
    await page.evaluate('window.__sameDocument = true');
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, `EC2 stops instance ${instances.ccnp} in ${REGION}`);
    await dialog.getByRole('button', { name: 'Stop east-ccnp' }).click();
    await expectText(page.getByTestId('worker-status'), 'stopping');
    // The stop is an operation with named steps (its running lab first): the page lists them.
    const steps = page.getByRole('region', { name: 'Stop operation' }).getByRole('list', { name: 'Steps' });
    await expectText(steps, 'Stop the running labs');
    await expectText(steps, 'Ask EC2 to stop the instance');
    await screenshot(page, 'worker-stopping');
    // Another session reads EC2 again (moto stops at once): the change arrives through the live stream.
    await api.post(`/api/workers/${workers.ccnp}/refresh`, {}, 'admin').then(expectStatus(200));
    await expectText(page.getByTestId('worker-status'), 'stopped', 15_000);
    // Nothing was reloaded: the page that clicked Stop is the page that shows the new status.
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
  }, SLOW);

  it('shows a user no admin or operator actions', async () => {
    const page = await as('user');
    await expectText(page.getByRole('table', { name: 'Workers' }), 'east-classroom');
    expect(await page.getByRole('link', { name: 'Import instances' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New worker' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^(Import|Jobs)$/ }).count()).toBe(0);
    expect(await page.getByLabel('Include terminated').count()).toBe(0);

    await page.getByRole('link', { name: 'east-classroom' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'east-classroom');
    // Start, stop and refresh are a manager's; terminate and unregister an admin's.
    expect(await page.getByRole('group', { name: 'Actions for east-classroom' }).count()).toBe(0);
    for (const name of ['Start', 'Stop', 'Refresh', 'Terminate', 'Unregister']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Tags' }).click();
    expect(await page.getByRole('button', { name: /Save tags/ }).count()).toBe(0);
    await page.getByRole('tab', { name: /^Labs/ }).click();
    await expectText(page.getByRole('table', { name: 'Labs' }), 'OSPF area 0');
    // Syncing and every lab action (download too: a topology carries device configurations) are a manager's.
    for (const name of ['Sync now', 'Upload topology', 'Start', 'Stop', 'Wipe', 'Download', 'Delete']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);

    await page.goto('/workers/import');
    await expectText(page.getByRole('alert'), 'This page needs the admin role');
  }, SLOW);

  it('shows a change made in another session in the table as it happens', async () => {
    const page = await as('user');
    const row = page.locator(`tr[data-worker-id="${workers.evaluation}"]`);
    await expectText(row, 'east-evaluation');
    await page.evaluate('window.__sameDocument = true');
    await expectText(page.getByRole('status', { name: /Live updates/ }), 'Live');
    await api.patch(`/api/workers/${workers.evaluation}`, { name: 'east-evaluation-renamed' }, 'admin').then(expectStatus(200));
    await expectText(row, 'east-evaluation-renamed', 15_000);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
  }, SLOW);

  it("shows the month's cost: totals in dollars, spend per day with its summary, groups by a tag, and the CSV per worker", async () => {
    const page = await as('user', '/cost');
    const month = new Date().toISOString().slice(0, 7);
    await expectText(page.getByTestId('cost-spent'), /^\$\d[\d,]*\.\d\d$/);
    await expectText(page.getByTestId('estimate-note'), /Estimates, not an AWS invoice/);
    const chart = page.getByRole('img', { name: /^Spend per day in \w+ \d{4}, stacked by owner: / });
    await chart.waitFor();
    // The chart keeps its proportions, text included.
    expect(await chart.getAttribute('preserveAspectRatio')).toBeNull();
    await page.getByRole('button', { name: 'Show as table' }).click();
    await expectText(page.getByRole('table', { name: /^Spend per day in/ }), /Total/);

    const csv = page.getByRole('link', { name: /Download CSV/ });
    expect(await csv.getAttribute('href')).toBe(`/api/cost/workers.csv?month=${month}`);
    const download = await page.request.get(`${t.url}/api/cost/workers.csv?month=${month}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/^text\/csv/);
    const text = await download.text();
    expect(text.split('\n')[0]).toMatch(/compute_usd/);
    expect(text).toMatch(/east-archive/);

    await page.getByLabel('Group by').selectOption('tag');
    await page.getByLabel('Tag key').fill('team');
    await page.getByLabel('Tag key').press('Enter');
    await page.waitForURL(/groupBy=tag&tagKey=team|tagKey=team&groupBy=tag/);
    await expectText(page.getByRole('table', { name: 'Cost by tag team' }), 'training');
    await page.getByRole('button', { name: 'Show as chart' }).click();
    await page.getByRole('img', { name: /stacked by team tag: / }).waitFor();
    await screenshot(page, 'cost');

    // The workers table and a worker's page carry each worker's cost.
    await page.goto(`${t.url}/workers`);
    await expectText(page.locator(`tr[data-worker-id="${workers.archive}"]`).getByTestId('worker-cost'), /^\$\d[\d,]*\.\d\d/);
    await expectText(page.getByTestId('workers-cost-total'), /on this page: \$\d/);
    await page.goto(`${t.url}/workers/${workers.archive}`);
    await expectText(page.getByTestId('worker-cost-month'), /^\$\d[\d,]*\.\d\d$/);
  }, SLOW);

  /** Metric history, synced labs and a finished collection run, so the screenshots show a fleet at work. */
  async function prepareRichData(): Promise<void> {
    const samples = t.app.get(MetricSamples, { strict: false });
    const now = Date.now();
    for (const [name, base] of [['classroom', 35], ['ccnp', 55], ['evaluation', 20]] as const) {
      const points = Array.from({ length: 72 }, (_, i) => {
        const wave = Math.sin(i / 7) * 12 + Math.sin(i / 2.3) * 4;
        return {
          workerId: workers[name],
          at: new Date(now - (72 - i) * 5 * 60_000).toISOString(),
          cpuPercent: Math.max(1, Math.min(99, base + wave)),
          memoryPercent: Math.max(1, Math.min(99, base + 15 + wave / 2)),
          diskPercent: 30 + i / 10,
          runningNodes: Math.max(0, Math.round(6 + wave / 3)),
        };
      });
      await samples.record(points);
    }
    for (const name of ['classroom', 'ccnp', 'evaluation']) await api.post(`/api/workers/${workers[name]}/labs/sync`, {}, 'admin').then(expectStatus(200));
    const started = await api.post('/api/jobs/metrics-collection/run', {}, 'admin').then(expectStatus(202));
    await eventually(async () => {
      const runs = await api.get('/api/jobs/metrics-collection/runs?limit=5');
      return (runs.body as { id: string; outcome: string }[]).some((r) => r.id === started.body.id && r.outcome !== 'running');
    }, 30_000);
  }
});
