import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { eventually } from './support/api.js';
import { serviceEnv, SUITE_REDIS_PREFIX, uniqueMongoUri } from './support/env.js';

const MAIN = 'dist/apps/api/src/main.js';
const INTERVAL_S = 2;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface RunDoc {
  job: string;
  instance: string;
  startedAt: string;
  scheduledFor?: string;
  outcome: string;
}

/** Two real app processes on one MongoDB and one Redis: each scheduled run happens once per interval. */
describe('jobs across two app instances', () => {
  const { redisUrl, oidcIssuer } = serviceEnv();
  const mongoUri = uniqueMongoUri('jobs-lease');
  const procs: ChildProcess[] = [];
  let mongo: MongoClient;
  let redis: Redis;

  async function startInstance(): Promise<ChildProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        MONGODB_URI: mongoUri,
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: SUITE_REDIS_PREFIX,
        OIDC_ISSUER_URL: oidcIssuer,
        AWS_ENDPOINT_URL: process.env.AWS_ENDPOINT_URL,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '/nonexistent',
        JOBS_ENABLED: 'true',
        JOB_TICK_SECONDS: '1',
        WORKER_METRICS_INTERVAL_SECONDS: String(INTERVAL_S),
        IDLE_DETECTION_ENABLED: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    procs.push(child);
    await eventually(async () => (await fetch(`http://127.0.0.1:${port}/api/health/ready`).catch(() => undefined))?.ok, 30_000, 250);
    return child;
  }

  const runs = () => mongo.db().collection<RunDoc>('job_runs').find({ job: 'metrics-collection' }).sort({ startedAt: 1 }).toArray();

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build:api" first`);
    if (!redisUrl) throw new Error('REDIS_URL is required: leases are shared through Redis');
    mongo = await new MongoClient(mongoUri).connect();
    redis = new Redis(redisUrl);
    await Promise.all([startInstance(), startInstance()]);
  }, 60_000);

  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    await redis.quit();
    await mongo.db().dropDatabase();
    await mongo.close();
  });

  it('runs each interval once, whichever instance claims it', async () => {
    await new Promise((r) => setTimeout(r, 4 * INTERVAL_S * 1000 + 500));
    // Under load the newest run may still be going when we read: judge finished runs only.
    const all = (await runs()).filter((r) => r.outcome !== 'skipped' && r.outcome !== 'running');
    // By the slot each run was claimed for: under load a run may start a moment into the next slot.
    const slots = all.map((r) => r.scheduledFor);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(slots.every((s) => s !== undefined && Date.parse(s) % (INTERVAL_S * 1000) === 0)).toBe(true);
    expect(new Set(slots).size).toBe(slots.length);
    expect(all.every((r) => r.outcome === 'succeeded')).toBe(true);
  });

  it("skips runs while a crashed holder's lease lasts, and resumes when it expires", async () => {
    // A holder that died mid-run leaves its lease behind; it expires because nobody renews it.
    // Taken only when no instance holds it (NX): overwriting a live run's lease would let that run's
    // renewal or its finish race the test on a loaded machine.
    await eventually(async () => (await redis.set(`${SUITE_REDIS_PREFIX}job:running:metrics-collection`, JSON.stringify('crashed-instance'), 'EX', 4, 'NX')) === 'OK', 10_000, 50);
    const setAt = Date.now();
    const since = new Date(setAt).toISOString();
    // Judged: the runs that started while the lease surely lasted (it expires at most 4 s after the
    // SET; a timer on a loaded machine may fire late, and a run after the expiry may rightly succeed).
    const leaseSurelyHeld = new Date(setAt + 3500).toISOString();
    await new Promise((r) => setTimeout(r, 3500));
    const during = (await runs()).filter((r) => r.startedAt >= since && r.startedAt < leaseSurelyHeld);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((r) => r.outcome === 'skipped')).toBe(true);
    await eventually(async () => (await runs()).some((r) => r.startedAt > since && r.outcome === 'succeeded'), 10_000);
  });

  it('shuts down gracefully on SIGTERM', async () => {
    const exits = procs.map((p) => new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code))));
    for (const p of procs) p.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0]);
  });
});
