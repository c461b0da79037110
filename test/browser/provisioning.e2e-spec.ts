import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { Api, eventually, expectStatus } from '../support/api.js';
import { expectAccessible } from '../support/axe.js';
import { expectText, launchChromium, requireWebBuild, screenshot, signedInPage, WEB_DIST_DIR } from '../support/browser.js';
import { closeMotoClients, createNamedAmi, createNetwork, launchInstances, type MotoNetwork, motoEc2, uniqueRunId } from '../support/moto.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Sign-in needs a port among the realm's redirect URIs; 8145 is this suite's.
const PORT = 8145;
const SLOW = 240_000;
// The only managed region, so the forms start in it; the provisioning-network suite shares it, names keep runs apart.
const REGION = 'ap-southeast-2';

/**
 * Issue 16 in a real browser: an admin provisions a worker into a chosen subnet with a chosen
 * security group and key pair (moto), imports every instance of an AMI with a preview first and an
 * outcome per instance, and sees the unregistered workers with a way to import one again.
 */
describe('provisioning and importing in the console', () => {
  let t: TestApp;
  let api: Api;
  let browser: Browser;
  let run: string;
  let amiName: string;
  let net: MotoNetwork;
  let instances: string[];
  const contexts: BrowserContext[] = [];

  async function asAdmin(path: string): Promise<Page> {
    const { context, page } = await signedInPage(browser, t.url, 'admin', path);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    requireWebBuild();
    run = uniqueRunId('provui');
    // One AMI to provision from, another whose instances are imported, so the two tests do not see each other's instances.
    const amiId = await createNamedAmi(REGION, `cml-${run}-launch`, 'CML test image');
    amiName = `cml-${run}-import`;
    const importAmiId = await createNamedAmi(REGION, amiName, 'CML test image');
    net = await createNetwork(REGION, run);
    instances = await launchInstances(REGION, { count: 3, imageId: importAmiId, tags: { Name: `provui-${run}` }, separateReservations: true });
    t = await startTestApp(
      'provisioning-browser',
      { WEB_DIST_DIR, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', AWS_REGIONS: REGION, WORKER_DEFAULT_AMI_IDS: `${REGION}=${amiId}`, WORKER_PROVISION_POLL_SECONDS: '1' },
      { port: PORT },
    );
    api = new Api(t.url);
    // One of them is already managed, so importing all skips it with the reason.
    await api.post('/api/workers/import', { region: REGION, instanceId: instances[0] }).then(expectStatus(201));
    browser = await launchChromium();
  }, SLOW);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
    closeMotoClients();
  });

  it('provisions a worker into the chosen subnet with the chosen security group and key pair', async () => {
    const page = await asAdmin('/workers/new');
    const subnet = page.getByLabel('Subnet');
    await expectText(subnet, /default for zone/, 60_000);
    // moto describes a region's instance types slowly the first time.
    await page.getByRole('radio', { name: 'm5zn.metal' }).waitFor({ timeout: 120_000 });
    await expectAccessible(page, 'new worker form');
    const name = `prov-${run}`;
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await subnet.selectOption(net.subnetId);
    // The new VPC's groups are offered, its default group preselected.
    await page.getByRole('checkbox', { name: new RegExp(`${run}-sg`) }).check();
    await page.getByRole('checkbox', { name: new RegExp(`default \\(${net.vpcDefaultGroupId}\\)`) }).uncheck();
    await page.getByLabel('Key pair').selectOption(net.keyName);
    await screenshot(page, 'provisioning-network');
    await page.getByRole('button', { name: /^Launch / }).click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').at(-1)!;
    const ready = await eventually(async () => {
      const w = await api.get(`/api/workers/${id}`);
      return w.body.instanceId && w.body.status === 'running' ? w.body : undefined;
    });
    expect(ready).toMatchObject({ name, provisioning: { subnetId: net.subnetId, securityGroupIds: [net.securityGroupId], keyName: net.keyName } });
    const ec2 = await motoEc2(REGION).send(new DescribeInstancesCommand({ InstanceIds: [ready.instanceId] }));
    expect(ec2.Reservations?.[0]?.Instances?.[0]).toMatchObject({ SubnetId: net.subnetId, KeyName: net.keyName });
  }, SLOW);

  it('imports every instance of an AMI after a preview, with one outcome per instance', async () => {
    const page = await asAdmin('/workers/import');
    await page.getByLabel('AMI name to search for').fill(amiName);
    await page.getByRole('button', { name: 'Find instances' }).click();
    const panel = page.getByRole('region', { name: /Import every instance of AMIs named like/ });
    await panel.getByRole('button', { name: 'Preview importing all (dry run)' }).click();
    await expectText(panel.getByTestId('import-all-summary'), 'Preview: 2 would be imported, 1 skipped of 3 found. Nothing was written.');
    await expectAccessible(page, 'import all preview');
    await panel.getByRole('button', { name: 'Import all 2' }).click();
    await expectText(panel.getByTestId('import-all-summary'), '2 imported, 1 skipped of 3 found.');
    await expectText(panel.getByTestId(`import-all-${instances[0]}`), /already managed as worker/);
    await expectText(panel.getByTestId(`import-all-${instances[1]}`), /imported/);
    await expectAccessible(page, 'import all outcomes');
    await screenshot(page, 'import-all-outcomes');
    const managed = await api.get(`/api/workers?q=provui-${run}`).then(expectStatus(200));
    expect(managed.body.total).toBe(3);
  }, SLOW);

  it('shows unregistered workers and imports one again', async () => {
    const list = await api.get(`/api/workers?q=provui-${run}`).then(expectStatus(200));
    const victim = list.body.items.find((w: { instanceId: string }) => w.instanceId === instances[2]);
    await api.delete(`/api/workers/${victim.id}`).then(expectStatus(200));
    const page = await asAdmin('/workers/import');
    await page.getByRole('button', { name: 'Show unregistered workers' }).click();
    const row = page.getByTestId(`unregistered-${victim.id}`);
    await expectText(row, /by cml-automation-admin|by admin/);
    await expectAccessible(page, 'unregistered workers');
    await screenshot(page, 'unregistered-workers');
    await row.getByRole('button', { name: 'Import again' }).click();
    await expectText(row, /imported as/);
    const again = await api.get(`/api/workers?q=${instances[2]}`).then(expectStatus(200));
    expect(again.body.items).toEqual([expect.objectContaining({ instanceId: instances[2], managed: true })]);
  }, SLOW);
});
