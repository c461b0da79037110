import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { MongoClient } from 'mongodb';
import { Api, eventually, expectStatus } from './support/api.js';
import { BrowserSession } from './support/browser-session.js';
import { type CmlSimulator, startTestSimulator } from './support/cml.js';
import { serviceEnv, SUITE_REDIS_PREFIX, uniqueMongoUri } from './support/env.js';
import { freePort } from './support/ephemeral-services.js';
import { roleToken } from './support/keycloak.js';
import { closeMotoClients, launchInstances, motoEc2, uniqueRunId } from './support/moto.js';
import { type Nginx, startNginx } from './support/nginx.js';
import { SseClient, type SseFrame } from './support/sse-client.js';

const MAIN = 'dist/apps/api/src/main.js';
const REGION = 'us-east-1';
// The public address: among the realm's sign-in redirect URIs (8148 is this suite's).
const PUBLIC_PORT = 8148;
const INTERVAL_S = 4;
const LEASE_S = 3;

interface RunDoc {
  _id: string;
  job: string;
  instance: string;
  startedAt: string;
  scheduledFor?: string;
  outcome: string;
  error?: string;
}

interface Replica {
  port: number;
  url: string;
  child: ChildProcess;
  pid: number;
  stderr: string[];
}

/**
 * Three real API processes behind Debian's nginx (the shipped deploy/nginx template), sharing one
 * MongoDB and one Redis, with workers on moto and simulated controllers. What a deployment with
 * several replicas must hold: a console session works on every replica, a live stream on one
 * replica hears what happened on another, each job slot runs once, and a replica killed in the
 * middle of a collection cycle loses nothing while the next slot runs elsewhere.
 */
