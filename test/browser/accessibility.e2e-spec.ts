import { StopInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { MetricSamples } from '../../apps/api/src/modules/workers/application/ports/metric-samples.port.js';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { type CmlSimulator, startTestSimulator } from '../support/cml.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REGION = 'us-east-1';
// Sign-in needs a port among the realm's redirect URIs; 8142 is this suite's.
const PORT = 8142;
const SLOW = 300_000;
// Some thirty views, each loaded and checked: minutes on a busy machine.
const ALL_VIEWS = 900_000;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** What the suite seeded, for the paths of the views. */
interface Seeded {
  running: string;
  stopped: string;
  schedule: string;
  calendar: string;
  runtimeLimit: string;
}

interface View {
  /** Names the view in a failure: "worker page, labs tab". */
  name: string;
  path: (s: Seeded) => string;
  /** Who looks at it; views that differ by role get a row per role. */
  as: 'admin' | 'user';
  /** What shows once the view has loaded (by default its heading); then every spinner must have gone. */
  ready?: (page: Page) => Locator;
  /** How long its spinners may take (30 s unless said): the new worker page reads every instance type of the region from EC2. */
  loadMs?: number;
}

/**
 * Every view of the console (web/src/app/routes.tsx), one row each: the suite visits each in both
 * themes and runs axe-core on it. A new view gets a row here.
 */
const VIEWS: View[] = [
  { name: 'workers list', path: () => '/workers', as: 'admin', ready: (p) => p.getByRole('table', { name: 'Workers' }) },
  { name: 'workers list (user)', path: () => '/workers', as: 'user', ready: (p) => p.getByRole('table', { name: 'Workers' }) },
  { name: 'worker page, overview tab', path: (s) => `/workers/${s.running}`, as: 'admin', ready: (p) => p.getByTestId('worker-status') },
  { name: 'worker page, overview tab (user)', path: (s) => `/workers/${s.running}`, as: 'user', ready: (p) => p.getByTestId('worker-status') },
  { name: 'worker page, metrics tab', path: (s) => `/workers/${s.running}?tab=metrics`, as: 'admin', ready: (p) => p.getByRole('img', { name: /CPU/ }) },
  { name: 'worker page, labs tab', path: (s) => `/workers/${s.running}?tab=labs`, as: 'admin', ready: (p) => p.getByRole('table', { name: 'Labs' }) },
  { name: 'worker page, idle tab', path: (s) => `/workers/${s.running}?tab=idle`, as: 'admin', ready: (p) => p.getByTestId('idle-current-reason') },
  { name: 'worker page, timeline tab', path: (s) => `/workers/${s.running}?tab=timeline`, as: 'admin' },
  { name: 'worker page, tags tab', path: (s) => `/workers/${s.running}?tab=tags`, as: 'admin', ready: (p) => p.getByRole('button', { name: /Save tags/ }) },
  { name: 'worker page, licence tab', path: (s) => `/workers/${s.running}?tab=licence`, as: 'admin', ready: (p) => p.getByRole('tabpanel') },
  { name: 'worker page, controller tab', path: (s) => `/workers/${s.running}?tab=controller`, as: 'admin', ready: (p) => p.getByRole('tabpanel') },
  { name: 'worker page, settings tab', path: (s) => `/workers/${s.running}?tab=settings`, as: 'admin', ready: (p) => p.getByRole('tabpanel') },
  { name: 'stopped worker page', path: (s) => `/workers/${s.stopped}`, as: 'admin', ready: (p) => p.getByRole('button', { name: 'Start', exact: true }) },
  { name: 'unknown worker page', path: () => '/workers/0193b2c4-9999-7000-8000-000000000009', as: 'admin', ready: (p) => p.getByRole('link', { name: 'Back to the workers' }) },
  { name: 'import page', path: () => '/workers/import', as: 'admin' },
  { name: 'import page (user, not allowed)', path: () => '/workers/import', as: 'user', ready: (p) => p.getByRole('alert') },
  { name: 'new worker page', path: () => '/workers/new', as: 'admin', loadMs: 120_000 },
  { name: 'labs page', path: () => '/labs', as: 'admin', ready: (p) => p.getByRole('table', { name: 'Labs' }) },
  { name: 'fleet timeline', path: () => '/scheduling', as: 'admin' },
  { name: 'schedules list', path: () => '/scheduling/schedules', as: 'admin' },
  { name: 'new schedule editor', path: () => '/scheduling/schedules/new', as: 'admin' },
  { name: 'schedule editor', path: (s) => `/scheduling/schedules/${s.schedule}`, as: 'admin', ready: (p) => p.getByRole('heading', { level: 1, name: /^A11y schedule/ }) },
  { name: 'reservations', path: () => '/scheduling/reservations', as: 'admin' },
  { name: 'holiday calendars', path: () => '/scheduling/calendars', as: 'admin' },
  { name: 'new holiday calendar editor', path: () => '/scheduling/calendars/new', as: 'admin' },
  { name: 'holiday calendar editor', path: (s) => `/scheduling/calendars/${s.calendar}`, as: 'admin', ready: (p) => p.getByRole('heading', { level: 1, name: /^A11y holidays/ }) },
  { name: 'runtime limits', path: () => '/scheduling/runtime-limits', as: 'admin' },
  { name: 'new runtime limit editor', path: () => '/scheduling/runtime-limits/new', as: 'admin' },
  { name: 'runtime limit editor', path: (s) => `/scheduling/runtime-limits/${s.runtimeLimit}`, as: 'admin', ready: (p) => p.getByRole('heading', { level: 1, name: /^A11y limit/ }) },
  { name: 'cost overview', path: () => '/cost', as: 'admin', ready: (p) => p.getByTestId('cost-spent') },
  { name: 'budgets', path: () => '/cost/budgets', as: 'admin' },
  { name: 'prices', path: () => '/cost/prices', as: 'admin' },
  { name: 'notification preferences', path: () => '/notifications/preferences', as: 'admin' },
  { name: 'activity', path: () => '/activity', as: 'admin' },
  { name: 'notification channels', path: () => '/notifications/channels', as: 'admin' },
  { name: 'settings', path: () => '/settings', as: 'admin' },
  { name: 'jobs page', path: () => '/jobs', as: 'admin' },
  { name: 'not found page', path: () => '/nowhere', as: 'admin', ready: (p) => p.getByRole('heading', { level: 1, name: 'Page not found' }) },
];

/** Waits for the view's sign of being loaded, then for the end of every spinner. */
async function settle(page: Page, view: View): Promise<void> {
  await (view.ready ?? ((p: Page) => p.locator('main h1')))(page).first().waitFor({ timeout: 20_000 });
  await eventually(async () => ((await page.locator('.spinner-border:visible').count()) === 0 ? true : undefined), view.loadMs ?? 30_000);
}

/** Sets the theme the way the console remembers it, then reloads so public/theme.js applies it. */
async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(`localStorage.setItem('ccm.theme', '${theme}')`);
}

