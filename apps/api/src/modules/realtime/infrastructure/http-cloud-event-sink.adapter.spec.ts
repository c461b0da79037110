import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP } from 'cloudevents';
import { type EventEnvelope, secretForms, systemActor } from '#kernel';
import { loadConfig } from '../../../config/app-config.js';
import { HttpCloudEventSink, toCloudEvent } from './http-cloud-event-sink.adapter.js';

const envelope: EventEnvelope<'worker.license-registration-requested'> = {
  id: '0193a000-0000-7000-8000-0000000000aa',
  type: 'worker.license-registration-requested',
  aggregateType: 'worker',
  aggregateId: '0193a000-0000-7000-8000-000000000001',
  aggregateVersion: 7,
  occurredAt: '2026-01-02T03:04:05.000Z',
  actor: systemActor('test'),
  data: { operationId: 'op-1', reregister: false, licenseToken: 'never-leaves' } as never,
};

describe('toCloudEvent', () => {
  it('maps the event to CloudEvents attributes and sanitised data', () => {
    const ce = toCloudEvent(envelope, { typePrefix: 'io.cml-cloud-manager', source: 'https://ccm.example.com' });
    expect(ce).toMatchObject({
      specversion: '1.0',
      id: envelope.id,
      type: 'io.cml-cloud-manager.worker.license-registration-requested',
      source: 'https://ccm.example.com',
      subject: `worker/${envelope.aggregateId}`,
      time: '2026-01-02T03:04:05.000Z',
      datacontenttype: 'application/json',
      data: { operationId: 'op-1', reregister: false },
    });
  });
});

describe('HttpCloudEventSink', () => {
  let server: Server;
  let url: string;
  let answer = 204;
  let delayMs = 0;
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        setTimeout(() => res.writeHead(answer).end('{"ignored":true}'), delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen.length = 0;
    answer = 204;
    delayMs = 0;
  });

  const sink = (env: Record<string, string> = {}) =>
    new HttpCloudEventSink(loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/x', OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/x', CLOUD_EVENT_SINK: url, ...env }));

  it.each(['binary', 'structured'])('POSTs in %s mode what a CloudEvents receiver reads back', async (mode) => {
    expect(await sink({ CLOUD_EVENT_MODE: mode }).send(envelope)).toEqual({ delivered: true });
    const [{ headers, body }] = seen;
    if (mode === 'binary') expect(headers['ce-id']).toBe(envelope.id);
    else expect(headers['content-type']).toContain('application/cloudevents+json');
    const back = HTTP.toEvent({ headers: headers as Record<string, string>, body });
    expect(back).toMatchObject({ id: envelope.id, type: 'io.cml-cloud-manager.worker.license-registration-requested', data: { operationId: 'op-1', reregister: false } });
    expect(body).not.toContain('never-leaves');
  });

  it.each([
    [503, true],
    [500, true],
    [429, true],
    [408, true],
    [400, false],
    [404, false],
    [410, false],
  ])('reads HTTP %i as retry=%s', async (status, retry) => {
    answer = status;
    expect(await sink().send(envelope)).toEqual({ delivered: false, retry, reason: `HTTP ${status}` });
  });

  it('retries when the sink does not answer in time', async () => {
    delayMs = 500;
    const outcome = await sink({ CLOUD_EVENT_TIMEOUT_MS: '100' }).send(envelope);
    expect(outcome).toEqual({ delivered: false, retry: true, reason: 'no answer within 100 ms' });
  });

  it('retries when nothing listens', async () => {
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const port = (gone.address() as AddressInfo).port;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    const outcome = await sink({ CLOUD_EVENT_SINK: `http://127.0.0.1:${port}/nobody` }).send(envelope);
    expect(outcome).toMatchObject({ delivered: false, retry: true });
    expect((outcome as { reason: string }).reason).toContain('ECONNREFUSED');
  });

  const withCredentials = (base: string, password: string, token: string): string => {
    const u = new URL(base);
    u.username = 'ce-user';
    u.password = password;
    u.searchParams.set('access_token', token);
    return u.toString();
  };

  it('sends the credentials of the sink URL as HTTP Basic authentication, and keeps its query', async () => {
    const password = 'pa55/"word" +x';
    expect(await sink({ CLOUD_EVENT_SINK: withCredentials(url, password, 'query-token-1234') }).send(envelope)).toEqual({ delivered: true });
    const [{ url: path, headers }] = seen;
    expect(path).toBe('/hook?access_token=query-token-1234');
    expect(headers.authorization).toBe(`Basic ${Buffer.from(`ce-user:${password}`).toString('base64')}`);
  });

  it('never repeats the credentials of the sink URL in a failure reason', async () => {
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const port = (gone.address() as AddressInfo).port;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    const password = 'sink-pa55/"word"+9';
    const token = 'query-token-never-shown';
    const outcome = await sink({ CLOUD_EVENT_SINK: withCredentials(`http://127.0.0.1:${port}/nobody`, password, token) }).send(envelope);
    expect(outcome).toMatchObject({ delivered: false, retry: true });
    const reason = (outcome as { reason: string }).reason;
    expect(reason).toContain('ECONNREFUSED');
    expect([password, token].flatMap(secretForms).filter((form) => reason.includes(form))).toEqual([]);
  });
});
