import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { MetricsServer } from '../apps/api/src/platform/metrics/metrics-server.js';
import { TelemetryHandle } from '../apps/api/src/platform/telemetry/telemetry.module.js';
import { Api, eventually, expectStatus, type Role } from './support/api.js';
import { BrowserSession } from './support/browser-session.js';
import { startTestSimulator, type CmlSimulator } from './support/cml.js';
import { serviceEnv } from './support/env.js';
import { type HttpRecorder, type RecordedRequest, startHttpRecorder } from './support/http-recorder.js';
import { AUTOMATION, roleToken } from './support/keycloak.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { SseClient } from './support/sse-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Secrets with characters that JSON-escaping, percent-encoding and base64 all change, so each
// encoded form differs from the raw one.
const CML_PASSWORD = 'Cml-Pa55/"word" never+shown&7f3a';
const OVERRIDE_PASSWORD = 'Override\\Pa55 "refused"/word+9c1e';
const LICENSE_TOKEN = 'TGljZW5zZS10b2tlbi1uZXZlci1zaG93bi0xMjM0NTY3ODk=';
const WEB_CLIENT_SECRET = 'dev-web-secret-change-me';
const SINK_USER = 'ce-publisher';
const SINK_PASSWORD = 'Sink-Pa55/word "never" shown+2d4c';
const SINK_TOKEN = 'sink-access-token-never-shown-5e2b';
const REGION = 'us-east-1';
const run = uniqueRunId('sec');
const REFUSED_WORKER = `sec-refused-${run}`;

/**
 * The forms a secret is looked for in: raw; JSON-escaped once and twice (JSON text inside a JSON
 * string, e.g. a controller's echoed request body inside a stored error); percent-encoded, of the raw
 * and of the JSON-escaped text; base64 and base64url. A long secret is also looked for by a
 * distinctive 30-character piece, in case it was cut (for a JWT, of its signature).
 */
function secretForms(secret: string): Map<string, string> {
  const json = (s: string): string => JSON.stringify(s).slice(1, -1);
  const forms = new Map<string, string>([
    ['raw', secret],
    ['JSON-escaped', json(secret)],
    ['JSON-escaped twice', json(json(secret))],
    ['URL-encoded', encodeURIComponent(secret)],
    ['URL-encoded JSON-escaped', encodeURIComponent(json(secret))],
    ['base64', Buffer.from(secret).toString('base64')],
    ['base64url', Buffer.from(secret).toString('base64url')],
  ]);
  const parts = secret.split('.');
  const distinctive = parts.length === 3 ? parts[2] : secret.slice(10);
  if (secret.length > 40 && distinctive.length >= 30) forms.set('30-character piece', distinctive.slice(0, 30));
  return forms;
}

/** Text with every percent-encoded sequence decoded, whatever set of characters was encoded (URLs, forms, userinfo). */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * `<what> in <where>: <forms>` for every secret found in any of the texts, in any form; each text is
 * also read percent-decoded, so other percent-encodings than `encodeURIComponent` are caught too.
 */
function findLeaks(secrets: Map<string, string>, places: [string, string][]): string[] {
  const leaks: string[] = [];
  for (const [where, text] of places) {
    const decoded = percentDecoded(text);
    for (const [what, value] of secrets) {
      const forms: string[] = [];
      for (const [form, needle] of secretForms(value)) {
        if (text.includes(needle)) forms.push(form);
        else if (decoded.includes(needle)) forms.push(`${form}, once percent-decoded`);
      }
      if (forms.length > 0) leaks.push(`${what} in ${where}: ${forms.join('; ')}`);
    }
  }
  return leaks;
}

/**
 * Runs a full scenario (browser sign-in, bearer calls, import, CML sync, licensing, lab actions, the
 * live stream) and its failure paths (a controller refusing the sign-in, controllers whose error
 * answers echo the request with its password, token or licence token, a failing CloudEvents sink
 * whose URL carries credentials) with OpenTelemetry exported to a local collector, while recording
 * every response, streamed frame, stored document, Redis message and key, log line, CloudEvent and
 * OTLP export; then looks for every secret involved, raw and encoded, in all of them.
 */
