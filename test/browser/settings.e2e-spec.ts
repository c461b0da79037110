import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8140 is this suite's.
const PORT = 8140;
const SLOW = 120_000;

interface Settings {
  version: number;
  settings: { name: string; value: unknown; source: string }[];
}

/**
 * Issue 16's runtime settings in a real browser: an admin changes the idle timeout on the Settings
 * page (the form refuses what the server would), sees the change recorded, and is told when someone
 * else changed the settings first.
 */
describe('runtime settings in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function as(username: string, path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }
  const read = async (): Promise<Settings> => (await api.get('/api/settings', 'admin').then(expectStatus(200))).body as Settings;
  const valueOf = (s: Settings, name: string) => s.settings.find((x) => x.name === name)!;

  beforeAll(async () => {
    requireWebBuild();
    t = await startTestApp('settings-browser', { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', IDLE_TIMEOUT_MINUTES: '60' }, { port: PORT });
    api = new Api(t.url);
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('changes a setting, checks values first, records who did it, and resets it', async () => {
    const page = await as('admin', '/workers');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings$/);
    const form = page.getByRole('form', { name: 'Runtime settings' });
    await form.waitFor();
    expect(await page.title()).toMatch(/^Settings/);
    await expectAccessible(page, 'settings page');

    const timeout = page.getByLabel('Idle timeout', { exact: true });
    await timeout.fill('0');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await expectText(page.getByRole('main'), 'Give a whole number of minutes from 1 to 10,080.');
    await expectAccessible(page, 'settings page with a field to fix');
    expect(valueOf(await read(), 'idleTimeoutMinutes').value).toBe(60);

    await timeout.fill('30');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await expectText(page.locator('body'), 'Saved 1 setting; every instance uses it now.');
    expect(valueOf(await read(), 'idleTimeoutMinutes')).toMatchObject({ value: 30, source: 'setting' });
    await expectText(page.getByRole('region', { name: 'Recent changes' }), 'Idle timeout: 60 → 30');
    await screenshot(page, 'settings');

    await page.getByRole('button', { name: 'Reset to default: Idle timeout' }).click();
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await expectText(page.getByRole('region', { name: 'Recent changes' }), '(back to the default)');
    expect(valueOf(await read(), 'idleTimeoutMinutes')).toMatchObject({ value: 60, source: 'environment' });
  });

  it('says so when someone else changed the settings first, and reloads them', async () => {
    const page = await as('admin', '/settings');
    await page.getByRole('form', { name: 'Runtime settings' }).waitFor();
    const before = await read();
    await api.patch('/api/settings', { version: before.version, values: { costSavingCapHours: 12 } }).then(expectStatus(200));

    await page.getByLabel('Saving cap of an automatic stop', { exact: true }).fill('48');
    await page.getByRole('button', { name: 'Save 1 change' }).click();
    await expectText(page.getByRole('main'), 'Someone else changed the settings since you opened this page; nothing was saved.');
    await expectAccessible(page, 'settings page after a conflict');
    await page.getByRole('button', { name: 'Reload the settings' }).click();
    // Read through the locator (Playwright's own world): a string predicate would be evaluated in the
    // page, whose CSP forbids eval.
    const field = page.locator('[data-setting="costSavingCapHours"] input');
    await eventually(async () => (await field.inputValue()) === '12', 10_000, 100);
    expect(valueOf(await read(), 'costSavingCapHours').value).toBe(12);
  });

  it('is not offered to people who are not admins', async () => {
    const page = await as('user', '/settings');
    await expectText(page.getByRole('main'), /admin/i);
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
  });
});
