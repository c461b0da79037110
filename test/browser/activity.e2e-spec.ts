import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible as axeCheck } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { closeMotoClients, launchInstances, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8143 is this suite's.
const PORT = 8143;
const SLOW = 120_000;
const REGION = 'us-east-1';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The console's Content-Security-Policy (script-src 'self') refuses the inline script tag
 * expectAccessible would add; evaluating axe-core through the DevTools protocol is not subject to
 * it, and expectAccessible then finds axe already there.
 */
async function expectAccessible(page: Page, view: string): Promise<void> {
  if (!(await page.evaluate('"axe" in globalThis'))) await page.evaluate(AXE);
  await axeCheck(page, view);
}

/** `YYYY-MM-DDTHH:mm` as a datetime-local input takes it, in the browser's zone (the test process's). */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Issue 16 in a real browser: the fleet activity page filters the event log by worker, type, actor
 * and time with the filter in the URL, links each entry to its worker, and downloads the same filter
 * as CSV; the workers list exports its filter as CSV too.
 */
describe('fleet activity in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let run: string;
  const names = { a: '', b: '' };
  const ids = { a: '', b: '' };
  let actorName = '';
  const contexts: BrowserContext[] = [];

  async function as(username: string, path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    t = await startTestApp('activity-browser', { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { port: PORT });
    api = new Api(t.url);
    run = uniqueRunId('actui');
    const instances = await launchInstances(REGION, { count: 2, tags: { Name: `actui-${run}` } });
    for (const [i, key] of (['a', 'b'] as const).entries()) {
      names[key] = `act-${run}-${key}`;
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId: instances[i], name: names[key] }).then(expectStatus(201))).body.id;
    }
    await api.patch(`/api/workers/${ids.a}/tags`, { set: { stage: 'activity' } }, 'admin').then(expectStatus(200));
    const tagged = await eventually(async () => (await api.get(`/api/events?workerIds=${ids.a}&types=worker.tags-changed`)).body.items[0]);
    actorName = tagged.actor.name;
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    closeMotoClients();
  });

  it('filters the activity by worker, type, actor and time, in the URL, and links each entry to its worker', async () => {
    const page = await as('user', '/activity');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).waitFor();
    const entries = page.getByTestId('activity-event');
    await expectText(entries, /./);
    expect(await page.title()).toMatch(/^Activity/);
    await expectAccessible(page, 'activity page');
    await screenshot(page, 'activity');

    await page.getByLabel('Worker').selectOption({ label: names.a });
    await page.waitForURL(new RegExp(`worker=${ids.a}`));
    await page.getByLabel('What happened').selectOption('worker.tags-changed');
    await page.waitForURL(/type=worker.tags-changed/);
    await expectText(entries, /stage/);
    expect(await entries.count()).toBe(1);
    await page.getByLabel('Who (actor)').fill(actorName);
    await page.getByLabel('Who (actor)').press('Enter');
    await page.waitForURL(/actor=/);
    await expectText(entries, actorName);

    // Between two times: an hour either side of now, in the browser's zone.
    await page.getByLabel('When').selectOption('custom');
    await page.getByLabel('From (your time)').fill(localInput(new Date(Date.now() - 3_600_000)));
    await page.getByLabel('To (your time)').fill(localInput(new Date(Date.now() + 3_600_000)));
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/from=.*to=/);
    await expectText(entries, /stage/);
    await expectAccessible(page, 'activity page, filtered');

    // The same view from its address (a deep link), then one that ends before it starts is refused in place.
    const deepLink = page.url();
    const other = await as('user', new URL(deepLink).pathname + new URL(deepLink).search);
    await expectText(other.getByTestId('activity-event'), /stage/);
    expect(await other.getByLabel('Worker').inputValue()).toBe(ids.a);
    await other.getByLabel('To (your time)').fill(localInput(new Date(Date.now() - 7_200_000)));
    await expectText(other.getByText('"To" must not be before "From".'), /must not be before/);
    await expectAccessible(other, 'activity page, a range refused');

    await entries.first().getByRole('link', { name: names.a }).click();
    await page.waitForURL(new RegExp(`/workers/${ids.a}`));
    await expectText(page.getByRole('heading', { level: 1 }), names.a);
  });

  it('downloads the activity of the current filter as CSV', async () => {
    const page = await as('user', `/activity?worker=${ids.b}&range=all`);
    await expectText(page.getByTestId('activity-event'), /./);
    const link = page.getByRole('link', { name: 'Download CSV' });
    expect(await link.getAttribute('href')).toBe(`/api/events.csv?workerIds=${ids.b}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('events.csv');
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe('event_id,occurred_at_utc,type,worker_id,actor_kind,actor_id,actor_name,data_json');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.split(',')[3] === ids.b)).toBe(true);
  });

  it('exports the workers list with the filter on screen as CSV', async () => {
    const page = await as('user', `/workers?q=${run}&sort=-name`);
    await page.getByRole('link', { name: names.b }).waitFor();
    const link = page.getByRole('link', { name: 'Export CSV' });
    expect(await link.getAttribute('href')).toBe(`/api/workers.csv?q=${run}&sort=-name`);
    // No expectAccessible here: the workers list itself (fleet totals, contrast) is another part of issue 16.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('workers.csv');
    const [header, ...rows] = (await readFile((await download.path())!, 'utf8')).trim().split('\r\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['worker_id', 'name', 'status', 'compute_usd', 'total_usd']));
    expect(rows.map((r) => r.split(',')[1])).toEqual([names.b, names.a]);
  });
});
