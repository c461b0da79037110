import { Clock } from '#kernel';
import { freePort } from '../../../../../../../test/support/ephemeral-services.js';
import { startHttpRecorder, type HttpRecorder } from '../../../../../../../test/support/http-recorder.js';
import { startSmtpServer, type SmtpServer } from '../../../../../../../test/support/smtp-server.js';
import { AppConfig } from '../../../../config/app-config.js';
import type { OutgoingMessage } from '../../application/ports/delivery-outbox.port.js';
import { SmtpMailSender } from './smtp-mail-sender.adapter.js';
import { HttpWebhookSender } from './webhook-sender.adapter.js';
import { verifySignature } from './webhook-signature.js';

const message: OutgoingMessage = {
  id: '6e8dcbb7-056b-81a8-8747-dd417eacaa0f',
  kind: 'stop-warning',
  severity: 'warning',
  title: 'lab-east-1 will be stopped at 14:05 UTC',
  body: 'lab-east-1 has been idle for 50 min (timeout 1 h).',
  workerId: 'w-1',
  workerName: 'lab-east-1',
  actions: [{ label: 'Keep running 1 h', url: 'https://ccm.example.com/a/1?x=1&y=<2>' }],
  createdAt: '2026-12-03T13:55:00.000Z',
};

const NOW = new Date('2026-12-03T13:55:10.000Z');
const clock = { now: () => NOW } as Clock;

function config(smtp: Partial<AppConfig['notifications']['smtp']> = {}, timeoutMs = 2000): AppConfig {
  return new AppConfig({
    notifications: {
      smtp: { port: 25, secure: 'none', from: 'CCM <ccm@example.com>', ...smtp },
      controllerUnavailableMinutes: 10,
      licenseExpiryWarningDays: 14,
      delivery: { intervalSeconds: 15, attempts: 3, backoffSeconds: 30, timeoutMs },
    },
  });
}

describe('the webhook sender against a real HTTP server', () => {
  let hooks: HttpRecorder;
  const sender = new HttpWebhookSender(config(), clock);
  beforeAll(async () => {
    hooks = await startHttpRecorder((r) => (r.url === '/fail' ? 500 : r.url === '/moved' ? 302 : 204));
  });
  afterAll(() => hooks.close());

  it('posts the generic JSON signed with the channel secret', async () => {
    await sender.post('webhook', `${hooks.url}/ok`, message, 'a-secret-of-enough-length');
    const req = hooks.requests.at(-1)!;
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['x-cml-delivery']).toBe(message.id);
    expect(verifySignature('a-secret-of-enough-length', String(req.headers['x-cml-signature']), req.body, NOW.getTime() / 1000)).toBe(true);
    expect(JSON.parse(req.body)).toEqual({ ...message });
  });

  it('posts a Teams MessageCard with OpenUri actions, unsigned', async () => {
    await sender.post('teams', `${hooks.url}/teams`, message);
    const req = hooks.requests.at(-1)!;
    expect(req.headers['x-cml-signature']).toBeUndefined();
    expect(JSON.parse(req.body)).toMatchObject({
      '@type': 'MessageCard',
      title: message.title,
      text: message.body,
      potentialAction: [{ '@type': 'OpenUri', name: 'Keep running 1 h', targets: [{ os: 'default', uri: message.actions[0].url }] }],
    });
  });

  it.each([
    ['an error status', '/fail', /^the webhook answered HTTP 500: \{\}$/],
    ['a redirect', '/moved', /^the webhook answered HTTP 302/],
  ])('refuses %s as undelivered', async (_, path, error) => {
    await expect(sender.post('slack', `${hooks.url}${path}`, message)).rejects.toThrow(error);
  });

  it('says when nothing listens', async () => {
    // A port just freed: nothing listens there.
    await expect(sender.post('webhook', `http://127.0.0.1:${await freePort()}/nothing`, message, 'x'.repeat(16))).rejects.toThrow(/could not reach the webhook: ECONNREFUSED/);
  });
});

describe('the mail sender against a real SMTP server (aiosmtpd)', () => {
  let smtp: SmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('sends the notification as text and HTML from NOTIFY_SMTP_FROM', async () => {
    const sender = new SmtpMailSender(config({ host: smtp.host, port: smtp.port }));
    try {
      await sender.send('alice@example.com', message);
    } finally {
      sender.onApplicationShutdown();
    }
    const [mail] = smtp.messages();
    expect(mail.to).toEqual(['alice@example.com']);
    expect(mail.from).toBe('ccm@example.com');
    expect(mail.header('Subject')).toBe(`[CML Cloud Manager] ${message.title}`);
    expect(mail.header('X-CML-Delivery')).toBe(message.id);
    expect(mail.decoded).toContain('Keep running 1 h: https://ccm.example.com/a/1?x=1&y=<2>');
    expect(mail.decoded).toContain('<a href="https://ccm.example.com/a/1?x=1&amp;y=&lt;2&gt;"');
  });

  it('fails without an SMTP host, naming the setting', async () => {
    await expect(new SmtpMailSender(config()).send('alice@example.com', message)).rejects.toThrow('no SMTP server is configured (NOTIFY_SMTP_HOST)');
  });
});
