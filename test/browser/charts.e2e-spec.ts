import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MetricSamples } from '../../apps/api/src/modules/workers/application/ports/metric-samples.port.js';
import { Api, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { closeMotoClients, createNamedAmi, launchInstances, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';

// Sign-in needs a port among the realm's redirect URIs; 8141 is this suite's.
const PORT = 8141;
const SLOW = 120_000;
const REGION = 'us-east-1';
const MINUTE = 60_000;

/**
 * Issue 16's charts in a real browser: the range is in the URL (a preset, then a window chosen by
 * dragging), the keyboard moves a crosshair whose values are read out, and the URL alone brings
 * the same view back.
 */
describe('metric charts in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let workerId: string;
  let instanceId: string;
  const contexts: BrowserContext[] = [];

  async function as(username: string, path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, username, path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    t = await startTestApp('charts-browser', { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }, { port: PORT });
    api = new Api(t.url);
    const run = uniqueRunId('charts');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `charts-${run}` } });
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId, name: `charts-${run}` }).then(expectStatus(201))).body.id;

    // Six hours of samples, every 5 minutes; the newest one has round figures the test reads back.
    const now = Date.now();
    const points = Array.from({ length: 72 }, (_, i) => {
      const wave = Math.sin(i / 7) * 12 + Math.sin(i / 2.3) * 4;
      const newest = i === 71;
      return {
        workerId,
        // Half a step inside the six hours, so all 72 are still in "the last 6 h" when the page asks.
        at: new Date(now - (72 - i) * 5 * MINUTE + 2.5 * MINUTE).toISOString(),
        cpuPercent: newest ? 42.5 : 35 + wave,
        ec2CpuPercent: newest ? 40 : 32 + wave,
        memoryPercent: newest ? 55 : 50 + wave / 2,
        ec2MemoryPercent: newest ? 61.2 : 58 + wave / 3,
        diskPercent: 30 + i / 10,
        runningNodes: newest ? 7 : Math.max(0, Math.round(6 + wave / 3)),
      };
    });
    await t.app.get(MetricSamples, { strict: false }).record(points);
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    // moto is shared by every suite: leave nothing running that another suite could pick up.
    if (instanceId) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: [instanceId] })).catch(() => undefined);
    closeMotoClients();
  });

  it('picks a range, zooms by dragging, reads every series from the keyboard, and restores the view from its URL', async () => {
    const page = await as('user', `/workers/${workerId}?tab=metrics`);
    const cpu = page.getByRole('img', { name: /^CPU \(percent\)/ });
    await cpu.waitFor();
    await expectText(page.getByTestId('metrics-window'), /\(6 h\), 72 samples$/);
    await expectAccessible(page, 'worker page, metrics tab');

    // A preset goes into the URL.
    await page.getByRole('button', { name: 'Last 24 h' }).click();
    await page.waitForURL(/[?&]range=24h/);
    await expectText(page.getByTestId('metrics-window'), /\(1 d\), 72 samples$/);
    await page.getByRole('button', { name: 'Last 6 h' }).click();
    await expectText(page.getByTestId('metrics-window'), /\(6 h\), 72 samples$/);

    // Drag across the second half of the CPU chart: the last three hours, as an absolute window in the URL.
    const box = (await cpu.boundingBox())!;
    const plotLeft = box.x + 64;
    const plotRight = box.x + box.width - 16;
    await page.mouse.move((plotLeft + plotRight) / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(plotRight - 40, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(plotRight + 20, box.y + box.height / 2, { steps: 2 });
    await page.mouse.up();
    await page.waitForURL(/[?&]from=.*&to=/);
    const zoomed = new URL(page.url());
    const span = Date.parse(zoomed.searchParams.get('to')!) - Date.parse(zoomed.searchParams.get('from')!);
    expect(Math.abs(span - 3 * 60 * MINUTE)).toBeLessThan(5 * MINUTE);
    const window = await expectText(page.getByTestId('metrics-window'), /\((2 h \d+ min|3 h)\), 3\d samples$/);
    await page.getByRole('button', { name: 'Reset zoom (last 6 h)' }).waitFor();

    // The keyboard: focus the memory chart, End goes to the newest sample, every series is read out.
    await page.getByTestId('metric-chart').nth(1).focus();
    await page.keyboard.press('End');
    const readout = page.getByRole('status', { name: 'Crosshair values' });
    await expectText(readout, /CPU CML controller 42\.5%, CPU EC2 \(CloudWatch\) 40%, Memory CML controller 55%, Memory EC2 \(CloudWatch agent\) 61\.2%, Disk 37\.1%, Running nodes 7 nodes$/);
    await page.keyboard.press('ArrowLeft');
    await expectText(readout, /CPU CML controller (?!42\.5%)\d+(\.\d)?%/);
    expect(await page.getByTestId('crosshair').count()).toBe(4);
    await expectAccessible(page, 'worker page, metrics tab, zoomed with the crosshair');
    await screenshot(page, 'worker-metrics');

    // The URL alone brings back the same window, in a fresh page.
    const again = await contexts[0].newPage();
    await again.goto(zoomed.pathname + zoomed.search);
    await again.getByRole('img', { name: /^CPU \(percent\)/ }).waitFor();
    await expectText(again.getByTestId('metrics-window'), window);
    expect(new URL(again.url()).searchParams.get('from')).toBe(zoomed.searchParams.get('from'));
    await again.getByRole('button', { name: 'Reset zoom (last 6 h)' }).click();
    await expectText(again.getByTestId('metrics-window'), /\(6 h\), 72 samples$/);
    expect(new URL(again.url()).searchParams.get('from')).toBeNull();
    await again.close();
  }, SLOW);

  it('says so when a window holds no samples, and the server accepts the window the console sends', async () => {
    const from = new Date(Date.now() - 30 * 24 * 60 * MINUTE).toISOString();
    const to = new Date(Date.now() - 29 * 24 * 60 * MINUTE).toISOString();
    const page = await as('user', `/workers/${workerId}?tab=metrics&from=${from}&to=${to}`);
    await expectText(page.getByRole('main'), 'No samples in this range.');
    await page.getByRole('button', { name: 'Reset zoom (last 6 h)' }).waitFor();
    await expectAccessible(page, 'worker page, metrics tab, empty range');
    const body = (await api.get(`/api/workers/${workerId}/metrics?from=${from}&to=${to}`).then(expectStatus(200))).body;
    expect(body).toMatchObject({ from, to, points: [] });
  }, SLOW);
});
