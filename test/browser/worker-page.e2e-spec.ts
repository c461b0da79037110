import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { type CmlSimulator, startTestSimulator } from '../support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGION = 'us-east-1';
// Sign-in needs a port among the realm's redirect URIs; 8146 is this suite's.
const PORT = 8146;
const SLOW = 120_000;
const LICENSE_TOKEN = 'ZmFrZS1zbWFydC1saWNlbnNpbmctdG9rZW4tNDI=';

/** `YYYY-MM-DDTHH:mm` as a datetime-local input takes it, in the browser's zone (the test process's). */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Issue 16, the worker's page in a real browser against the app, moto and simulated CML
 * controllers: the licence with its operation's progress, the settings, snooze until, the
 * controller's hosts and definitions, a lab's own page, and the actions no other suite drives
 * (saving tags, the timeline, terminate, unregister). Every view passes the axe-core check.
 */
describe("the worker's page in the console", () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let run: string;
  const contexts: BrowserContext[] = [];
  const instances: Record<string, string> = {};
  const workers: Record<string, string> = {};

  async function as(username: string, path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    sim = await startTestSimulator([
      // Unlicensed, with a registration that takes a few seconds: the page shows the operation running.
      { id: 'licence', licensed: false, licenseRegistrationDelayMs: 4_000, labs: [{ title: 'OSPF area 0', state: 'STARTED', nodes: 4, owner: 'admin' }] },
      { id: 'doomed' },
      { id: 'leaving' },
    ]);
    t = await startTestApp(
      'worker-page-browser',
      { WEB_DIST_DIR, CML_USERNAME: 'admin', CML_PASSWORD: 'admin', AWS_REGIONS: REGION, AWS_REGION: REGION, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', LICENSE_POLL_SECONDS: '1' },
      { port: PORT },
    );
    api = new Api(t.url);
    run = uniqueRunId('wpage');
    const amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML 2.9 (worker page test)');
    for (const name of ['licence', 'doomed', 'leaving']) {
      const [id] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `wp-${name}-${run}`, 'cml-endpoint': sim.baseUrlOf(name) } });
      instances[name] = id;
      workers[name] = (await api.post('/api/workers/import', { region: REGION, instanceId: id, name: `wp-${name}` }).then(expectStatus(201))).body.id;
    }
    await api.post(`/api/workers/${workers.licence}/labs/sync`, {}, 'admin').then(expectStatus(200));
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await sim?.close();
    const ids = Object.values(instances);
    if (ids.length) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: ids })).catch(() => undefined);
    closeMotoClients();
  });

  it('registers and deregisters the licence with the operation’s progress and outcome, and shows what the controller reports', async () => {
    const page = await as('admin', `/workers/${workers.licence}?tab=licence`);
    await expectText(page.getByRole('heading', { level: 1 }), 'wp-licence');
    await page.getByLabel('Smart Licensing registration token').fill(LICENSE_TOKEN);
    await page.getByRole('button', { name: 'Register licence', exact: true }).click();
    const operation = page.getByTestId('license-operation');
    await expectText(operation, 'Licence registration');
    await expectText(page.getByTestId('license-progress'), /\S/);
    await expectAccessible(page, 'worker page, licence tab (operation running)');
    await expectText(page.getByTestId('license-outcome'), 'registration status COMPLETED', 30_000);
    await expectText(operation, 'succeeded');
    const facts = page.getByTestId('license-facts');
    await expectText(facts, 'IN_COMPLIANCE', 15_000);
    await expectText(page.getByRole('table', { name: 'Licensed features' }), 'CML - Expansion Nodes');
    await expectAccessible(page, 'worker page, licence tab');
    await screenshot(page, 'worker-licence');

    await page.getByRole('button', { name: 'Deregister licence' }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, 'evaluation mode');
    await expectAccessible(page, 'worker page, deregister licence dialog');
    await dialog.getByRole('button', { name: 'Deregister licence' }).click();
    await expectText(operation, 'Licence deregistration');
    await expectText(page.getByTestId('license-outcome'), 'Done', 30_000);
    await expectText(facts, 'EVAL', 15_000);
  }, SLOW);

  it('saves a rename and an idle timeout from the settings tab', async () => {
    const page = await as('admin', `/workers/${workers.leaving}?tab=settings`);
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('wp-leaving bad#');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Only letters, digits/).waitFor();
    await name.fill('wp-leaving-renamed');
    await page.getByLabel("This worker's own:").check();
    await page.getByLabel('Idle timeout of this worker, minutes').fill('120');
    await expectAccessible(page, 'worker page, settings tab');
    await screenshot(page, 'worker-settings');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'wp-leaving-renamed');
    const saved = (await api.get(`/api/workers/${workers.leaving}`).then(expectStatus(200))).body;
    expect(saved).toMatchObject({ name: 'wp-leaving-renamed', idle: { timeoutMinutes: 120 } });
  }, SLOW);

  it('snoozes the idle stop until a chosen time', async () => {
    const page = await as('manager', `/workers/${workers.leaving}?tab=idle`);
    await page.getByLabel('until a chosen time').check();
    const until = new Date(Date.now() + 2 * 24 * 3_600_000);
    until.setSeconds(0, 0);
    await page.getByLabel(/^Until/).fill(localInput(until));
    await expectAccessible(page, 'worker page, idle tab (snooze until)');
    await page.getByRole('button', { name: 'Snooze idle stop' }).click();
    await expectText(page.locator('body'), 'Kept running until');
    const idle = (await api.get(`/api/workers/${workers.leaving}/idle`).then(expectStatus(200))).body;
    expect(Date.parse(idle.snoozedUntil)).toBe(until.getTime());
  }, SLOW);

  it("shows the controller's compute hosts and its node and image definitions", async () => {
    const page = await as('manager', `/workers/${workers.licence}?tab=controller`);
    await expectText(page.getByTestId('compute-hosts'), 'READY');
    await expectText(page.getByTestId('node-definitions'), 'iosv');
    await expectText(page.getByTestId('image-definitions'), 'iosv-159-3-m8');
    await expectAccessible(page, 'worker page, controller tab');
    await screenshot(page, 'worker-controller');
  }, SLOW);

  it("opens a lab's own page from the labs list, with its state history, at a deep link", async () => {
    const page = await as('user', `/workers/${workers.licence}?tab=labs`);
    await page.getByRole('link', { name: 'OSPF area 0' }).click();
    await page.waitForURL(new RegExp(`/workers/${workers.licence}/labs/[^/]+$`));
    await expectText(page.getByRole('heading', { level: 1 }), 'OSPF area 0');
    await expectText(page.getByTestId('lab-state-history'), 'first seen');
    expect(await page.title()).toContain('OSPF area 0');
    await expectAccessible(page, 'lab page');
    await screenshot(page, 'lab-detail');
    // The address alone opens it.
    const again = await as('user', new URL(page.url()).pathname);
    await expectText(again.getByRole('heading', { level: 1 }), 'OSPF area 0');
  }, SLOW);

  it('saves tags and shows the change in the timeline', async () => {
    const page = await as('admin', `/workers/${workers.doomed}?tab=tags`);
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByLabel(/^Key of new tag/).fill('course');
    await page.getByLabel('Value of course').fill('ccna-2026');
    await expectAccessible(page, 'worker page, tags tab');
    await page.getByRole('button', { name: /Save tags/ }).click();
    await eventually(async () => (await api.get(`/api/workers/${workers.doomed}`)).body.tags.course === 'ccna-2026');

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expectText(page.getByRole('list', { name: 'Timeline, newest first' }), /course/);
    await expectAccessible(page, 'worker page, timeline tab');
    await screenshot(page, 'worker-timeline');
  }, SLOW);

  it('terminates a worker after typing its name, with the operation on the page', async () => {
    const page = await as('admin', `/workers/${workers.doomed}`);
    await page.getByRole('button', { name: 'Terminate', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, 'this cannot be undone');
    await dialog.getByLabel(/to confirm/).fill('wp-doomed');
    await expectAccessible(page, 'worker page, terminate dialog');
    await dialog.getByRole('button', { name: 'Terminate wp-doomed' }).click();
    // The operation shows on the page (its steps fold away once it succeeded, which moto makes quick).
    await page.getByRole('region', { name: 'Terminate operation' }).waitFor({ timeout: 30_000 });
    await eventually(async () => ['terminating', 'terminated'].includes((await api.get(`/api/workers/${workers.doomed}`)).body.status), 30_000);
  }, SLOW);

  it('unregisters a worker after confirming; its record stays, marked unregistered', async () => {
    const page = await as('admin', `/workers/${workers.leaving}`);
    await page.getByRole('button', { name: 'Unregister', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expectText(dialog, 'stops managing');
    await expectAccessible(page, 'worker page, unregister dialog');
    await dialog.getByRole('button', { name: /^Unregister wp-leaving/ }).click();
    await expectText(page.locator('body'), 'unregistered');
    expect((await api.get(`/api/workers/${workers.leaving}`).then(expectStatus(200))).body.managed).toBe(false);
  }, SLOW);
});
