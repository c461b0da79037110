import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, expectStatus } from '../support/api.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8138 is this suite's.
const PORT = 8138;
const SLOW = 120_000;
const REGION = 'us-east-1';
const HOUR = 3_600_000;

/** `YYYY-MM-DDTHH:mm` as a datetime-local input takes it, in the browser's zone (the test process's). */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Issue 13 in a real browser: a manager creates a schedule and a reservation in the console and
 * sees both on the fleet timeline; the worker's page says in one sentence what its rules want.
 */
describe('scheduling in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let run: string;
  const names = { a: '', b: '' };
  const ids = { a: '', b: '' };
  const contexts: BrowserContext[] = [];

  async function as(username: string, path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    // The reconciler job does not run on its own here: the test is about what the console declares and shows.
    t = await startTestApp('scheduling-browser', { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { port: PORT });
    api = new Api(t.url);
    run = uniqueRunId('schedui');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const instances = await launchInstances(REGION, { count: 2, imageId: amiId, tags: { Name: `schedui-${run}` }, separateReservations: true });
    for (const [i, key] of (['a', 'b'] as const).entries()) {
      names[key] = `sched-${run}-${key}`;
      ids[key] = (await api.post('/api/workers/import', { region: REGION, instanceId: instances[i], name: names[key] }).then(expectStatus(201))).body.id;
    }
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    closeMotoClients();
  });

  it('creates a schedule and a reservation, and shows both on the fleet timeline', async () => {
    const page = await as('manager', '/scheduling/schedules/new');
    const schedule = `Classroom ${run}`;
    await page.getByLabel('Name', { exact: true }).fill(schedule);
    const zone = page.getByLabel('Time zone');
    await zone.fill('UTC');
    // Every day, all day (an end of 00:00 is the end of the day): whatever day and hour the test runs, the window is open now.
    const days = page.getByRole('group', { name: 'Days of period 1' });
    for (const day of ['Saturday', 'Sunday']) await days.getByLabel(day).check();
    await page.getByLabel('Start of period 1').fill('00:00');
    await page.getByLabel('End of period 1').fill('00:00');
    await page.getByLabel('Workers by name').selectOption([ids.a]);
    await page.getByRole('button', { name: 'Create the schedule' }).click();
    await page.waitForURL(/\/scheduling\/schedules$/);
    await expectText(page.getByRole('main'), schedule);

    const saved = (await api.get('/api/schedules').then(expectStatus(200))).body.items as { name: string; timezone: string; workers: { id: string }[] }[];
    expect(saved.find((s) => s.name === schedule)).toMatchObject({ timezone: 'UTC', workers: [{ id: ids.a }] });

    await page.goto(`${t.url}/scheduling/reservations`);
    const start = new Date(Math.ceil((Date.now() + 26 * HOUR) / HOUR) * HOUR);
    const purpose = `CCNA class ${run}`;
    await page.getByLabel('Purpose').fill(purpose);
    await page.getByLabel('Ready at').fill(localInput(start));
    await page.getByLabel('Until').fill(localInput(new Date(start.getTime() + 3 * HOUR)));
    await page.getByLabel('Workers to reserve').selectOption([ids.b]);
    await page.getByRole('button', { name: 'Reserve' }).click();
    await expectText(page.getByRole('main'), purpose);
    const reservations = (await api.get('/api/reservations').then(expectStatus(200))).body.items as { purpose: string; workerIds: string[]; owner: string; start: string }[];
    expect(reservations.find((r) => r.purpose === purpose)).toMatchObject({ workerIds: [ids.b], owner: 'manager', start: start.toISOString() });

    await page.goto(`${t.url}/scheduling`);
    const timeline = page.getByRole('table', { name: 'Fleet timeline' });
    const rowA = timeline.getByRole('row', { name: new RegExp(names.a) });
    const rowB = timeline.getByRole('row', { name: new RegExp(names.b) });
    await expectText(rowA, names.a);
    // The schedule's window is planned on worker a; the reservation is drawn on worker b.
    expect(await rowA.getByLabel(new RegExp(`Planned to run .*Schedule "${schedule}"`)).count()).toBeGreaterThan(0);
    expect(await rowB.getByLabel(new RegExp(`Reserved by manager for "${purpose}"`)).count()).toBe(1);
    await screenshot(page, 'scheduling-fleet-timeline');
  }, SLOW);

  it("says on a worker's page, in one sentence, why it should run and what happens next", async () => {
    const page = await as('user', `/workers/${ids.a}`);
    const sentence = page.getByTestId('power-sentence');
    await expectText(sentence, new RegExp(`Schedule "Classroom ${run}"`));
    await screenshot(page, 'scheduling-worker-power');
  }, SLOW);
});
