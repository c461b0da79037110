import { createHmac } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';
import { Api, eventually, expectStatus } from './support/api.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { TimeTravel } from './support/clock.js';
import { type HttpRecorder, type RecordedRequest, startHttpRecorder } from './support/http-recorder.js';
import { roleToken } from './support/keycloak.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { type SmtpServer, startSmtpServer } from './support/smtp-server.js';
import { SseClient } from './support/sse-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';
/** The service account behind the `user` role's token: it owns the worker, so it is the one notified. */
const OWNER = 'cml-automation-viewer';
const OWNER_EMAIL = 'owner@lab.example.org';
const SECRET = 'a-webhook-secret-for-the-tests';
/** Backoff base: the second attempt waits 60 s, the third 120 s (the test moves the app's clock). */
const BACKOFF_SECONDS = 60;

interface Run {
  id: string;
  outcome: string;
  summary?: Record<string, unknown>;
}

/** Notifications end to end: a real SMTP server (aiosmtpd) and webhook receivers on loopback, a simulated controller, moto. */
describe('notifications', () => {
  let sim: CmlSimulator;
  let smtp: SmtpServer;
  let hooks: HttpRecorder;
  let t: TestApp;
  let api: Api;
  let clock: TimeTravel;
  let workerId: string;
  const channels: Record<string, string> = {};
  const flakyFailures = { left: 0 };

  const to = (path: string) => (r: RecordedRequest) => r.url === path;

  async function runJob(name: string): Promise<Run> {
    const started = await api.post(`/api/jobs/${name}/run`, {}, 'admin').then(expectStatus(202));
    return eventually(async () => {
      const runs = await api.get(`/api/jobs/${name}/runs?limit=5`);
      const r = (runs.body as Run[]).find((x) => x.id === started.body.id);
      return r && r.outcome !== 'running' ? r : undefined;
    }, 20_000);
  }

  async function channel(id: string) {
    return (await api.get(`/api/notification-channels/${id}`, 'admin').then(expectStatus(200))).body;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hooks = await startHttpRecorder((req) => {
      if (req.url === '/down') return 503;
      if (req.url === '/flaky' && flakyFailures.left > 0) {
        flakyFailures.left -= 1;
        return 500;
      }
      return 200;
    });
    sim = await startTestSimulator([{ id: 'quiet', labs: [{ title: 'Quiet lab', state: 'STOPPED', nodes: 2 }] }]);
    t = await startTestApp(
      'notifications',
      {
        CML_USERNAME: 'admin',
        CML_PASSWORD: 'admin',
        IDLE_TIMEOUT_MINUTES: '60',
        IDLE_WARNING_LEAD_MINUTES: '10',
        NOTIFY_SMTP_HOST: smtp.host,
        NOTIFY_SMTP_PORT: String(smtp.port),
        NOTIFY_SMTP_SECURE: 'none',
        NOTIFY_SMTP_FROM: 'CCM <ccm@lab.example.org>',
        NOTIFY_DELIVERY_BACKOFF_SECONDS: String(BACKOFF_SECONDS),
        NOTIFY_DELIVERY_ATTEMPTS: '5',
        PUBLIC_URL: 'https://ccm.lab.example.org',
      },
      { onCreated: (app) => (clock = new TimeTravel(app)) },
    );
    api = new Api(t.url);
    const run = uniqueRunId('notify');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `quiet-${run}`, Owner: OWNER, 'cml-endpoint': sim.baseUrlOf('quiet') } });
    workerId = (await api.post('/api/workers/import', { region: REGION, instanceId }, 'admin').then(expectStatus(201))).body.id;

    // The owner gives the address their e-mail goes to; admins add a signed webhook, a Slack webhook and one that is always down.
    await api.put('/api/notifications/preferences', { email: OWNER_EMAIL, kinds: ['stop-warning', 'start-failed'], scope: 'owned' }, 'user').then(expectStatus(200));
    for (const [name, body] of Object.entries({
      hook: { name: 'Ops webhook', kind: 'webhook', target: `${hooks.url}/hook`, secret: SECRET, kinds: ['stop-warning'] },
      slack: { name: 'Slack #lab', kind: 'slack', target: `${hooks.url}/slack`, kinds: ['stop-warning'] },
      down: { name: 'Always down', kind: 'webhook', target: `${hooks.url}/down`, secret: SECRET },
    })) {
      channels[name] = (await api.post('/api/notification-channels', body, 'admin').then(expectStatus(201))).body.id;
    }
    await runJob('metrics-collection');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await sim?.close();
    await hooks?.close();
    await smtp?.close();
    closeMotoClients();
  });

  it('manages channels for admins only, never shows a secret, and refuses a URL that is not http(s) with a clear message', async () => {
    const hook = await channel(channels.hook);
    expect(hook).toMatchObject({ name: 'Ops webhook', kind: 'webhook', secretSet: true, enabled: true, kinds: ['stop-warning'], tagSelector: {} });
    expect(hook.secret).toBeUndefined();
    expect((await channel(channels.down)).kinds).toHaveLength(8);
    await api.get('/api/notification-channels', 'manager').then(expectStatus(403));
    const bad = await api.post('/api/notification-channels', { name: 'Bad', kind: 'webhook', target: 'file:///etc/passwd', secret: SECRET }, 'admin').then(expectStatus(400));
    expect(bad.body.code).toBe('NOTIFICATION_CHANNEL.INVALID');
    expect(bad.body.detail).toMatch(/url: the webhook URL must be an http:\/\/ or https:\/\/ URL, not "file:\/\/\/etc\/passwd"/);
    const noSecret = await api.post('/api/notification-channels', { name: 'Unsigned', kind: 'webhook', target: `${hooks.url}/x` }, 'admin').then(expectStatus(400));
    expect(noSecret.body.detail).toMatch(/secret: a webhook channel needs a secret/);
    // A JSON null is no secret either (the fuzzer once got a 500 for it).
    const nullSecret = await api.post('/api/notification-channels', { name: 'Null', kind: 'webhook', target: `${hooks.url}/x`, secret: null }, 'admin').then(expectStatus(400));
    expect(nullSecret.body.detail).toMatch(/secret: a webhook channel needs a secret/);
    await api.get('/api/notification-channels/0193b2c4-0000-7000-8000-000000000000', 'admin').then(expectStatus(404));
  });

  it('turns an idle warning into an in-app notification for the owner (live, to them only), an e-mail and a signed webhook', async () => {
    const ownerStream = await SseClient.open(`${t.url}/api/events/stream?types=notification.created`, { headers: { authorization: `Bearer ${await roleToken('user')}` } });
    const otherStream = await SseClient.open(`${t.url}/api/events/stream?types=notification.created`, { headers: { authorization: `Bearer ${await roleToken('manager')}` } });
    await ownerStream.waitForEvent('ready');
    await otherStream.waitForEvent('ready');
    try {
      clock.advanceMinutes(61);
      expect((await runJob('idle-detection')).summary).toMatchObject({ warned: 1 });

      // In-app, for the owner: newest first, unread.
      const list = await eventually(async () => {
        const res = await api.get('/api/notifications', 'user').then(expectStatus(200));
        return res.body.items.length ? res.body : undefined;
      });
      expect(list.unread).toBe(1);
      const n = list.items[0];
      expect(n).toMatchObject({ kind: 'stop-warning', severity: 'warning', workerId, workerName: expect.stringMatching(/^quiet-/) });
      expect(n.title).toMatch(/^quiet-\S+ will be stopped at (?:\d{1,2} [A-Z][a-z]{2} )?\d\d:\d\d UTC$/);
      expect(n.body).toMatch(/has been idle for 1 h \d+ min \(timeout 1 h\)\. It will be stopped at .* UTC \(in 10 min\)/);
      // One-click links (signed, single use, for this worker and recipient), then the worker's page.
      expect(n.actions).toEqual([
        { label: 'Keep running for 1 h', url: expect.stringMatching(/^https:\/\/ccm\.lab\.example\.org\/api\/action-links\/[\w-]+\.[\w-]+$/) },
        { label: 'Keep running for 4 h', url: expect.stringMatching(/^https:\/\/ccm\.lab\.example\.org\/api\/action-links\/[\w-]+\.[\w-]+$/) },
        { label: 'Stop now', url: expect.stringMatching(/^https:\/\/ccm\.lab\.example\.org\/api\/action-links\/[\w-]+\.[\w-]+$/) },
        { label: `Open ${n.workerName}`, url: `https://ccm.lab.example.org/workers/${workerId}` },
      ]);
      expect(n.readAt).toBeUndefined();
      // Nobody else has it.
      expect((await api.get('/api/notifications', 'manager').then(expectStatus(200))).body).toEqual({ items: [], unread: 0 });

      // On the live stream of the owner only.
      const live = await ownerStream.waitForEvent('notification.created');
      expect(live.json).toMatchObject({ type: 'notification.created', workerId, data: { id: n.id, kind: 'stop-warning', recipient: OWNER, title: n.title } });
      expect(otherStream.events()).toEqual([]);

      // Nothing is sent until the delivery job runs; then the e-mail, the webhooks.
      expect(hooks.requests.filter(to('/hook'))).toHaveLength(0);
      const delivery = await runJob('notification-delivery');
      expect(delivery.summary).toMatchObject({ due: 4, sent: 3, retrying: 1, failed: 0 });

      const mails = smtp.messages();
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual([OWNER_EMAIL]);
      expect(mails[0].header('Subject')).toBe(`[CML Cloud Manager] ${n.title}`);
      expect(mails[0].header('From')).toBe('CCM <ccm@lab.example.org>');
      expect(mails[0].decoded).toContain(`${n.body}\n\n${n.actions.map((a: { label: string; url: string }) => `${a.label}: ${a.url}`).join('\n')}\n`.replace(/\n/g, '\r\n'));
      expect(mails[0].decoded).toContain(`<a href="https://ccm.lab.example.org/workers/${workerId}"`);

      const [signed] = hooks.requests.filter(to('/hook'));
      const header = String(signed.headers['x-cml-signature']);
      const [, ts, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
      expect(v1).toBe(createHmac('sha256', SECRET).update(`${ts}.${signed.body}`).digest('hex'));
      expect(Math.abs(Number(ts) - clock.now().getTime() / 1000)).toBeLessThan(60);
      const hookBody = JSON.parse(signed.body);
      expect(hookBody).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), kind: 'stop-warning', title: n.title, workerId });
      // The same actions, with links of the channel's own: a link is bound to whom it was sent.
      expect(hookBody.actions.map((a: { label: string }) => a.label)).toEqual(n.actions.map((a: { label: string }) => a.label));
      expect(hookBody.actions[0].url).not.toBe(n.actions[0].url);
      expect(hookBody.actions.at(-1)).toEqual(n.actions.at(-1));

      const [slack] = hooks.requests.filter(to('/slack'));
      expect(slack.headers['x-cml-signature']).toBeUndefined();
      const slackBody = JSON.parse(slack.body);
      expect(slackBody.text).toContain(n.title);
      expect(slackBody.blocks.at(-1)).toEqual({
        type: 'actions',
        elements: n.actions.map((a: { label: string }, i: number) => ({ type: 'button', action_id: `ccm-${i}`, text: { type: 'plain_text', text: a.label }, url: expect.stringMatching(/^https:\/\/ccm\.lab\.example\.org\//) })),
      });

      // Read marks: one, then all; someone else's is not found.
      await api.post(`/api/notifications/${n.id}/read`, {}, 'manager').then(expectStatus(404));
      await api.post(`/api/notifications/${n.id}/read`, {}, 'user').then(expectStatus(204));
      const read = (await api.get('/api/notifications', 'user')).body;
      expect(read.unread).toBe(0);
      expect(read.items[0].readAt).toBeDefined();
      expect((await api.get('/api/notifications?unreadOnly=true', 'user')).body.items).toEqual([]);
      await api.post('/api/notifications/read-all', {}, 'user').then(expectStatus(204));
      await api.get('/api/notifications?limit=500', 'user').then(expectStatus(400));
    } finally {
      ownerStream.close();
      otherStream.close();
    }
  });

  it('stops the worker on time while a channel stays down, and keeps retrying that channel with its last error', async () => {
    const down = await channel(channels.down);
    expect(down.lastDelivery).toMatchObject({ status: 'pending', attempts: 1, lastError: 'the webhook answered HTTP 503: {}' });

    clock.advanceMinutes(11);
    expect((await runJob('idle-detection')).summary).toMatchObject({ stopped: 1 });
    expect((await api.get(`/api/workers/${workerId}`)).body.status).toBe('stopping');

    expect((await runJob('notification-delivery')).summary).toMatchObject({ due: 1, sent: 0, retrying: 1 });
    expect((await channel(channels.down)).lastDelivery).toMatchObject({ status: 'pending', attempts: 2, lastError: 'the webhook answered HTTP 503: {}' });
    // The others were delivered once each, not again.
    expect(hooks.requests.filter(to('/hook'))).toHaveLength(1);
    expect(smtp.messages()).toHaveLength(1);
  });

  it('retries a webhook that answers 500 twice with exponential backoff, then delivers it', async () => {
    const id = (await api.post('/api/notification-channels', { name: 'Flaky', kind: 'webhook', target: `${hooks.url}/flaky`, secret: SECRET, kinds: ['start-failed'] }, 'admin').then(expectStatus(201))).body.id;
    flakyFailures.left = 2;
    await api.post(`/api/notification-channels/${id}/test`, {}, 'admin').then(expectStatus(202));
    const attempts = () => hooks.requests.filter(to('/flaky')).length;

    await runJob('notification-delivery');
    expect(attempts()).toBe(1);
    expect((await channel(id)).lastDelivery).toMatchObject({ status: 'pending', attempts: 1, lastError: 'the webhook answered HTTP 500: {}' });

    // Not before its backoff (60 s) is over.
    await runJob('notification-delivery');
    expect(attempts()).toBe(1);
    clock.advanceMinutes(1);
    await runJob('notification-delivery');
    expect(attempts()).toBe(2);

    // The next wait is twice as long (120 s): one minute is not enough.
    clock.advanceMinutes(1);
    await runJob('notification-delivery');
    expect(attempts()).toBe(2);
    clock.advanceMinutes(1);
    await runJob('notification-delivery');
    expect(attempts()).toBe(3);

    const delivered = (await channel(id)).lastDelivery;
    expect(delivered).toMatchObject({ status: 'sent', attempts: 3, title: 'Test notification for "Flaky"' });
    expect(delivered.lastError).toBeUndefined();
    // Every attempt is the same message, signed anew.
    const bodies = hooks.requests.filter(to('/flaky')).map((r) => JSON.parse(r.body).id);
    expect(new Set(bodies).size).toBe(1);
  });

  it('keeps preferences per person: defaults, validation, and opting out', async () => {
    expect((await api.get('/api/notifications/preferences', 'manager').then(expectStatus(200))).body).toEqual({
      kinds: ['stop-warning', 'start-failed', 'start-fell-back', 'status-checks-impaired', 'controller-unavailable', 'license-problem', 'license-not-released', 'budget-threshold'],
      scope: 'owned',
    });
    expect((await api.get('/api/notifications/preferences', 'user')).body).toEqual({ email: OWNER_EMAIL, kinds: ['stop-warning', 'start-failed'], scope: 'owned' });
    const bad = await api.put('/api/notifications/preferences', { email: 'nope', kinds: ['stop-warning', 'bogus'], scope: 'mine' }, 'manager').then(expectStatus(400));
    expect(bad.body.code).toBe('NOTIFICATION_PREFERENCES.INVALID');
    expect(bad.body.detail).toMatch(/email: "nope" is not an e-mail address; kinds: unknown bogus; .*scope: "owned"/);
  });

  it('keeps the worker running for 1 h when its owner follows the link in the warning e-mail, without signing in', async () => {
    // The worker stopped above; started again, it idles into a new warning.
    await runJob('status-follow');
    expect((await api.get(`/api/workers/${workerId}`)).body.status).toBe('stopped');
    await api.post(`/api/workers/${workerId}/start`, {}, 'manager').then(expectStatus(202));
    await runJob('status-follow');
    expect((await api.get(`/api/workers/${workerId}`)).body.status).toBe('running');
    await runJob('metrics-collection');
    clock.advanceMinutes(61);
    expect((await runJob('idle-detection')).summary).toMatchObject({ warned: 1 });
    const mailsBefore = smtp.messages().length;
    await runJob('notification-delivery');
    const mail = await eventually(async () => (smtp.messages().length > mailsBefore ? smtp.messages().at(-1) : undefined));
    expect(mail!.to).toEqual([OWNER_EMAIL]);

    // The link as the owner's mail client shows it; this app listens on a loopback port of its own.
    const link = /Keep running for 1 h: (https:\/\/ccm\.lab\.example\.org\/api\/action-links\/\S+)/.exec(mail!.decoded)?.[1];
    expect(link).toBeDefined();
    const local = `${t.url}${new URL(link!).pathname}`;
    const confirm = await fetch(local, { headers: { accept: 'text/html' } });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('<form method="post">');
    const done = await fetch(local, { method: 'POST', headers: { accept: 'text/html' } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('keeps running until');
    const kept = (await api.get(`/api/workers/${workerId}`)).body;
    expect(kept.override).toMatchObject({ kind: 'keep-running', by: `${OWNER} through an e-mail link` });

    // The planned stop passes and the worker keeps running.
    clock.advanceMinutes(11);
    expect((await runJob('idle-detection')).summary).toMatchObject({ stopped: 0 });
    expect((await api.get(`/api/workers/${workerId}`)).body.status).toBe('running');
    // The link worked once.
    expect((await fetch(local, { method: 'POST', headers: { accept: 'text/html' } })).status).toBe(410);
  });

  it('stored every document as its collection’s schema declares it (the writes above included)', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
