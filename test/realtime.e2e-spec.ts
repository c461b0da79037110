import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP, type CloudEventV1 } from 'cloudevents';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { RealtimeMetrics } from '../apps/api/src/modules/realtime/realtime.public.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { BrowserSession } from './support/browser-session.js';
import { clientCredentialsToken, KeycloakAdmin, roleToken } from './support/keycloak.js';
import { closeMotoClients, launchInstances, uniqueRunId } from './support/moto.js';
import { SUITE_REDIS_PREFIX } from './support/env.js';
import { SseClient, type SseFrame } from './support/sse-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';

const REGION = 'us-east-1';
// The realm lists these among the console's redirect URIs; other suites may hold some of them.
const SIGN_IN_PORTS = [8136, 8137, 8138, 8139, 8133, 8134, 8135];

type WorkerEvent = { id: string; type: string; workerId: string | null; at: string; data: Record<string, unknown>; actor?: unknown };

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function streamUrl(t: TestApp, query: Record<string, string> = {}): string {
  const qs = new URLSearchParams(query).toString();
  return `${t.url}/api/events/stream${qs ? `?${qs}` : ''}`;
}

async function openStream(t: TestApp, token: string, query: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<SseClient> {
  const client = await SseClient.open(streamUrl(t, query), { headers: { ...bearer(token), ...headers } });
  if (client.status !== 200) throw new Error(`stream answered ${client.status}: ${JSON.stringify(await client.body())}`);
  await client.waitForEvent('ready');
  return client;
}

/** Imports one fresh moto instance as a worker and returns the worker id. */
async function importWorker(api: Api, run: string, label: string): Promise<string> {
  const [instanceId] = await launchInstances(REGION, { count: 1, tags: { Name: `${label}-${run}` } });
  const res = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
  return res.body.id as string;
}

async function retag(api: Api, workerId: string, value: string): Promise<void> {
  await api.patch(`/api/workers/${workerId}/tags`, { set: { stage: value } }).then(expectStatus(200));
}

function payload(frame: SseFrame): WorkerEvent {
  return frame.json as unknown as WorkerEvent;
}

/** The log's events after `after`, once it holds at least `count` of them (changes reach the log just after they are answered). */
async function eventsAfter(api: Api, after: string | undefined, query: Record<string, string>, count: number): Promise<WorkerEvent[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = (await api.get(`/api/events?${new URLSearchParams(after ? { after, ...query } : query)}`).then(expectStatus(200))).body.items as WorkerEvent[];
    if (items.length >= count || Date.now() > deadline) return items;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const isEvent = (type: string, workerId?: string) => (f: SseFrame) => f.event === type && (workerId === undefined || payload(f).workerId === workerId);

/** Starts the app on the first sign-in port that is free. */
async function startOnSignInPort(suite: string, env: Record<string, string>): Promise<TestApp> {
  for (const port of SIGN_IN_PORTS) {
    let created: { close(): Promise<void> } | undefined;
    try {
      return await startTestApp(suite, env, { port, onCreated: (app) => (created = app) });
    } catch (err) {
      await created?.close().catch(() => undefined);
      if (!/EADDRINUSE/.test(String((err as Error).message))) throw err;
    }
  }
  throw new Error(`none of the ports ${SIGN_IN_PORTS.join(', ')} is free`);
}

describe('realtime: the live event stream', () => {
  let t: TestApp;
  let api: Api;
  let run: string;
  let userToken: string;
  const admin = new KeycloakAdmin();
  const cleanups: (() => Promise<void>)[] = [];
  const open: SseClient[] = [];

  const track = (c: SseClient) => {
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestApp('realtime', { SSE_HEARTBEAT_SECONDS: '1', SSE_REPLAY_MAX_EVENTS: '10' });
    api = new Api(t.url);
    run = uniqueRunId('rt');
    userToken = await roleToken('user');
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.close();
  });
  afterAll(async () => {
    for (const c of cleanups) await c().catch(() => undefined);
    await t.close();
    closeMotoClients();
  });

  describe('access', () => {
    it('answers 401 without credentials', async () => {
      const c = await SseClient.open(streamUrl(t));
      expect(c.status).toBe(401);
      expect(await c.body()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', status: 401 });
    });

    it('answers 403 to a caller without a product role', async () => {
      const noRole = await admin.createServiceClient({});
      cleanups.push(noRole.remove);
      const token = await clientCredentialsToken(noRole.clientId, noRole.secret);
      const c = await SseClient.open(streamUrl(t), { headers: bearer(token) });
      expect(c.status).toBe(403);
      expect(await c.body()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    });

    it.each([
      [{ types: 'worker.exploded' }, 'types', 'unknown: worker.exploded'],
      [{ types: 'gizmo.*' }, 'types', 'unknown: gizmo.*'],
      [{ workerIds: 'i-0123456789abcdef0' }, 'workerIds', 'workerIds must be worker ids'],
      [{ lastEventId: 'yesterday' }, 'lastEventId', 'lastEventId must be an event id'],
    ])('refuses %j with 400 and a message on %s', async (query, field, message) => {
      const c = await SseClient.open(streamUrl(t, query), { headers: bearer(userToken) });
      expect(c.status).toBe(400);
      const body = await c.body();
      expect(body.code).toBe('REQUEST.INVALID');
      expect(body.errors).toEqual([expect.objectContaining({ field, messages: [expect.stringContaining(message)] })]);
    });

    it('refuses a malformed Last-Event-ID header with 400', async () => {
      const c = await SseClient.open(streamUrl(t), { headers: { ...bearer(userToken), 'last-event-id': 'not-an-id' } });
      expect(c.status).toBe(400);
      expect((await c.body()).errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
    });
  });

  describe('the stream', () => {
    it('is an uncached, unbuffered event stream that starts with a retry hint and sends heartbeats', async () => {
      const c = track(await openStream(t, userToken));
      expect(c.header('content-type')).toMatch(/^text\/event-stream/);
      expect(c.header('cache-control')).toBe('no-cache');
      expect(c.header('x-accel-buffering')).toBe('no');
      expect(c.retry).toBe(3000);
      expect(payload(await c.waitForEvent('ready'))).toMatchObject({ resumed: false, replayed: 0, heartbeatSeconds: 1 });
      await c.waitFor((f) => f.event === 'heartbeat' && c.frames.filter((g) => g.event === 'heartbeat').length >= 2, 5000, 'two heartbeats');
      const beat = c.frames.find((f) => f.event === 'heartbeat')!;
      expect(beat.id).toBeUndefined();
      expect(Date.parse(String(beat.json?.at))).toBeGreaterThan(Date.now() - 10_000);
    });

    it('frames each event with its id and type, and the worker, time and data as JSON', async () => {
      const c = track(await openStream(t, userToken, { types: 'worker.imported' }));
      const workerId = await importWorker(api, run, 'frame');
      const frame = await c.waitFor(isEvent('worker.imported', workerId));
      const event = payload(frame);
      expect(Object.keys(event).sort()).toEqual(['at', 'data', 'id', 'type', 'workerId']);
      expect(frame.id).toBe(event.id);
      expect(event).toMatchObject({ type: 'worker.imported', workerId, data: { region: REGION, source: 'api', status: 'running' } });
      const [logged] = (await api.get(`/api/workers/${workerId}/events`).then(expectStatus(200))).body.items.filter((e: { type: string }) => e.type === 'worker.imported');
      expect(event.id).toBe(logged.id);
      expect(event.at).toBe(logged.occurredAt);
    });

    it('delivers only the workers and types each client asked for', async () => {
      const w1 = await importWorker(api, run, 'filter-a');
      const w2 = await importWorker(api, run, 'filter-b');
      const byWorker = track(await openStream(t, userToken, { workerIds: w1 }));
      const byType = track(await openStream(t, userToken, { types: 'worker.imported,worker.renamed' }));
      const byBoth = track(await openStream(t, userToken, { workerIds: `${w2},${w1}`, types: 'worker.tags-*' }));

      await retag(api, w1, 'one');
      await retag(api, w2, 'two');
      await api.patch(`/api/workers/${w1}`, { name: `renamed-${run}` }).then(expectStatus(200));
      const w3 = await importWorker(api, run, 'filter-c');

      await byWorker.waitFor(isEvent('worker.renamed', w1));
      await byWorker.waitFor(isEvent('worker.tags-changed', w1));
      await byType.waitFor(isEvent('worker.imported', w3));
      await byType.waitFor(isEvent('worker.renamed', w1));
      await byBoth.waitFor(isEvent('worker.tags-changed', w1));
      await byBoth.waitFor(isEvent('worker.tags-changed', w2));

      expect(byWorker.events().every((f) => payload(f).workerId === w1)).toBe(true);
      expect(byType.events().every((f) => ['worker.imported', 'worker.renamed'].includes(f.event))).toBe(true);
      expect(byBoth.events().every((f) => f.event === 'worker.tags-changed' && [w1, w2].includes(payload(f).workerId!))).toBe(true);
      expect(byBoth.events()).toHaveLength(2);
    });

    it('resumes after Last-Event-ID with exactly the missed events, in order, then goes live without repeats', async () => {
      const workerId = await importWorker(api, run, 'resume');
      // Only the events this test causes: reading the controller after an import may add others at any time.
      const query = { workerIds: workerId, types: 'worker.tags-changed,worker.renamed' };
      const first = track(await openStream(t, userToken, query));
      await retag(api, workerId, 'before');
      const seen = await first.waitFor(isEvent('worker.tags-changed', workerId));
      first.close();

      for (const value of ['m1', 'm2', 'm3']) await retag(api, workerId, value);
      await api.patch(`/api/workers/${workerId}`, { name: `resumed-${run}` }).then(expectStatus(200));
      // A change is answered before its event reaches the log (the relay publishes right after): wait for all four.
      const missed = await eventsAfter(api, seen.id!, query, 4);
      expect(missed.map((e) => e.type)).toEqual(['worker.tags-changed', 'worker.tags-changed', 'worker.tags-changed', 'worker.renamed']);

      const resumed = track(await openStream(t, userToken, query, { 'last-event-id': seen.id! }));
      const ready = resumed.frames.findIndex((f) => f.event === 'ready');
      const replayed = resumed.frames.slice(0, ready).filter((f) => f.id);
      expect(replayed.map((f) => f.id)).toEqual(missed.map((e) => e.id));
      // The log's items also say who acted (`actor`); the stream's frames are the events themselves.
      expect(replayed.map((f) => payload(f))).toEqual(missed.map(({ actor: _actor, ...event }) => event));
      expect(payload(resumed.frames[ready])).toMatchObject({ resumed: true, replayed: missed.length });

      await retag(api, workerId, 'live');
      const live = await resumed.waitFor((f) => f.event === 'worker.tags-changed' && payload(f).data.set !== undefined && JSON.stringify(payload(f).data).includes('live'));
      expect(resumed.frames.indexOf(live)).toBeGreaterThan(ready);
      const ids = resumed.events().map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain(seen.id);
    });

    it('resumes from the lastEventId query parameter too', async () => {
      const workerId = await importWorker(api, run, 'resume-q');
      const [imported] = await eventsAfter(api, undefined, { workerIds: workerId, types: 'worker.imported' }, 1);
      await retag(api, workerId, 'q1');
      const c = track(await openStream(t, userToken, { workerIds: workerId, types: 'worker.tags-changed', lastEventId: imported.id }));
      // Replayed if it reached the log before the stream read it, live otherwise: either way once.
      await c.waitFor(isEvent('worker.tags-changed', workerId));
      expect(payload(c.frames.find((f) => f.event === 'ready')!)).toMatchObject({ resumed: true });
      await retag(api, workerId, 'q2');
      await c.waitFor((f) => isEvent('worker.tags-changed', workerId)(f) && JSON.stringify(payload(f).data).includes('q2'));
      expect(c.events().map((f) => f.event)).toEqual(['worker.tags-changed', 'worker.tags-changed']);
    });

    it('tells a client that missed more than the replay cap to resync, then goes live', async () => {
      const listing = await api.get('/api/events?limit=1000').then(expectStatus(200));
      expect(listing.body.items.length).toBeGreaterThan(11);
      const c = track(await openStream(t, userToken, {}, { 'last-event-id': listing.body.items[0].id }));
      const resync = c.frames.findIndex((f) => f.event === 'resync');
      expect(resync).toBeGreaterThanOrEqual(0);
      expect(payload(c.frames[resync])).toMatchObject({ reason: 'too-many-missed', max: 10 });
      expect(c.events()).toHaveLength(0);
      const workerId = await importWorker(api, run, 'after-resync');
      await c.waitFor(isEvent('worker.imported', workerId));
    });

    it('tells a client whose Last-Event-ID is unknown here to resync', async () => {
      const c = track(await openStream(t, userToken, {}, { 'last-event-id': '00000000-0000-7000-8000-000000000000' }));
      expect(c.frames.map((f) => f.event)).toEqual(['resync', 'ready']);
      expect(payload(c.frames[0])).toMatchObject({ reason: 'unknown-event' });
    });

    it('lists events from the log as JSON, after an id or the newest ones, with the same filters', async () => {
      const workerId = await importWorker(api, run, 'listing');
      await retag(api, workerId, 'l1');
      await retag(api, workerId, 'l2');
      const all = (await api.get(`/api/events?workerIds=${workerId}`).then(expectStatus(200))).body;
      const tags = all.items.filter((e: WorkerEvent) => e.type === 'worker.tags-changed');
      expect(tags).toHaveLength(2);
      expect(all.nextAfter).toBe(all.items.at(-1).id);
      const after = (await api.get(`/api/events?workerIds=${workerId}&types=worker.tags-changed&types=worker.renamed&after=${tags[0].id}`).then(expectStatus(200))).body;
      expect(after.items.map((e: WorkerEvent) => e.id)).toEqual([tags[1].id]);
      const newest = (await api.get(`/api/events?workerIds=${workerId}&limit=1`).then(expectStatus(200))).body;
      expect(newest.items).toEqual([all.items.at(-1)]);
      const bad = await api.get('/api/events?limit=0&types=nope').then(expectStatus(400));
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit']);
      await api.get('/api/events?types=nope').then(expectStatus(400));
    });
  });

  describe('the event log', () => {
    it('has an index, in event id order, for each thing the workerIds and types filters match', async () => {
      const mongo = await new MongoClient(t.mongoUri).connect();
      try {
        const keys = await eventually(async () => {
          const found = (await mongo.db().collection('events').listIndexes().toArray()).map((i) => JSON.stringify(i.key));
          return found.includes(JSON.stringify({ 'data.workerId': 1, _id: 1 })) ? found : undefined;
        });
        expect(keys).toEqual(expect.arrayContaining([{ aggregateId: 1, _id: 1 }, { 'data.workerId': 1, _id: 1 }, { type: 1, _id: 1 }].map((k) => JSON.stringify(k))));
      } finally {
        await mongo.close();
      }
    });
  });

  describe('how many streams may be open', () => {
    let capped: TestApp;
    beforeAll(async () => {
      capped = await startTestApp('realtime-capped', { SSE_MAX_STREAMS_PER_IDENTITY: '2', SSE_MAX_STREAMS_PER_INSTANCE: '3', SSE_HEARTBEAT_SECONDS: '5' }, { mongoUri: t.mongoUri });
    });
    afterAll(() => capped.close());

    /** Waits until the capped instance holds exactly `n` streams (a closed client is noticed a moment after it goes). */
    const openStreamsAre = (n: number) => eventually(async () => capped.app.get(RealtimeMetrics, { strict: false }).snapshot().clientsConnected === n || undefined);
    beforeEach(() => openStreamsAre(0));

    it('refuses a caller’s stream over SSE_MAX_STREAMS_PER_IDENTITY with a 429 problem naming the limit, and frees the slot when a stream closes', async () => {
      const first = track(await openStream(capped, userToken));
      track(await openStream(capped, userToken));
      const refused = track(await SseClient.open(streamUrl(capped), { headers: bearer(userToken) }));
      expect(refused.status).toBe(429);
      expect(refused.header('content-type')).toContain('application/problem+json');
      expect(refused.header('retry-after')).toBe('5');
      const body = await refused.body();
      expect(body).toMatchObject({ status: 429, code: 'EVENTS.TOO_MANY_STREAMS', details: { limit: 'per-identity', max: 2, retryAfterSeconds: 5 } });
      expect(body.detail).toContain('SSE_MAX_STREAMS_PER_IDENTITY = 2');

      first.close();
      await openStreamsAre(1);
      track(await openStream(capped, userToken));
    });

    it('refuses any stream over SSE_MAX_STREAMS_PER_INSTANCE, naming that limit', async () => {
      track(await openStream(capped, userToken));
      track(await openStream(capped, userToken));
      const managerToken = await roleToken('manager');
      track(await openStream(capped, managerToken));
      const refused = track(await SseClient.open(streamUrl(capped), { headers: bearer(await roleToken('admin')) }));
      expect(refused.status).toBe(429);
      expect(await refused.body()).toMatchObject({ code: 'EVENTS.TOO_MANY_STREAMS', details: { limit: 'per-instance', max: 3 } });
    });
  });

  describe('a client that does not read', () => {
    let slow: TestApp;
    beforeAll(async () => {
      slow = await startTestApp('realtime-slow', { SSE_CLIENT_BUFFER_EVENTS: '4', SSE_OVERFLOW_GRACE_MS: '20000', SSE_HEARTBEAT_SECONDS: '1' }, { mongoUri: t.mongoUri });
    });
    afterAll(() => slow.close());

    it('is told it overflowed and disconnected, while what the server holds for it stays bounded', async () => {
      const slowApi = new Api(slow.url);
      const metrics = slow.app.get(RealtimeMetrics);
      // The kernel buffers megabytes for a socket nobody reads: bulky events from several workers at once fill it sooner.
      const instances = await launchInstances(REGION, { count: 8, tags: { Name: `slow-${run}` } });
      const workers = await Promise.all(
        instances.map(async (instanceId) => (await slowApi.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id as string),
      );
      const query = { workerIds: workers.join(','), types: 'worker.tags-changed' };
      const reader = track(await openStream(slow, userToken, query));
      const c = track(await openStream(slow, userToken, query));
      c.pause();
      const before = metrics.snapshot();
      // EC2's limits: 50 tags, keys of 128 and values of 256 characters.
      const keys = Array.from({ length: 44 }, (_, i) => `bulk-${String(i).padStart(2, '0')}-`.padEnd(128, 'k'));
      let rounds = 0;
      while (metrics.snapshot().overflowDisconnects === before.overflowDisconnects) {
        if (++rounds > 150) throw new Error(`no overflow after ${rounds} rounds`);
        const set = Object.fromEntries(keys.map((k) => [k, `${rounds}-${k}-`.padEnd(250, 'x')]));
        await Promise.all(workers.map((w) => slowApi.patch(`/api/workers/${w}/tags`, { set }).then(expectStatus(200))));
      }
      const sent = rounds * workers.length;
      expect(metrics.snapshot().peakClientBacklog).toBeLessThanOrEqual(4);

      c.resume();
      await c.waitForEnd();
      expect(c.frames.at(-1)).toMatchObject({ event: 'overflow', json: { bufferEvents: 4 } });
      // What it missed was never held for it.
      expect(c.events().length).toBeLessThan(sent);

      // A client that reads gets everything and stays connected.
      await eventually(async () => reader.events().length === sent, 15_000);
      expect(reader.ended).toBe(false);
      await eventually(async () => metrics.snapshot().clientsConnected === before.clientsConnected - 1);
    }, 120_000);
  });

  describe('the end of the caller’s authorisation', () => {
    it('closes a bearer stream with auth.expired when the token expires', async () => {
      const shortLived = await admin.createServiceClient({ role: 'user', lifespanSeconds: 3 });
      cleanups.push(shortLived.remove);
      const token = await clientCredentialsToken(shortLived.clientId, shortLived.secret);
      const started = Date.now();
      const c = track(await openStream(t, token));
      const expired = await c.waitForEvent('auth.expired', 15_000);
      expect(expired.json?.detail).toContain('expired');
      await c.waitForEnd(5000);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    describe('for a console session', () => {
      let web: TestApp;
      beforeAll(async () => {
        web = await startOnSignInPort('realtime-web', { SSE_HEARTBEAT_SECONDS: '1', AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
      });
      afterAll(() => web.close());

      it('does not keep the session alive, and closes with auth.expired once the session ends', async () => {
        const browser = new BrowserSession(web.url);
        await browser.signIn('user', 'user');
        const cookie = browser.jar.header(new URL('/api/events/stream', web.url))!;
        const status = async () => ((await (await browser.fetch('/api/auth/session')).json()) as { sessionExpiresAt: string }).sessionExpiresAt;
        const expiresBefore = await status();

        const c = track(await SseClient.open(streamUrl(web), { headers: { cookie } }));
        expect(c.status).toBe(200);
        await c.waitForEvent('ready');
        await c.waitFor(() => c.frames.filter((f) => f.event === 'heartbeat').length >= 2, 5000, 'two heartbeats');
        expect(await status()).toBe(expiresBefore);

        const other = new BrowserSession(web.url);
        await other.signIn('user', 'user');
        expect((await browser.send('POST', '/api/auth/logout')).status).toBe(200);
        const expired = await c.waitForEvent('auth.expired', 5000);
        expect(expired.json?.detail).toContain('session has ended');
        await c.waitForEnd(5000);

        // Another user's stream is not affected.
        const otherStream = track(await SseClient.open(streamUrl(web), { headers: { cookie: other.jar.header(new URL('/api/events/stream', web.url))! } }));
        await otherStream.waitForEvent('ready');
        await otherStream.waitFor(() => otherStream.frames.filter((f) => f.event === 'heartbeat').length >= 2, 5000, 'two heartbeats');
        expect(otherStream.ended).toBe(false);
      });
    });
  });

  describe('across app instances', () => {
    let peer: TestApp;
    beforeAll(async () => {
      peer = await startTestApp('realtime-peer', { SSE_HEARTBEAT_SECONDS: '1' }, { mongoUri: t.mongoUri });
    });
    afterAll(() => peer.close());

    it('delivers an event caused on one instance to the clients of another, once', async () => {
      const onPeer = track(await openStream(peer, userToken, { types: 'worker.imported,worker.tags-changed' }));
      const onHome = track(await openStream(t, userToken, { types: 'worker.imported,worker.tags-changed' }));
      const workerId = await importWorker(api, run, 'fanout');
      await onPeer.waitFor(isEvent('worker.imported', workerId));
      await new Api(peer.url).patch(`/api/workers/${workerId}/tags`, { set: { from: 'peer' } }).then(expectStatus(200));
      await onHome.waitFor(isEvent('worker.tags-changed', workerId));
      await onPeer.waitFor(isEvent('worker.tags-changed', workerId));
      await new Promise((r) => setTimeout(r, 500));
      for (const c of [onPeer, onHome]) {
        const ids = c.events().map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it('keeps delivering after the Redis subscription is cut and comes back', async () => {
      const onPeer = track(await openStream(peer, userToken, { types: 'worker.tags-changed' }));
      const workerId = await importWorker(api, run, 'redis-cut');
      const redis = new Redis(process.env.REDIS_URL!);
      try {
        // Only this suite's subscribers: their connection names carry the suite's key prefix.
        const clients = String(await redis.client('LIST')).split('\n');
        const ours = clients.filter((line) => line.includes(`name=cml-cloud-manager:${SUITE_REDIS_PREFIX}events-subscriber`));
        expect(ours.length).toBeGreaterThan(0);
        for (const line of ours) await redis.client('KILL', 'ID', /\bid=(\d+)/.exec(line)![1]);
      } finally {
        redis.disconnect();
      }
      await retag(api, workerId, 'during-the-cut');
      await onPeer.waitFor(isEvent('worker.tags-changed', workerId), 15_000);
      await retag(api, workerId, 'after-the-cut');
      await onPeer.waitFor((f) => isEvent('worker.tags-changed', workerId)(f) && JSON.stringify(f.json).includes('after-the-cut'), 15_000);
      const ids = onPeer.events().map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('without Redis', () => {
    let solo: TestApp;
    beforeAll(async () => {
      solo = await startTestApp('realtime-solo', { REDIS_URL: '' });
    });
    afterAll(() => solo.close());

    it('streams the events of its own commands in process', async () => {
      const c = track(await openStream(solo, userToken, { types: 'worker.imported' }));
      const workerId = await importWorker(new Api(solo.url), run, 'solo');
      await c.waitFor(isEvent('worker.imported', workerId));
    });
  });
});

/** A CloudEvents receiver that can be told to fail; it keeps each event once (by id). */
class CloudEventSinkServer {
  readonly received = new Map<string, CloudEventV1<unknown>>();
  readonly order: string[] = [];
  readonly contentTypes = new Set<string>();
  /** Successful POSTs per event id: more than one is a duplicate delivery. */
  readonly accepted = new Map<string, number>();
  attempts = 0;
  failures = 0;
  failNext = 0;
  failAll = false;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req).then((status) => res.writeHead(status).end()));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/events`;
  }

  private async handle(req: IncomingMessage): Promise<number> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    this.attempts += 1;
    if (this.failAll || this.failNext > 0) {
      this.failNext = Math.max(0, this.failNext - 1);
      this.failures += 1;
      return 503;
    }
    this.contentTypes.add(String(req.headers['content-type']));
    const event = HTTP.toEvent({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString('utf8') }) as CloudEventV1<unknown>;
    if (!this.received.has(event.id)) this.order.push(event.id);
    this.received.set(event.id, event);
    this.accepted.set(event.id, (this.accepted.get(event.id) ?? 0) + 1);
    return 204;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('realtime: CloudEvents', () => {
  const sink = new CloudEventSinkServer();
  let e: TestApp;
  let run: string;
  const env = () => ({
    CLOUD_EVENT_SINK: sink.url,
    CLOUD_EVENT_SOURCE: 'https://ccm.e2e.example',
    CLOUD_EVENT_POLL_SECONDS: '1',
    CLOUD_EVENT_BACKOFF_MS: '50',
    CLOUD_EVENT_MAX_ATTEMPTS: '3',
    CLOUD_EVENT_LEASE_SECONDS: '5',
  });

  beforeAll(async () => {
    await sink.start();
    run = uniqueRunId('ce');
    e = await startTestApp('realtime-ce', env());
  });
  afterAll(async () => {
    await e.close();
    await sink.close();
    closeMotoClients();
  });

  it('POSTs each domain event as a CloudEvent, retrying when the sink fails', async () => {
    sink.failNext = 2;
    const api = new Api(e.url);
    const workerId = await importWorker(api, run, 'ce');
    const [imported] = await eventsAfter(api, undefined, { workerIds: workerId, types: 'worker.imported' }, 1);
    const ce = await eventually(async () => sink.received.get(imported.id), 15_000);
    expect(sink.failures).toBe(2);
    expect(ce).toMatchObject({
      specversion: '1.0',
      id: imported.id,
      type: 'io.cml-cloud-manager.worker.imported',
      source: 'https://ccm.e2e.example',
      subject: `worker/${workerId}`,
      datacontenttype: 'application/json',
      data: imported.data,
    });
    expect(new Date(ce.time!).toISOString()).toBe(imported.at);
    expect([...sink.contentTypes]).toEqual(['application/json']);
    expect(e.app.get(RealtimeMetrics).snapshot().cloudEventsFailed).toBeGreaterThanOrEqual(2);
  });

  it('delivers what it could not before a restart, after it, without loss', async () => {
    const api = new Api(e.url);
    sink.failAll = true;
    const workerId = await importWorker(api, run, 'ce-restart');
    for (const value of ['r1', 'r2', 'r3']) await retag(api, workerId, value);
    const failuresBefore = sink.failures;
    await eventually(async () => sink.failures > failuresBefore, 10_000);
    await e.close();

    sink.failAll = false;
    e = await startTestApp('realtime-ce', { ...env(), CLOUD_EVENT_MODE: 'structured' }, { mongoUri: e.mongoUri });
    const restarted = new Api(e.url);
    await retag(restarted, workerId, 'after-restart');

    const logged = async () => ((await restarted.get('/api/events?limit=1000').then(expectStatus(200))).body.items as WorkerEvent[]).map((x) => x.id);
    await eventually(async () => (await logged()).every((id) => sink.received.has(id)), 20_000);
    const ids = await logged();
    expect(ids.filter((id) => !sink.received.has(id))).toEqual([]);
    expect(sink.contentTypes).toContain('application/cloudevents+json; charset=utf-8');
    // The main pass follows the log's order.
    expect([...sink.order]).toEqual([...sink.order].sort());
  });

  it('publishes from one instance of a deployment only, whichever instance the events come from', async () => {
    const peer = await startTestApp('realtime-ce-peer', env(), { mongoUri: e.mongoUri });
    try {
      const workerId = await importWorker(new Api(peer.url), run, 'ce-peer');
      await retag(new Api(e.url), workerId, 'p1');
      await retag(new Api(peer.url), workerId, 'p2');
      const ids = ((await new Api(e.url).get(`/api/events?workerIds=${workerId}`).then(expectStatus(200))).body.items as WorkerEvent[]).map((x) => x.id);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      await eventually(async () => ids.every((id) => sink.received.has(id)), 20_000);
      // Give a second publisher, if there were one, the time to repeat them.
      await new Promise((r) => setTimeout(r, 2000));
      expect(ids.map((id) => sink.accepted.get(id))).toEqual(ids.map(() => 1));
      const delivered = [e, peer].map((app) => app.app.get(RealtimeMetrics).snapshot().cloudEventsDelivered);
      expect(delivered.filter((n) => n > 0)).toHaveLength(1);
    } finally {
      await peer.close();
    }
  });

  it('stored every document as its collection’s schema declares it (the writes above included)', async () => {
    expect(await storedDocumentMisfits(e.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
