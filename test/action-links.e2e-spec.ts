import { Api, eventually, expectStatus } from './support/api.js';
import { TimeTravel } from './support/clock.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { ActionLinkService } from '../apps/api/src/modules/action-links/action-links.public.js';

const REGION = 'us-east-1';
const RECIPIENT = 'alice@example.com';

interface Link {
  label: string;
  url: string;
}

interface TimelineEvent {
  type: string;
  actor: { name: string };
  data: Record<string, unknown>;
}

/**
 * The one-click links of pre-stop warnings against the real stand-ins (moto, MongoDB, Redis): a
 * link works once, a tampered, expired or stale one is refused with a page saying why, and GET
 * never acts. The links are made by the service the notifications module calls.
 */
describe('action links', () => {
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let links: ActionLinkService;
  let run: string;
  let amiId: string;

  /** A running worker of its own for each test (imported from a new moto instance). */
  async function runningWorker(name: string): Promise<string> {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `${name}-${run}` } });
    const id = (await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string;
    expect((await api.get(`/api/workers/${id}`)).body.status).toBe('running');
    return id;
  }

  async function warningLinks(workerId: string, validForMinutes = 60): Promise<Record<'keep1h' | 'keep4h' | 'stop', string>> {
    const made: Link[] = await links.linksFor({ workerId, kind: 'stop-warning', recipient: RECIPIENT, validUntil: new Date(clock.now().getTime() + validForMinutes * 60_000) });
    expect(made.map((l) => l.label)).toEqual(['Keep running for 1 h', 'Keep running for 4 h', 'Stop now']);
    // The links carry PUBLIC_URL; this app listens on a port of its own.
    const path = (label: string) => new URL(made.find((l) => l.label === label)!.url).pathname;
    return { keep1h: path('Keep running for 1 h'), keep4h: path('Keep running for 4 h'), stop: path('Stop now') };
  }

  const page = (path: string, method: 'GET' | 'POST' = 'GET', accept = 'text/html') => fetch(`${t.url}${path}`, { method, headers: { accept }, redirect: 'manual' });

  async function timeline(workerId: string): Promise<TimelineEvent[]> {
    return (await api.get(`/api/workers/${workerId}/events`).then(expectStatus(200))).body.items as TimelineEvent[];
  }

  beforeAll(async () => {
    t = await startTestApp('action-links', { ACTION_LINK_RATE_LIMIT_PER_MINUTE: '1000' }, { onCreated: (app) => (clock = new TimeTravel(app)) });
    api = new Api(t.url);
    links = t.app.get(ActionLinkService);
    run = uniqueRunId('links');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('keeps a worker running for 1 h once, by the recipient through the link, and refuses the link the second time', async () => {
    const id = await runningWorker('keep');
    const { keep1h, keep4h } = await warningLinks(id);

    // GET only shows what the button will do: mail scanners open links.
    const confirm = await page(keep1h);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get('cache-control')).toBe('no-store');
    const html = await confirm.text();
    expect(html).toContain(`keep-${run}`);
    expect(html).toContain('Keep running for 1 h');
    expect(html).toContain('<form method="post">');
    expect(html).toMatch(/expires at \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC/);
    expect((await api.get(`/api/workers/${id}`)).body.override).toBeUndefined();

    const before = clock.now().getTime();
    const done = await page(keep1h, 'POST');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('keeps running until');
    const worker = (await api.get(`/api/workers/${id}`)).body;
    expect(worker.override).toMatchObject({ kind: 'keep-running', by: `${RECIPIENT} through an e-mail link` });
    const until = new Date(worker.override.until).getTime();
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(until).toBeLessThan(before + 3_600_000 + 60_000);
    const set = (await timeline(id)).find((e) => e.type === 'worker.override-set');
    expect(set).toMatchObject({ actor: { name: `${RECIPIENT} through an e-mail link` }, data: { kind: 'keep-running' } });

    const again = await page(keep1h, 'POST');
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('This link was already used at');
    const againJson = await page(keep1h, 'POST', 'application/json');
    expect(againJson.status).toBe(410);
    expect(againJson.headers.get('content-type')).toContain('application/problem+json');
    expect(await againJson.json()).toMatchObject({ status: 410, title: 'Gone', code: 'ACTION_LINK.USED', detail: expect.stringContaining('each link works once') });
    // Its page says so too.
    expect((await page(keep1h)).status).toBe(410);

    // The other links of the same warning no longer apply: someone kept it running.
    const other = await page(keep4h, 'POST');
    expect(other.status).toBe(409);
    expect(await other.text()).toContain('The state moved on: someone already kept it running');
    expect((await api.get(`/api/workers/${id}`)).body.override.until).toBe(worker.override.until);
  });

  it('refuses a tampered link with a page saying so, and does nothing', async () => {
    const id = await runningWorker('tamper');
    const { keep1h, stop } = await warningLinks(id);
    const [payload, signature] = keep1h.split('/').pop()!.split('.');
    // The keep link's claims edited to "stop", with its own signature kept.
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const forged = `/api/action-links/${Buffer.from(JSON.stringify({ ...claims, a: 'stop' })).toString('base64url')}.${signature}`;
    const refused = await page(forged, 'POST');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('This link was changed after it was sent');
    const json = await page(forged, 'GET', 'application/json');
    expect(json.status).toBe(403);
    expect(await json.json()).toMatchObject({ code: 'ACTION_LINK.TAMPERED' });
    // Anything but a browser gets problem details too.
    const other = await page(forged, 'POST', '*/*');
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    // A link cut short when copied.
    const cut = await page(stop.slice(0, stop.indexOf('.')), 'POST');
    expect(cut.status).toBe(400);
    expect(await cut.text()).toContain('This is not a valid action link');
    const worker = (await api.get(`/api/workers/${id}`)).body;
    expect(worker.status).toBe('running');
    expect(worker.override).toBeUndefined();
  });

  it('refuses an expired link with a page saying when it expired', async () => {
    const id = await runningWorker('expire');
    const { keep1h } = await warningLinks(id, 30);
    expect((await page(keep1h)).status).toBe(200);
    clock.advanceMinutes(31);
    const refused = await page(keep1h, 'POST');
    expect(refused.status).toBe(410);
    expect(await refused.text()).toMatch(/This link expired at \d{4}-\d\d-\d\dT/);
    const json = await page(keep1h, 'POST', 'application/json');
    expect(await json.json()).toMatchObject({ status: 410, code: 'ACTION_LINK.EXPIRED' });
    expect((await api.get(`/api/workers/${id}`)).body.override).toBeUndefined();
  });

  it('stops the worker with the stop-now link, through the command people use, in the timeline', async () => {
    const id = await runningWorker('stop');
    const { stop } = await warningLinks(id);
    expect((await page(stop)).status).toBe(200);
    expect((await api.get(`/api/workers/${id}`)).body.status).toBe('running');
    const done = await page(stop, 'POST');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('is stopping');
    await eventually(async () => /^(stopping|stopped)$/.test((await api.get(`/api/workers/${id}`)).body.status as string));
    const change = (await timeline(id)).find((e) => e.type === 'worker.status-changed' && e.data.from === 'running');
    expect(change).toMatchObject({ actor: { name: `${RECIPIENT} through an e-mail link` }, data: { trigger: 'user', reason: expect.stringContaining('"Stop now" link') } });
  });

  it('refuses a keep link once the worker was stopped: the state moved on', async () => {
    const id = await runningWorker('moved');
    const { keep1h } = await warningLinks(id);
    await api.post(`/api/workers/${id}/stop`, {}, 'admin').then(expectStatus(202));
    const refused = await page(keep1h, 'POST');
    expect(refused.status).toBe(409);
    expect(await refused.text()).toMatch(/The state moved on: the worker is (stopping|stopped) now/);
    const json = await page(keep1h, 'POST', 'application/json');
    expect(await json.json()).toMatchObject({ code: 'ACTION_LINK.STATE_MOVED_ON', details: { why: expect.stringMatching(/^the worker is (stopping|stopped) now$/) } });
    expect((await api.get(`/api/workers/${id}`)).body.override).toBeUndefined();
  });

  it('limits the requests to links per client address, and keeps tokens out of the request log', async () => {
    const logLines: string[] = [];
    const limited = await startTestApp('action-links-limit', { ACTION_LINK_RATE_LIMIT_PER_MINUTE: '2', REDIS_KEY_PREFIX: `${t.redisPrefix}limit-${run}:`, LOG_LEVEL: 'info' }, { logLines });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${limited.url}/api/action-links/not-a-token-${run}`, { headers: { accept: 'text/html' } })).status);
      // Two per minute: the third is refused (the fifth, should a minute begin in between).
      expect(statuses.slice(0, 2)).toEqual([400, 400]);
      expect(statuses).toContain(429);
      await eventually(async () => logLines.some((l) => l.includes('/api/action-links/[redacted]')));
      expect(logLines.filter((l) => l.includes(`not-a-token-${run}`))).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});