describe('security: secrets never leak into responses, the stream, stored data, logs, CloudEvents or telemetry', () => {
  const logLines: string[] = [];
  const responses: string[] = [];
  const redisMessages: string[] = [];
  const secrets = new Map<string, string>();
  const usedTokens = new Map<string, string>();
  let stream: SseClient;
  let sim: CmlSimulator;
  let sink: HttpRecorder;
  let otlp: HttpRecorder;
  let subscriber: Redis;
  let t: TestApp;
  let api: Api;
  let browser: BrowserSession;
  let workerId: string;
  let refusedWorkerId: string;
  let refusedInstanceId: string;

  function record(label: string, res: { status: number; headers: Record<string, unknown>; text?: string; body?: unknown }): void {
    responses.push(`${label} ${res.status} ${JSON.stringify(res.headers)} ${res.text ?? JSON.stringify(res.body)}`);
  }
  async function recordFetch(label: string, res: Response): Promise<void> {
    responses.push(`${label} ${res.status} ${JSON.stringify([...res.headers])} ${await res.text()}`);
  }
  const worker = async (id: string) => (await api.get(`/api/workers/${id}`)).body as { serviceStatus: string; cml: { error?: string; lastSyncedAt?: string } };
  const errorOf = async (id: string) => (await worker(id)).cml.error;

  beforeAll(async () => {
    sim = await startTestSimulator([
      { id: 'sec', users: [{ username: 'ccm-api', password: CML_PASSWORD }], labs: [{ title: 'Secret-free lab', state: 'STOPPED', nodes: 2 }] },
      // Knows the user, not the password the product sends: every sign-in is refused, and the refusal echoes the request.
      { id: 'refuse', users: [{ username: 'ccm-api', password: 'the-controller-expects-another' }], faults: { echoRequest: true } },
    ]);
    // The sink fails twice (503), refuses one event for good (400), then takes everything.
    sink = await startHttpRecorder((_req, index) => (index < 2 ? 503 : index === 2 ? 400 : 204));
    otlp = await startHttpRecorder();
    const sinkUrl = new URL(`${sink.url}/hook`);
    sinkUrl.username = SINK_USER;
    sinkUrl.password = SINK_PASSWORD;
    sinkUrl.searchParams.set('access_token', SINK_TOKEN);
    // The instance behind the refusing controller exists first: per-controller credentials are keyed by its id.
    const refusedAmi = await createNamedAmi(REGION, `cml-refused-${run}`);
    [refusedInstanceId] = await launchInstances(REGION, { count: 1, imageId: refusedAmi, tags: { Name: REFUSED_WORKER, 'cml-endpoint': sim.baseUrlOf('refuse') } });
    t = await startTestApp(
      'secrets',
      {
        CML_USERNAME: 'ccm-api',
        CML_PASSWORD,
        CML_CREDENTIALS_OVERRIDES: JSON.stringify({ [refusedInstanceId]: { username: 'ccm-api', password: OVERRIDE_PASSWORD } }),
        CML_READ_RETRIES: '0',
        CML_BREAKER_FAILURES: '100',
        WORKER_REFRESH_MIN_INTERVAL_SECONDS: '0',
        LOG_LEVEL: 'debug',
        LICENSE_POLL_SECONDS: '1',
        CLOUD_EVENT_SINK: sinkUrl.toString(),
        CLOUD_EVENT_POLL_SECONDS: '1',
        CLOUD_EVENT_MAX_ATTEMPTS: '2',
        CLOUD_EVENT_BACKOFF_MS: '10',
        OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
        OTEL_TRACES_DELAY_MS: '200',
        OTEL_METRICS_INTERVAL_MS: '1000',
        METRICS_ENABLED: 'true',
        METRICS_PORT: '0',
      },
      { port: 8137, logLines },
    );
    subscriber = new Redis(serviceEnv().redisUrl!);
    subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => redisMessages.push(`${channel} ${message}`));
    await subscriber.psubscribe(`${t.redisPrefix}*`);
    // The bearer tokens the scenario really sends, so those are the ones looked for.
    api = new Api(t.url, async (role: Role) => {
      const token = await roleToken(role);
      usedTokens.set(`${role} bearer token`, token);
      return token;
    });
  });
  afterAll(async () => {
    stream?.close();
    await subscriber?.quit();
    await t?.close();
    await sim?.close();
    await sink?.close();
    await otlp?.close();
    closeMotoClients();
  });

  it('runs a full scenario', async () => {
    const streamToken = await roleToken('user');
    usedTokens.set('stream bearer token', streamToken);
    stream = await SseClient.open(`${t.url}/api/events/stream`, { headers: { authorization: `Bearer ${streamToken}` } });
    browser = new BrowserSession(t.url);
    const { callbackUrl } = await browser.signIn('admin', 'admin');
    // Single use and bound to the PKCE verifier, but a credential until the app redeemed it.
    usedTokens.set('authorization code', callbackUrl.searchParams.get('code')!);
    await recordFetch('me', await browser.fetch('/api/auth/me'));

    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `sec-${run}`, 'cml-endpoint': sim.baseUrlOf('sec') } });
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    record('import', imported);
    workerId = imported.body.id as string;
    await eventually(async () => (await worker(workerId)).serviceStatus === 'available');
    const license = await api.post(`/api/workers/${workerId}/license`, { token: LICENSE_TOKEN });
    record('license', license);
    await eventually(async () => (await api.get(`/api/operations/${license.body.id}`)).body.status !== 'running');
    for (const path of [`/api/workers/${workerId}`, `/api/workers/${workerId}/events?pageSize=200`, `/api/operations/${license.body.id}`, `/api/workers/${workerId}/labs`, '/api/workers', '/api/jobs']) {
      record(path, await api.get(path, 'admin'));
    }
    record('sync', await api.post(`/api/workers/${workerId}/labs/sync`, {}, 'manager'));
    const labId = (await api.get(`/api/workers/${workerId}/labs`)).body.items[0].labId as string;
    record('start lab', await api.post(`/api/workers/${workerId}/labs/${labId}/start`, {}, 'manager'));
    await recordFetch('refresh', await browser.send('POST', `/api/workers/${workerId}/refresh`));
    record('bearer logout', await api.post('/api/auth/logout', {}, 'user'));
    // The token cache holds what the controller issued, so "every token the simulator issued" is what the product used.
    const redis = new Redis(serviceEnv().redisUrl!);
    try {
      const tokenKeys = await redis.keys(`${t.redisPrefix}cml:token:*`);
      expect(tokenKeys.length).toBeGreaterThan(0);
      const issued = sim.controllers.require('sec').issuedTokens();
      for (const key of tokenKeys) {
        const stored = (await redis.get(key)) ?? '';
        expect(issued.some((token) => stored.includes(token))).toBe(true);
      }
    } finally {
      await redis.quit();
    }
  });

  it('runs the failure paths: a refused controller sign-in, controller errors echoing the request', async () => {
    // A controller that refuses the sign-in (403), its answer echoing the override password sent.
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId: refusedInstanceId }).then(expectStatus(201));
    record('import refused', imported);
    refusedWorkerId = imported.body.id as string;
    expect(await eventually(() => errorOf(refusedWorkerId))).toContain('Authentication failed!');
    record('labs sync refused', await api.post(`/api/workers/${refusedWorkerId}/labs/sync`, {}, 'manager'));
    record('labs refused', await api.get(`/api/workers/${refusedWorkerId}/labs`));
    // The same controller failing the sign-in with a 500 that echoes it.
    const refuse = sim.controllers.require('refuse');
    refuse.setFaults({ echoRequest: true, errorRate: 1, only: ['/authenticate'] });
    record('refresh refused', await api.post(`/api/workers/${refusedWorkerId}/refresh`, {}, 'manager'));
    expect(await errorOf(refusedWorkerId)).toContain('Internal Server Error');
    expect(refuse.requests().filter((r) => r.route === '/authenticate').map((r) => r.status)).toEqual(expect.arrayContaining([403, 500]));

    // The working controller: errors echoing the CML token (headers) and the licence token (body).
    const sec = sim.controllers.require('sec');
    sec.setFaults({ echoRequest: true, errorRate: 1, only: ['/labs/{lab_id}/stop', '/licensing/registration'] });
    const labId = (await api.get(`/api/workers/${workerId}/labs`)).body.items[0].labId as string;
    const stop = await api.post(`/api/workers/${workerId}/labs/${labId}/stop`, {}, 'manager');
    record('stop lab echo', stop);
    expect(stop.status).toBeGreaterThanOrEqual(400);
    const license = await api.post(`/api/workers/${workerId}/license`, { token: LICENSE_TOKEN, reregister: true });
    record('license echo', license);
    const settled = await eventually(async () => {
      const op = await api.get(`/api/operations/${license.body.id}`);
      return op.body.status !== 'running' && op;
    });
    record('license echo operation', settled);
    expect(settled.body.status).toBe('failed');
    // Expired tokens (401, echoing the token), then a sign-in answered 500 echoing the fleet password.
    sec.setFaults({ echoRequest: true, expireTokens: true, errorRate: 1, only: ['/authenticate'] });
    record('refresh echo', await api.post(`/api/workers/${workerId}/refresh`, {}, 'manager'));
    expect(await errorOf(workerId)).toContain('Internal Server Error');
    const answered = sec.requests().map((r) => `${r.method} ${r.route} ${r.status}`);
    expect(answered).toEqual(expect.arrayContaining(['PUT /labs/{lab_id}/stop 500', 'POST /licensing/registration 500', 'GET /system_health 401', 'POST /authenticate 500']));
    for (const path of [`/api/workers/${workerId}`, `/api/workers/${refusedWorkerId}`, `/api/workers/${workerId}/events?pageSize=200`, `/api/workers/${refusedWorkerId}/events?pageSize=200`, '/api/workers', '/api/events?limit=1000']) {
      record(path, await api.get(path, 'admin'));
    }
  });

  it('publishes CloudEvents through a failing sink, with the credentials of its URL', async () => {
    const mongo = await new MongoClient(t.mongoUri).connect();
    try {
      const ids = (await mongo.db().collection('events').find({}, { projection: { _id: 1 } }).toArray()).map((e) => String(e._id));
      expect(ids.length).toBeGreaterThan(5);
      // Every event reaches the sink: the refused one once, the rest until taken.
      await eventually(async () => {
        const seen = new Set(sink.requests.map((r) => r.headers['ce-id']));
        return ids.every((id) => seen.has(id));
      }, 20_000);
    } finally {
      await mongo.close();
    }
    const basic = `Basic ${Buffer.from(`${SINK_USER}:${SINK_PASSWORD}`).toString('base64')}`;
    for (const request of sink.requests) {
      expect(request.url).toBe(`/hook?access_token=${SINK_TOKEN}`);
      expect(request.headers.authorization).toBe(basic);
    }
    const logs = logLines.join('');
    expect(logs).toContain('The CloudEvents sink did not take event');
    expect(logs).toContain('The CloudEvents sink refused event');
  });

  it('finds none of the secrets, raw or encoded, in any of it', async () => {
    await eventually(async () => stream.events().length >= 5);
    stream.close();
    await t.app.get(TelemetryHandle).value.flush();
    await eventually(async () => otlp.requests.some((r) => r.url === '/v1/traces') && otlp.requests.some((r) => r.url === '/v1/metrics'));
    const exported = otlp.requests.map((r) => `${r.url} ${r.body}`).join('\n');
    const scraped = await (await fetch(`http://127.0.0.1:${t.app.get(MetricsServer).port}/metrics`)).text();
    // The scenario's failures are in it: the refused controller sign-ins.
    expect(scraped).toMatch(/ccm_cml_call_errors_total\{operation="[^"]+"\} [1-9]/);
    // The failure paths were exported: the refused sign-ins and the failing lab stop.
    expect(exported).toContain('cml.authenticate');
    expect(exported).toContain('CML.AUTH_FAILED');
    expect(exported).toContain('command ChangeLabStateCommand');

    // The secrets of this run: the cookie, the session's tokens, bearer tokens, every CML token issued.
    const cookieHeader = browser.jar.header(new URL(t.url)) ?? '';
    secrets.set('session cookie', /ccm_session=([^;]+)/.exec(cookieHeader)![1]);
    for (const [what, token] of usedTokens) secrets.set(what, token);
    secrets.set('CML password', CML_PASSWORD);
    secrets.set('CML override password', OVERRIDE_PASSWORD);
    secrets.set('license token', LICENSE_TOKEN);
    secrets.set('web client secret', WEB_CLIENT_SECRET);
    secrets.set('sink password', SINK_PASSWORD);
    secrets.set('sink token', SINK_TOKEN);
    for (const c of Object.values(AUTOMATION)) secrets.set(`${c.clientId} secret`, c.secret);
    const cmlTokens = sim.controllers.list().flatMap((c) => c.issuedTokens());
    expect(cmlTokens.length).toBeGreaterThan(0);
    cmlTokens.forEach((token, i) => secrets.set(`CML API token ${i + 1}`, token));

    const redis = new Redis(serviceEnv().redisUrl!);
    const redisValues: string[] = [];
    try {
      const keys = await redis.keys(`${t.redisPrefix}*`);
      const sessionKeys = keys.filter((k) => k.startsWith(`${t.redisPrefix}session:`));
      expect(sessionKeys.length).toBeGreaterThan(0);
      for (const key of sessionKeys) {
        const session = JSON.parse((await redis.get(key)) ?? '{}') as { tokens?: Record<string, unknown> };
        for (const [name, value] of Object.entries(session.tokens ?? {})) if (typeof value === 'string') secrets.set(`session ${name}`, value);
      }
      // The CML token cache holds tokens by design (the first scenario saw the simulator's token there).
      const tokenKeys = keys.filter((k) => k.startsWith(`${t.redisPrefix}cml:token:`));
      // Everything else in this app's Redis (leases, throttles, rate limits) holds no secret.
      for (const key of keys) {
        if (sessionKeys.includes(key) || tokenKeys.includes(key)) continue;
        if ((await redis.type(key)) === 'string') redisValues.push(`${key} ${await redis.get(key)}`);
        else redisValues.push(`${key} ${JSON.stringify(await redis.hgetall(key).catch(() => ({})))}`);
      }
    } finally {
      await redis.quit();
    }
    expect(secrets.get('session accessToken')).toBeDefined();
    expect(secrets.get('session refreshToken')).toBeDefined();
    for (const [what, value] of secrets) expect(`${what}: ${value.length >= 16}`).toBe(`${what}: true`);

    const mongo = await new MongoClient(t.mongoUri).connect();
    const stored: string[] = [];
    try {
      const db = mongo.db();
      for (const { name } of await db.listCollections().toArray()) stored.push(`${name} ${JSON.stringify(await db.collection(name).find().toArray())}`);
    } finally {
      await mongo.close();
    }
    expect(stored.join('')).toContain('Authentication failed!');

    // The sink's own credentials reach it in the URL and the Authorization header, by design; nothing else may.
    const sinkMessages = (requests: RecordedRequest[], withCredentials: boolean) =>
      requests.map((r) => {
        const { authorization, ...headers } = r.headers;
        return `${withCredentials ? `${r.url} ${authorization}` : ''} ${JSON.stringify(headers)} ${r.body}`;
      }).join('\n');
    const places: [string, string][] = [
      ['API responses', responses.join('\n')],
      ['the live stream', JSON.stringify(stream.frames)],
      ['stored data (every collection)', stored.join('\n')],
      ['Redis messages', redisMessages.join('\n')],
      ['Redis keys', redisValues.join('\n')],
      ['logs', logLines.join('')],
      ['OTLP export', exported],
      ['Prometheus metrics', scraped],
    ];
    // Nothing to look in would prove nothing.
    for (const [where, text] of places) expect(`${where}: ${text.length > 100}`).toBe(`${where}: true`);
    const sinkSecrets = new Map([...secrets].filter(([what]) => !what.startsWith('sink ')));
    const leaks = [
      ...findLeaks(secrets, places),
      ...findLeaks(secrets, [['CloudEvents sink requests (its own credentials aside)', sinkMessages(sink.requests, false)]]),
      ...findLeaks(sinkSecrets, [['CloudEvents sink requests', sinkMessages(sink.requests, true)]]),
    ];
    expect(leaks).toEqual([]);
  });

  it('would notice each form of a secret, and one percent-encoded in any other way', () => {
    const secret = 'a "secret"/with+odd&chars';
    const inUserinfo = new URL('http://u@h/');
    inUserinfo.password = secret;
    expect(findLeaks(new Map([['s', secret]]), [['a URL', inUserinfo.toString()]])).toEqual([expect.stringContaining('raw, once percent-decoded')]);
    for (const [form, needle] of secretForms(secret)) {
      const [leak, ...more] = findLeaks(new Map([['s', secret]]), [['text', `before ${needle} after`]]);
      expect(more).toEqual([]);
      expect(leak.replace(/^s in text: /, '').split('; ')).toContain(form);
    }
  });
});
