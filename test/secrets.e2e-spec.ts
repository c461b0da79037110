import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { Api, eventually, expectStatus } from './support/api.js';
import { BrowserSession } from './support/browser-session.js';
import { startTestSimulator, type CmlSimulator } from './support/cml.js';
import { serviceEnv } from './support/env.js';
import { AUTOMATION, roleToken } from './support/keycloak.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { SseClient } from './support/sse-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CML_PASSWORD = 'Cml-Pa55word-never-shown-7f3a';
const LICENSE_TOKEN = 'TGljZW5zZS10b2tlbi1uZXZlci1zaG93bi0xMjM0NTY3ODk=';
const WEB_CLIENT_SECRET = 'dev-web-secret-change-me';
const REGION = 'us-east-1';

/**
 * Runs a full scenario (browser sign-in, bearer calls, import, CML sync, licensing, lab actions,
 * the live stream) while recording every response, every stored event, every streamed frame and
 * every log line, then scans them all for the secrets involved.
 */
describe('security: secrets never leak into responses, events, the stream or logs', () => {
  const logLines: string[] = [];
  const responses: string[] = [];
  const secrets = new Map<string, string>();
  let sim: CmlSimulator;
  let t: TestApp;
  let api: Api;

  function record(label: string, res: { status: number; headers: Record<string, unknown>; text?: string; body?: unknown }): void {
    const headers = { ...res.headers };
    responses.push(`${label} ${res.status} ${JSON.stringify(headers)} ${res.text ?? JSON.stringify(res.body)}`);
  }

  beforeAll(async () => {
    sim = await startTestSimulator([{ id: 'sec', users: [{ username: 'ccm-api', password: CML_PASSWORD }], labs: [{ title: 'Secret-free lab', state: 'STOPPED', nodes: 2 }] }]);
    t = await startTestApp('secrets', { CML_USERNAME: 'ccm-api', CML_PASSWORD, LOG_LEVEL: 'debug', LICENSE_POLL_SECONDS: '1' }, { port: 8137, logLines });
    api = new Api(t.url);
  });
  afterAll(async () => {
    await t.close();
    await sim.close();
    closeMotoClients();
  });

  it('finds none of the secrets of a full scenario anywhere', async () => {
    const stream = await SseClient.open(`${t.url}/api/events/stream`, { headers: { authorization: `Bearer ${await roleToken('user')}` } });
    const browser = new BrowserSession(t.url);
    await browser.signIn('admin', 'admin');
    const me = await browser.fetch('/api/auth/me');
    responses.push(`me ${me.status} ${JSON.stringify([...me.headers])} ${await me.text()}`);

    const run = uniqueRunId('sec');
    const amiId = await createNamedAmi(REGION, `cml-${run}`);
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `sec-${run}`, 'cml-endpoint': sim.baseUrlOf('sec') } });
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    record('import', imported);
    const id = imported.body.id as string;
    await eventually(async () => (await api.get(`/api/workers/${id}`)).body.serviceStatus === 'available');
    const license = await api.post(`/api/workers/${id}/license`, { token: LICENSE_TOKEN });
    record('license', license);
    await eventually(async () => (await api.get(`/api/operations/${license.body.id}`)).body.status !== 'running');
    for (const path of [`/api/workers/${id}`, `/api/workers/${id}/events?pageSize=200`, `/api/operations/${license.body.id}`, `/api/workers/${id}/labs`, '/api/workers', '/api/jobs', `/api/events?limit=1000`]) {
      record(path, await api.get(path, 'admin'));
    }
    const labs = await api.post(`/api/workers/${id}/labs/sync`, {}, 'user');
    record('sync', labs);
    const labId = (await api.get(`/api/workers/${id}/labs`)).body.items[0].labId as string;
    record('start lab', await api.post(`/api/workers/${id}/labs/${labId}/start`, {}, 'manager'));
    const withCsrf = await browser.send('POST', `/api/workers/${id}/refresh`);
    responses.push(`refresh ${withCsrf.status} ${await withCsrf.text()}`);
    record('bad login', await api.post('/api/auth/logout', {}, 'user'));
    await new Promise((r) => setTimeout(r, 500));
    stream.close();
    responses.push(`stream ${JSON.stringify(stream.frames)}`);

    // The secrets of this run: the cookie, the session's tokens, bearer tokens, the CML token.
    const cookieHeader = browser.jar.header(new URL(t.url)) ?? '';
    secrets.set('session cookie', /ccm_session=([^;]+)/.exec(cookieHeader)![1]);
    for (const role of ['admin', 'manager', 'user'] as const) secrets.set(`${role} bearer token`, await roleToken(role));
    secrets.set('CML password', CML_PASSWORD);
    secrets.set('license token', LICENSE_TOKEN);
    secrets.set('web client secret', WEB_CLIENT_SECRET);
    for (const c of Object.values(AUTOMATION)) secrets.set(`${c.clientId} secret`, c.secret);
    const redis = new Redis(serviceEnv().redisUrl!);
    try {
      for (const key of await redis.keys(`${t.redisPrefix}session:*`)) {
        const record = JSON.parse((await redis.get(key)) ?? '{}') as { tokens?: Record<string, string> };
        for (const [name, value] of Object.entries(record.tokens ?? {})) if (typeof value === 'string' && value.length > 20) secrets.set(`session ${name}`, value);
      }
      const cmlKeys = await redis.keys(`${t.redisPrefix}cml:token:*`);
      for (const key of cmlKeys) {
        const raw = (await redis.get(key)) ?? '';
        let token = raw;
        try {
          const parsed = JSON.parse(raw) as string | { token?: string };
          token = typeof parsed === 'string' ? parsed : (parsed.token ?? raw);
        } catch {
          // stored as the bare token
        }
        if (token) secrets.set(`CML API token ${key.slice(-8)}`, token);
      }
      expect(cmlKeys.length).toBeGreaterThan(0);
    } finally {
      await redis.quit();
    }
    expect(secrets.size).toBeGreaterThan(8);

    const mongo = await new MongoClient(t.mongoUri).connect();
    let stored: string;
    try {
      const db = mongo.db();
      stored = JSON.stringify([await db.collection('events').find().toArray(), await db.collection('workers').find().toArray(), await db.collection('operations').find().toArray(), await db.collection('labs').find().toArray()]);
    } finally {
      await mongo.close();
    }
    const places: [string, string][] = [
      ['API responses', responses.join('\n')],
      ['stored events and read models', stored],
      ['logs', logLines.join('')],
    ];
    expect(logLines.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    for (const [what, value] of secrets) {
      // Other suites share this Redis: a key read here may expire between KEYS and GET, leaving an
      // empty value that every text "contains". Only distinctive values are secrets worth scanning.
      if (value.length < 16) continue;
      // Long secrets are matched on a distinctive chunk too, in case they are cut or re-encoded.
      // For a JWT that chunk is the signature: the header is the same for every token of an issuer.
      const parts = value.split('.');
      const distinctive = parts.length === 3 ? parts[2] : value.slice(10, 40);
      const needles = [value, ...(value.length > 40 && distinctive.length >= 16 ? [distinctive.slice(0, 30)] : [])];
      for (const [where, text] of places) if (needles.some((n) => text.includes(n))) leaks.push(`${what} found in ${where}`);
    }
    expect(leaks).toEqual([]);
  });
});
