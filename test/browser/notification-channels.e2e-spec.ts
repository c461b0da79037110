import { createHmac } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { type HttpRecorder, startHttpRecorder } from '../support/http-recorder.js';
import { uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8147 is this suite's.
const PORT = 8147;
const SLOW = 120_000;
const SECRET = 'browser-suite-signing-secret';

/** Whether `header` (X-CML-Signature: t=…,v1=…) signs `body` with `secret`, as docs/stop-and-start.md tells receivers to check. */
function signedWith(secret: string, header: string | string[] | undefined, body: string): boolean {
  const { t, v1 } = Object.fromEntries(String(header).split(',').map((p) => p.trim().split('=')));
  return Boolean(t && v1) && createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

/**
 * Notification channels in a real browser (issue 16): an admin adds a signed webhook pointing at a
 * receiver on loopback, sends a test and sees it sent (the receiver checks the signature), edits it
 * keeping its secret, disables it and deletes it, without curl.
 */
describe('notification channels in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let hooks: HttpRecorder;
  let context: BrowserContext;
  let page: Page;
  let run: string;

  async function channelNamed(name: string) {
    const items = (await api.get('/api/notification-channels', 'admin').then(expectStatus(200))).body.items as { id: string; name: string; enabled: boolean; secretSet: boolean; tagSelector: Record<string, string>; kinds: string[] }[];
    return items.find((c) => c.name === name);
  }

  beforeAll(async () => {
    requireWebBuild();
    // The receiver takes a port the system gives it (listen on 0): nothing else can hold it.
    hooks = await startHttpRecorder();
    // Jobs do not run on their own here: the test runs the delivery job when it wants the test sent.
    t = await startTestApp('notification-channels-browser', { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { port: PORT });
    api = new Api(t.url);
    run = uniqueRunId('chan');
    browser = await launchChromium();
    ({ context, page } = await signedInPage(browser, t.url, 'admin', '/notifications/channels'));
  }, SLOW);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    await hooks?.close();
  });

  it('adds a signed webhook, sends a test and sees it sent, edits it keeping the secret, disables and deletes it', async () => {
    const name = `Ops hook ${run}`;
    const renamed = `Ops webhook ${run}`;
    await expectText(page.getByRole('main'), 'No notification channels yet.');
    expect(await page.title()).toBe('Notification channels · Notifications · CML Cloud Manager');

    // Add: the form refuses what the server would, at the field, before anything is sent.
    await page.getByRole('button', { name: 'Add a channel' }).first().click();
    const form = page.getByRole('form', { name: 'New channel' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('URL').fill('ftp://127.0.0.1/hook');
    await form.getByRole('button', { name: 'Add the channel' }).click();
    await expectText(form.getByRole('alert').first(), 'Give the webhook URL, starting with https:// or http://.');
    await expectAccessible(page, 'notification channel form');
    await screenshot(page, 'notification-channel-form');
    await form.getByLabel('URL').fill(`${hooks.url}/hook`);
    await form.getByLabel('Signing secret').fill(SECRET);
    await form.getByRole('checkbox', { name: 'A budget reached a threshold' }).uncheck();
    await form.getByRole('button', { name: 'Add a tag' }).click();
    await form.getByLabel('Tag key 1').fill('team');
    await form.getByLabel('Tag value 1').fill('ccna');
    await form.getByRole('button', { name: 'Add the channel' }).click();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expectText(row, 'Workers tagged team=ccna');
    const created = await channelNamed(name);
    expect(created).toMatchObject({ enabled: true, secretSet: true, tagSelector: { team: 'ccna' } });
    expect(created!.kinds).not.toContain('budget-threshold');
    await expectText(row, 'Nothing sent yet');
    await expectAccessible(page, 'notification channels list');

    // Send test: queued; the delivery job sends it; the row says "sent" and the receiver got it signed.
    await row.getByRole('button', { name: `Send test to ${name}` }).click();
    await expectText(row.getByTestId('test-outcome'), 'Test queued; waiting for the delivery job to send it…');
    await api.post('/api/jobs/notification-delivery/run', {}, 'admin').then(expectStatus(202));
    await expectText(row.getByTestId('test-outcome'), /^Test sent at .+ \(1 attempt\)\.$/, 30_000);
    await expectText(row.getByTestId('last-delivery'), /^Sent after 1 attempt/);
    const received = await eventually(async () => hooks.requests.find((r) => r.url === '/hook'));
    expect(signedWith(SECRET, received.headers['x-cml-signature'], received.body)).toBe(true);
    expect(JSON.parse(received.body)).toMatchObject({ title: `Test notification for "${name}"` });
    await expectAccessible(page, 'notification channels list after a test');
    await screenshot(page, 'notification-channels');

    // Edit: a new name; the secret field left empty keeps the secret.
    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Channel ${name}` });
    await expectText(page.getByRole('dialog'), 'A secret is set; leave this empty to keep it');
    await edit.getByLabel('Name').fill(renamed);
    await edit.getByRole('button', { name: 'Save the channel' }).click();
    const renamedRow = page.getByRole('row', { name: new RegExp(renamed) });
    await expectText(renamedRow, renamed);
    expect(await channelNamed(renamed)).toMatchObject({ id: created!.id, secretSet: true, enabled: true });

    // Disable, then delete after a confirmation that names it.
    await renamedRow.getByRole('button', { name: `Disable ${renamed}` }).click();
    await expectText(renamedRow.getByRole('button', { name: `Enable ${renamed}` }), 'Enable');
    await expectText(renamedRow, 'Disabled');
    expect((await channelNamed(renamed))!.enabled).toBe(false);
    await renamedRow.getByRole('button', { name: `Delete ${renamed}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete the channel ${renamed}?` });
    await expectText(dialog, 'receives no more notifications');
    await dialog.getByRole('button', { name: `Delete ${renamed}` }).click();
    await expectText(page.getByRole('main'), 'No notification channels yet.');
    await api.get(`/api/notification-channels/${created!.id}`, 'admin').then(expectStatus(404));
  }, SLOW);

  it('is reachable from the navigation and from "Notify me about…"', async () => {
    await page.goto(`${t.url}/notifications/preferences`);
    await page.getByRole('link', { name: 'Notification channels' }).click();
    await page.waitForURL(/\/notifications\/channels$/);
    await page.goto(`${t.url}/workers`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channels' }).click();
    await page.waitForURL(/\/notifications\/channels$/);
    await expectText(page.getByRole('heading', { level: 1 }), 'Notification channels');
  }, SLOW);
});