async function currentTheme(page: Page): Promise<string | null> {
  return page.evaluate('document.documentElement.getAttribute("data-bs-theme")') as Promise<string | null>;
}

/** Presses Tab until `target` has the focus (at most `max` times): proves the keyboard reaches it. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement, handle)) return;
  }
  throw new Error(`Tab never reached ${String(target)} in ${max} presses`);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
}

/** The focused element draws an outline (the focus ring of console.css) in the current theme. */
async function expectFocusRing(page: Page): Promise<void> {
  const ring = (await page.evaluate(
    `(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor }; })()`,
  )) as { style: string; width: string; color: string };
  expect(ring.style).not.toBe('none');
  expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
}

/**
 * Issue 16: every view of the console in a real browser, in the light and the dark theme, passes
 * axe-core (no serious or critical violation), and the main actions work from the keyboard alone.
 * A small fleet on moto with simulated CML controllers, like the console suite.
 */
describe('accessibility of the console', () => {
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const instances: string[] = [];
  const seeded = {} as Seeded;

  /** One signed-in page per person, kept for the whole suite (signing in is the slow part); callers go where they need. */
  async function as(username: 'admin' | 'user'): Promise<Page> {
    const known = pages.get(username);
    if (known) return known;
    const { context, page } = await signedInPage(browser, t.url, username, '/workers');
    contexts.push(context);
    pages.set(username, page);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    sim = await startTestSimulator([{ id: 'a11y-running', labs: [{ title: 'OSPF area 0', state: 'STARTED', nodes: 6, owner: 'admin' }, { title: 'BGP peering', state: 'STOPPED', nodes: 4, owner: 'admin' }] }, { id: 'a11y-stopped' }]);
    t = await startTestApp(
      'a11y-browser',
      { WEB_DIST_DIR, CML_USERNAME: 'admin', CML_PASSWORD: 'admin', AWS_REGIONS: REGION, AWS_REGION: REGION, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', WORKER_REFRESH_MIN_INTERVAL_SECONDS: '1' },
      { port: PORT },
    );
    api = new Api(t.url);
    const run = uniqueRunId('a11y');
    const amiId = await createNamedAmi(REGION, `cml-${run}`, 'CML 2.9 (accessibility test)');
    for (const name of ['running', 'stopped'] as const) {
      const [id] = await launchInstances(REGION, { count: 1, imageId: amiId, instanceType: 'm5zn.metal', tags: { Name: `a11y-${name}-${run}`, team: 'training', 'cml-endpoint': sim.baseUrlOf(`a11y-${name}`) } });
      instances.push(id);
      seeded[name] = (await api.post('/api/workers/import', { region: REGION, instanceId: id, name: `a11y-${name}` }).then(expectStatus(201))).body.id;
    }
    await motoEc2(REGION).send(new StopInstancesCommand({ InstanceIds: [instances[1]] }));
    await api.post(`/api/workers/${seeded.stopped}/refresh`, {}, 'manager').then(expectStatus(200));
    await api.post(`/api/workers/${seeded.running}/labs/sync`, {}, 'admin').then(expectStatus(200));
    const now = Date.now();
    await t.app.get(MetricSamples, { strict: false }).record(
      Array.from({ length: 24 }, (_, i) => ({ workerId: seeded.running, at: new Date(now - (24 - i) * 5 * 60_000).toISOString(), cpuPercent: 30 + (i % 5) * 4, memoryPercent: 50, diskPercent: 30, runningNodes: 6 })),
    );

    seeded.schedule = (await api.post('/api/schedules', { name: 'A11y schedule', timezone: 'UTC', periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }], behaviour: 'start-stop', assignment: { workerIds: [seeded.stopped] } }, 'manager').then(expectStatus(201))).body.id;
    seeded.calendar = (await api.post('/api/holiday-calendars', { name: 'A11y holidays', holidays: [{ date: '2026-12-25', name: 'Christmas Day' }] }, 'manager').then(expectStatus(201))).body.id;
    seeded.runtimeLimit = (await api.post('/api/runtime-limits', { name: 'A11y limit', hours: 12, assignment: { workerIds: [seeded.running] } }, 'manager').then(expectStatus(201))).body.id;
    const start = new Date(now + 24 * 3_600_000);
    await api.post('/api/reservations', { purpose: 'A11y class', start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString(), workerIds: [seeded.running] }, 'manager').then(expectStatus(201));
    await api.post('/api/budgets', { name: 'A11y training', scope: { kind: 'tag', tagKey: 'team', tagValue: 'training' }, monthlyUsd: 1000, thresholdsPercent: [80, 100], stopAtLimit: false, hard: false }).then(expectStatus(201));
    browser = await launchChromium();
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

  for (const theme of THEMES) {
    it(
      `every view passes axe-core in the ${theme} theme`,
      async () => {
        const failures: string[] = [];
        for (const view of VIEWS) {
          const page = await as(view.as);
          await useTheme(page, theme);
          await page.goto(view.path(seeded));
          try {
            await settle(page, view);
            expect(await currentTheme(page)).toBe(theme);
            await expectAccessible(page, `${view.name} (${theme} theme)`);
          } catch (e) {
            failures.push(`${view.name} (${theme} theme): ${(e as Error).message}`);
          }
        }
        if (failures.length) throw new Error(failures.join('\n\n'));
      },
      ALL_VIEWS,
    );
  }

  for (const theme of THEMES) {
    it(
      `the dialogs pass axe-core in the ${theme} theme: confirm stop and terminate, upload a lab`,
      async () => {
        const page = await as('admin');
        await useTheme(page, theme);
        const dialog = page.getByRole('dialog');

        await page.goto(`/workers/${seeded.running}`);
        for (const action of ['Stop', 'Terminate']) {
          await page.getByRole('button', { name: action, exact: true }).click();
          await dialog.waitFor();
          await expectAccessible(page, `confirm ${action.toLowerCase()} dialog (${theme} theme)`);
          await dialog.getByRole('button', { name: 'Cancel' }).click();
          await dialog.waitFor({ state: 'detached' });
        }

        await page.goto(`/workers/${seeded.running}?tab=labs`);
        await page.getByRole('button', { name: 'Upload topology' }).click();
        await dialog.waitFor();
        await expectAccessible(page, `upload lab dialog (${theme} theme)`);
        if (theme === 'dark') await screenshot(page, 'a11y-upload-dark');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
      },
      SLOW,
    );
  }

  it('applies the remembered theme before the console loads, and follows the system when none is chosen', async () => {
    const page = await as('admin');
    // With the console's code blocked, only public/theme.js can have set the theme: no light flash.
    await page.evaluate(`localStorage.setItem('ccm.theme', 'dark')`);
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/workers');
    expect(await currentTheme(page)).toBe('dark');
    await page.unroute('**/assets/*.js');

    await page.evaluate(`localStorage.removeItem('ccm.theme')`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/workers');
    await page.getByRole('table', { name: 'Workers' }).waitFor();
    expect(await currentTheme(page)).toBe('dark');
    // The system changes its mind while the console is open: the console follows.
    await page.emulateMedia({ colorScheme: 'light' });
    await eventually(async () => ((await currentTheme(page)) === 'light' ? true : undefined), 5_000);

    // Chosen in the navbar, with the keyboard, and remembered.
    const toggle = page.getByRole('button', { name: /^Theme: System/ });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Dark', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await currentTheme(page)).toBe('dark');
    expect(await page.evaluate(`localStorage.getItem('ccm.theme')`)).toBe('dark');
    await page.reload();
    await expectText(page.getByRole('button', { name: /^Theme: / }), 'Theme: Dark');
    expect(await currentTheme(page)).toBe('dark');
    await screenshot(page, 'workers-dark');
    await page.evaluate(`localStorage.removeItem('ccm.theme')`);
    await page.emulateMedia({ colorScheme: null });
  }, SLOW);

  for (const theme of THEMES) {
    it(`works from the keyboard in the ${theme} theme: skip link, open a worker, switch tabs, Stop's confirmation closes with Escape and gives the focus back`, async () => {
      const page = await as('admin');
      await useTheme(page, theme);
      await page.goto('/workers');
      await page.getByRole('table', { name: 'Workers' }).waitFor();

      // The first Tab lands on "Skip to content", which moves the focus past the navigation.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      expect(await isFocused(skip)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      await expectFocusRing(page);
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement?.id')).toBe('main');

      // A worker's row opens with Enter on its name.
      const link = page.getByRole('table', { name: 'Workers' }).getByRole('link', { name: 'a11y-running' });
      await tabTo(page, link);
      await expectFocusRing(page);
      await page.keyboard.press('Enter');
      await expectText(page.getByRole('heading', { level: 1 }), 'a11y-running');
      expect(new URL(page.url()).pathname).toBe(`/workers/${seeded.running}`);

      // A tab list is one Tab stop; the arrows move to the other tabs and select them.
      await tabTo(page, page.getByRole('tab', { name: 'Overview' }));
      await expectFocusRing(page);
      await page.keyboard.press('ArrowRight');
      await eventually(async () => ((await page.getByRole('tab', { name: 'Metrics' }).getAttribute('aria-selected')) === 'true' ? true : undefined), 10_000);
      expect(await isFocused(page.getByRole('tab', { name: 'Metrics' }))).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await eventually(async () => ((await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')) === 'true' ? true : undefined), 10_000);

      // Stop: the confirmation opens with Enter, Escape closes it, and the focus is back on Stop.
      const stop = page.getByRole('button', { name: 'Stop', exact: true });
      await tabTo(page, stop);
      await expectFocusRing(page);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      // Escape once the dialog has finished opening and holds the focus, as a person would press it.
      await page.locator('.modal.show').waitFor();
      await eventually(async () => ((await page.evaluate("document.activeElement?.closest('.modal') ? 1 : 0")) === 1 ? true : undefined), 5_000);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => ((await isFocused(stop)) ? true : undefined), 5_000);
      await expectFocusRing(page);
    }, SLOW);
  }

  it('starts a stopped worker from the keyboard alone (Space on Start)', async () => {
    const page = await as('admin');
    await page.goto('/workers');
    await tabTo(page, page.getByRole('table', { name: 'Workers' }).getByRole('link', { name: 'a11y-stopped' }));
    await page.keyboard.press('Enter');
    await expectText(page.getByRole('heading', { level: 1 }), 'a11y-stopped');
    await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Space');
    await expectText(page.getByTestId('worker-status'), /pending|starting|running/, 15_000);
  }, SLOW);
});