describe('three replicas behind nginx', () => {
  const { redisUrl, oidcIssuer } = serviceEnv();
  const mongoUri = uniqueMongoUri('replicas');
  const replicas: Replica[] = [];
  const streams: SseClient[] = [];
  let nginx: Nginx;
  let sim: CmlSimulator;
  let mongo: MongoClient;
  let api: Api;
  const instanceIds: string[] = [];
  const workerIds: string[] = [];

  async function startReplica(): Promise<Replica> {
    const port = await freePort();
    const stderr: string[] = [];
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${PUBLIC_PORT}`,
        TRUST_PROXY: 'loopback',
        MONGODB_URI: mongoUri,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: SUITE_REDIS_PREFIX,
        OIDC_ISSUER_URL: oidcIssuer,
        AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: REGION,
        AWS_REGIONS: REGION,
        CML_USERNAME: 'admin',
        CML_PASSWORD: 'admin',
        CML_ALLOWED_NETWORKS: '127.0.0.0/8',
        // The simulated controllers answer on plain http.
        CML_ALLOW_HTTP: 'true',
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '/nonexistent',
        JOBS_ENABLED: 'true',
        JOB_TICK_SECONDS: '1',
        JOB_RUN_LEASE_SECONDS: String(LEASE_S),
        WORKER_METRICS_INTERVAL_SECONDS: String(INTERVAL_S),
        IDLE_DETECTION_ENABLED: 'false',
        AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
    const url = `http://127.0.0.1:${port}`;
    // Known before it is ready, so afterAll stops it even when it never gets there.
    const replica = { port, url, child, pid: child.pid!, stderr };
    replicas.push(replica);
    // Three cold starts at once on a small, busy machine take a while.
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`replica on ${port} exited with ${child.exitCode}: ${stderr.join('')}`);
      return (await fetch(`${url}/api/health/ready`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined))?.ok;
    }, 120_000, 250);
    return replica;
  }

  const runs = () => mongo.db().collection<RunDoc>('job_runs').find({ job: 'metrics-collection' }).sort({ startedAt: 1 }).toArray();
  const alive = () => replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null);
  const byInstance = (instance: string) => replicas.find((r) => instance.endsWith(`:${r.pid}`));

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build:api" first`);
    if (!redisUrl) throw new Error('REDIS_URL is required: replicas share leases and live events through Redis');
    mongo = await new MongoClient(mongoUri).connect();
    sim = await startTestSimulator([{ id: 'rep-a', labs: [{ title: 'Shared lab', state: 'STARTED', nodes: 3 }] }, { id: 'rep-b' }]);
    await Promise.all([startReplica(), startReplica(), startReplica()]);
    nginx = await startNginx(PUBLIC_PORT, replicas.map((r) => r.port));
    api = new Api(nginx.url);
    const run = uniqueRunId('replicas');
    for (const id of ['rep-a', 'rep-b']) {
      const [instanceId] = await launchInstances(REGION, { count: 1, instanceType: 'm5zn.metal', tags: { Name: `${run}-${id}`, 'cml-endpoint': sim.baseUrlOf(id) } });
      instanceIds.push(instanceId);
      workerIds.push((await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201))).body.id);
    }
  }, 240_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await Promise.all(
      replicas.map(async (r) => {
        if (r.child.exitCode !== null || r.child.signalCode !== null) return;
        const exited = new Promise((resolve) => r.child.once('exit', resolve));
        r.child.kill('SIGKILL');
        await exited;
      }),
    );
    await nginx?.close();
    await sim?.close();
    if (instanceIds.length) await motoEc2(REGION).send(new TerminateInstancesCommand({ InstanceIds: instanceIds })).catch(() => undefined);
    closeMotoClients();
    await mongo?.db().dropDatabase().catch(() => undefined);
    await mongo?.close();
  });

  it('serves a console session on whichever replica answers', async () => {
    const session = new BrowserSession(nginx.url);
    await session.signIn('admin', 'admin', '/workers');
    // Through the load balancer, several times (round robin reaches every replica) ...
    for (let i = 0; i < 6; i++) expect((await session.fetch('/api/auth/me')).status).toBe(200);
    // ... and on each replica directly: the session lives in the shared database, not in a process.
    for (const r of replicas) {
      const me = await session.fetch(`${r.url}/api/auth/me`);
      expect({ replica: r.port, status: me.status }).toEqual({ replica: r.port, status: 200 });
      expect(((await me.json()) as { username: string }).username).toBe('admin');
    }
    // A change sent to one replica with the session's CSRF token, read back from another.
    const [first, second] = replicas;
    const renamed = await fetchOn(first, session, 'PATCH', `/api/workers/${workerIds[0]}`, { name: 'renamed-on-first' });
    expect(renamed.status).toBe(200);
    const read = await session.fetch(`${second.url}/api/workers/${workerIds[0]}`);
    expect(((await read.json()) as { name: string }).name).toBe('renamed-on-first');
  });

  it('delivers to a live stream on one replica the events caused on another', async () => {
    const bearer = { authorization: `Bearer ${await roleToken('admin')}` };
    for (const r of replicas) {
      const s = await SseClient.open(`${r.url}/api/events/stream`, { headers: bearer });
      streams.push(s);
      await s.waitForEvent('ready');
    }
    // One stream through nginx as well: events must arrive one by one, not when a buffer fills.
    const viaProxy = await SseClient.open(`${nginx.url}/api/events/stream`, { headers: bearer });
    streams.push(viaProxy);
    await viaProxy.waitForEvent('ready');

    const tagged = await fetch(`${replicas[2].url}/api/workers/${workerIds[1]}/tags`, {
      method: 'PATCH',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ set: { course: 'ccna' } }),
    });
    expect(tagged.status).toBe(200);
    const isTagged = (f: SseFrame) => f.event === 'worker.tags-changed' && JSON.stringify(f.json ?? {}).includes(workerIds[1]);
    for (const s of [...streams.slice(0, 3), viaProxy]) await s.waitFor(isTagged, 10_000, 'the tags change made on the third replica');
  });

  it('runs each collection slot once across the three replicas', async () => {
    await eventually(async () => (await runs()).filter((r) => r.outcome === 'succeeded').length >= 3, 40_000, 500);
    const finished = (await runs()).filter((r) => r.outcome === 'succeeded' || r.outcome === 'failed');
    const slots = finished.map((r) => r.scheduledFor);
    expect(new Set(slots).size).toBe(slots.length);
    expect(finished.every((r) => r.outcome === 'succeeded')).toBe(true);
    // The cycles read both controllers (else the kill below would find no middle to cut).
    await eventually(async () => (await runs()).some((r) => (r as RunDoc & { summary?: { cmlAvailable?: number } }).summary?.cmlAvailable === 2), 20_000, 500);
  });

  it('loses nothing when a replica is killed mid-cycle, and the next slot runs on another', async () => {
    // Slow controllers stretch each cycle to seconds, so there is a middle to kill it in.
    for (const id of ['rep-a', 'rep-b']) sim.controllers.require(id).setFaults({ latencyMs: 1500 });
    const victimRun = await eventually(async () => {
      const running = (await runs()).filter((r) => r.outcome === 'running');
      const run = running.at(-1);
      return run && Date.now() - Date.parse(run.startedAt) > 300 ? run : undefined;
    }, 30_000, 100);
    const victim = byInstance(victimRun.instance);
    expect(victim).toBeDefined();
    const killedAt = new Date().toISOString();
    victim!.child.kill('SIGKILL');
    await new Promise((resolve) => victim!.child.once('exit', resolve));
    for (const id of ['rep-a', 'rep-b']) sim.controllers.require(id).setFaults({});

    // Requests through the load balancer keep succeeding: nginx skips the dead replica.
    const answers = await Promise.all(Array.from({ length: 24 }, () => api.get('/api/workers?pageSize=5').then((r) => r.status)));
    expect(answers.every((s) => s === 200)).toBe(true);

    // Once the dead run's lease expires, a later slot runs on a surviving replica and finishes ...
    const takeover = await eventually(async () => (await runs()).find((r) => r.startedAt > killedAt && r.outcome === 'succeeded'), 30_000, 250);
    expect(alive().some((r) => takeover.instance.endsWith(`:${r.pid}`))).toBe(true);
    expect(takeover.instance).not.toBe(victimRun.instance);
    // ... the interrupted run is recorded as such, not left "running" forever ...
    const interrupted = (await runs()).find((r) => r._id === victimRun._id);
    expect(interrupted).toMatchObject({ outcome: 'failed', error: expect.stringContaining('Interrupted') });
    // ... and both workers are read again after the kill: nothing the dead cycle held is lost.
    await eventually(async () => {
      const items = await Promise.all(workerIds.map(async (id) => (await api.get(`/api/workers/${id}`).then(expectStatus(200))).body));
      return items.every((w) => w.telemetry?.collectedAt && w.telemetry.collectedAt > killedAt) ? items : undefined;
    }, 30_000, 500);
    // The nginx log names the dead upstream it skipped, and nothing worse.
    expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
  });
});

/** A state-changing request on one replica as the console sends it (cookies and the CSRF header). */
function fetchOn(replica: Replica, session: BrowserSession, method: string, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const csrf = session.csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  return session.fetch(`${replica.url}${path}`, { method, headers, body: JSON.stringify(body) });
}
