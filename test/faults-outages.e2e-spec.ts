import { Api, eventually, expectStatus } from './support/api.js';
import { type EphemeralService, ephemeralMongo, ephemeralRedis } from './support/ephemeral-services.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('faults: MongoDB goes away and comes back', () => {
  let mongo: EphemeralService;
  let t: TestApp;
  let api: Api;

  beforeAll(async () => {
    mongo = await ephemeralMongo('ccm_outage');
    t = await startTestApp('outage-mongo', { MONGODB_URI: mongo.url }, { mongoUri: mongo.url });
    api = new Api(t.url);
    await eventually(async () => (await fetch(`${t.url}/api/health/ready`)).status === 200);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await mongo.stop();
  });

  it('turns not ready, answers clear 503s and stays live, then recovers without a restart', async () => {
    await mongo.stop();
    await eventually(async () => (await fetch(`${t.url}/api/health/ready`)).status === 503, 20_000);
    expect((await fetch(`${t.url}/api/health/live`)).status).toBe(200);
    const list = await api.get('/api/workers');
    expect(list.status).toBe(503);
    expect(list.body.code).toBe('DATABASE.UNAVAILABLE');

    await mongo.start();
    await eventually(async () => (await fetch(`${t.url}/api/health/ready`)).status === 200, 30_000);
    await eventually(async () => (await api.get('/api/workers')).status === 200, 20_000);
  }, 90_000);
});

describe('faults: Redis goes away and comes back', () => {
  let redis: EphemeralService;
  let t: TestApp;
  let api: Api;

  beforeAll(async () => {
    redis = await ephemeralRedis();
    t = await startTestApp('outage-redis', { REDIS_URL: redis.url });
    api = new Api(t.url);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('keeps answering API clients, reports itself not ready, and leases work again once Redis is back', async () => {
    await redis.stop();
    await eventually(async () => (await fetch(`${t.url}/api/health/ready`)).status === 503, 20_000);
    // Bearer-authenticated reads do not need Redis.
    await api.get('/api/workers').then(expectStatus(200));
    // A job needs its lease: a clear 503, not a hang or a 500.
    const refused = await api.post('/api/jobs/metrics-collection/run', {}, 'admin');
    expect(refused.status).toBe(503);

    await redis.start();
    await eventually(async () => (await fetch(`${t.url}/api/health/ready`)).status === 200, 30_000);
    const run = await eventually(async () => {
      const r = await api.post('/api/jobs/metrics-collection/run', {}, 'admin');
      return r.status === 202 ? r : undefined;
    }, 20_000);
    const done = await eventually(async () => {
      const runs = await api.get('/api/jobs/metrics-collection/runs');
      return runs.body.find((x: { id: string; outcome: string }) => x.id === run.body.id && x.outcome !== 'running');
    });
    expect(done.outcome).toBe('succeeded');
  }, 90_000);
});
