import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { type CmlSimulator, startTestSimulator } from '../support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGION = 'us-east-1';
// Sign-in needs a port among the realm's redirect URIs; 8144 is this suite's.
const PORT = 8144;
const SLOW = 180_000;
const KEYS = ['a', 'b', 'c', 'd'] as const;
type Key = (typeof KEYS)[number];

interface ListedWorker {
  id: string;
  name: string;
  status: string;
  tags: Record<string, string>;
  override?: { kind: string; until: string };
}

/**
 * Bulk actions on the workers list (issue 16, ADR 0052) in a real browser against the app, moto and
 * simulated CML controllers: an admin selects three workers and stops them after a confirmation that
 * names them, sees each one's outcome, tags two and sets an override on two.
 */
describe('bulk actions on the workers list', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let page: Page;
  let run: string;
  const contexts: BrowserContext[] = [];
  const instances: string[] = [];
  const names = {} as Record<Key, string>;
  const ids = {} as Record<Key, string>;

  const workerOf = async (key: Key): Promise<ListedWorker> => (await api.get(`/api/workers/${ids[key]}`).then(expectStatus(200))).body as ListedWorker;
  const dialog = () => page.getByRole('dialog');
  const rowOf = (table: Locator, key: Key) => table.locator(`tr[data-worker-name="${names[key]}"]`);

  /** The footer's Close (the header's × is named Close too), then wait until the dialog is gone. */
  async function closeDialog() {
    await dialog().locator('.modal-footer').getByRole('button', { name: 'Close' }).click();
    await eventually(async () => (await dialog().count()) === 0);
  }

  /** axe once the dialog has faded in: mid-transition its text is half transparent and fails the contrast check. */
  async function expectAccessibleAtRest(view: string) {
    await eventually(async () => (await page.evaluate('document.getAnimations().length')) === 0);
    await expectAccessible(page, view);
  }

  async function select(...keys: Key[]) {
    for (const key of keys) await page.getByRole('checkbox', { name: `Select ${names[key]}` }).check();
  }

  beforeAll(async () => {
    requireWebBuild();
    run = uniqueRunId('bulk');
    sim = await startTestSimulator(KEYS.map((k) => ({ id: `bulk-${k}`, labs: k === 'a' ? [{ title: 'OSPF area 0', state: 'STARTED' as const, nodes: 4, owner: 'admin' }] : [] })));
    t = await startTestApp(
      'bulk-actions-browser',
      { WEB_DIST_DIR, CML_USERNAME: 'admin', CML_PASSWORD: 'admin', AWS_REGIONS: REGION, AWS_REGION: REGION, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' },
      { port: PORT },
    );
    api = new Api(t.url);
    const amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML 2.9 (bulk actions test)');
    for (const key of KEYS) {
      const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `bulk-${run}-${key}`, 'cml-endpoint': sim.baseUrlOf(`bulk-${key}`) } });
      instances.push(instanceId);
      names[key] = `bulk-${run}-${key}`;
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId, name: names[key] }).then(expectStatus(201))).body.id;
    }
    browser = await launchChromium();
    const signedIn = await signedInPage(browser, t.url, 'admin', '/workers');
    contexts.push(signedIn.context);
    page = signedIn.page;
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await sim?.close();
    // moto is shared by every suite: leave nothing running that another suite could pick up.
    if (instances.length) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: instances })).catch(() => undefined);
    closeMotoClients();
  });

  it('stops three selected workers after a confirmation naming them, and shows each outcome', async () => {
    await expectText(page.getByRole('table', { name: 'Workers' }), names.d);
    await select('a', 'b', 'c');
    await expectText(page.getByTestId('selection-count'), '3 workers selected');
    await expectAccessible(page, 'workers list with a selection');
    await screenshot(page, 'bulk-selection');

    await page.getByRole('group', { name: 'Act on the selected workers' }).getByRole('button', { name: 'Stop' }).click();
    await expectText(dialog().getByTestId('bulk-sentence'), /^Stop 3 workers: their running labs first/);
    const targets = await expectText(dialog().getByTestId('bulk-targets'), names.a);
    for (const key of ['b', 'c'] as const) expect(targets).toContain(names[key]);
    expect(targets).not.toContain(names.d);
    await expectAccessibleAtRest('bulk stop confirmation');
    await screenshot(page, 'bulk-stop-confirmation');

    await dialog().getByRole('button', { name: 'Stop 3 workers' }).click();
    await expectText(dialog().getByTestId('bulk-progress'), 'All 3 settled.', 30_000);
    const outcomes = dialog().getByRole('table', { name: 'Outcome per worker' });
    for (const key of ['a', 'b', 'c'] as const) expect(await rowOf(outcomes, key).getAttribute('data-outcome')).toBe('done');
    await expectAccessibleAtRest('bulk outcomes');
    await screenshot(page, 'bulk-outcomes');
    await closeDialog();

    // The three were really asked to stop (the stop runs as each worker's operation); the fourth was not.
    for (const key of ['a', 'b', 'c'] as const) {
      await eventually(async () => ['stopping', 'stopped'].includes((await workerOf(key)).status), 30_000);
    }
    expect((await workerOf('d')).status).toBe('running');
  }, SLOW);

  it('names a stopped worker as skipped before anything is sent', async () => {
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await select('a', 'd');
    await page.getByRole('group', { name: 'Act on the selected workers' }).getByRole('button', { name: 'Stop' }).click();
    await expectText(dialog().getByTestId('bulk-sentence'), /^Stop 1 worker/);
    await expectText(dialog().getByTestId('bulk-skipped'), new RegExp(`${names.a}: .*already (stopped|stopping)`, 'i'));
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog().count()).resolves.toBe(0);
  }, SLOW);

  it('tags two workers', async () => {
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await select('b', 'd');
    await page.getByRole('button', { name: 'Tag…' }).click();
    await dialog().getByLabel('Tag key', { exact: true }).fill('team');
    await dialog().getByLabel('Value', { exact: true }).fill('ccna');
    await expectAccessibleAtRest('bulk tag form');
    await dialog().getByRole('button', { name: 'Review' }).click();
    await expectText(dialog().getByTestId('bulk-sentence'), /^Set the EC2 tag team=ccna on 2 workers/);
    await dialog().getByRole('button', { name: 'Tag 2 workers' }).click();
    await expectText(dialog().getByTestId('bulk-progress'), 'All 2 settled.', 30_000);
    for (const key of ['b', 'd'] as const) expect(await rowOf(dialog(), key).getAttribute('data-outcome')).toBe('done');
    await closeDialog();

    for (const key of ['b', 'd'] as const) expect((await workerOf(key)).tags.team).toBe('ccna');
    expect((await workerOf('c')).tags.team).toBeUndefined();
  }, SLOW);

  it('sets a keep-running override on the selected workers', async () => {
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await select('c', 'd');
    await page.getByRole('button', { name: 'Set policy…' }).click();
    await dialog().getByLabel('Keep running until a time (override)').check();
    await expectAccessibleAtRest('bulk policy form');
    await dialog().getByRole('button', { name: 'Review' }).click();
    await expectText(dialog().getByTestId('bulk-sentence'), /^Keep 2 workers running until /);
    await expectAccessibleAtRest('bulk policy confirmation');
    await dialog().getByRole('button', { name: 'Set override 2 workers' }).click();
    await expectText(dialog().getByTestId('bulk-progress'), 'All 2 settled.', 30_000);
    for (const key of ['c', 'd'] as const) expect(await rowOf(dialog(), key).getAttribute('data-outcome')).toBe('done');
    await screenshot(page, 'bulk-override-outcomes');
    await closeDialog();

    for (const key of ['c', 'd'] as const) expect((await workerOf(key)).override?.kind).toBe('keep-running');
    expect((await workerOf('a')).override).toBeUndefined();
  }, SLOW);
});
