import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { eventually } from './api.js';

/** The built console (npm run build:web); the browser suites serve it from the real app. */
export const WEB_DIST_DIR = join(process.cwd(), 'web/dist');

export function requireWebBuild(): void {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(`No web console build in ${WEB_DIST_DIR}: run "npm run build:web" (scripts/test builds it) before the browser suites`);
  }
}

/** Debian's Chromium, headless, with nothing that talks to the internet. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A browser context signed in as `username` through the console's own flow: the "Sign in" button,
 * the identity provider's real login page, back to `path`. One context per person, as separate
 * browsers would be.
 */
export async function signedInPage(browser: Browser, appUrl: string, username: string, path = '/workers'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: appUrl, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(username);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.origin === new URL(appUrl).origin && url.pathname === path.split('?')[0], { timeout: 20_000 });
  return { context, page };
}

/** Waits until the locator's text matches (playwright-core has no test-runner assertions). */
export async function expectText(locator: Locator, pattern: RegExp | string, timeoutMs = 10_000): Promise<string> {
  let last = '';
  try {
    return await eventually(async () => {
      last = ((await locator.first().textContent({ timeout: 1_000 }).catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();
      return (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last)) ? last : undefined;
    }, timeoutMs);
  } catch {
    throw new Error(`expected text ${String(pattern)}, last saw "${last.slice(0, 300)}"`);
  }
}

/** Saves a PNG of the page for the docs (docs/screenshots/<name>.png). */
/**
 * A full-page picture of the page at rest, in `.cache/screenshots/`. With `UPDATE_SCREENSHOTS=1`
 * (`npm run screenshots`) it also replaces the committed one in `docs/screenshots/`: a test run
 * leaves the work tree as it found it.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let charts, counters and transitions settle so the picture shows the page at rest.
  await page.waitForTimeout(400);
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? join(process.cwd(), 'docs/screenshots') : join(process.cwd(), '.cache/screenshots');
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
