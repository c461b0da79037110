/**
 * The token stores behave alike; the Redis one runs against the real Redis named by REDIS_URL
 * (scripts/services), and only the in-memory store is checked when REDIS_URL is not set.
 */
import { Redis } from 'ioredis';
import { type CmlSimulator, startTestSimulator } from '../../../../test/support/cml.js';
import { CmlClientFactory } from '../cml-client-factory.js';
import { type CmlRedisLike, RedisCmlTokenStore } from './redis-token-store.js';
import { type CmlTokenStore, InMemoryCmlTokenStore } from './token-store.js';

const redisUrl = process.env.REDIS_URL;
const prefix = `cml:token-test:${process.pid}:${Date.now()}:`;
let redis: Redis | undefined;

function redisClient(): Redis {
  redis ??= new Redis(redisUrl as string, { lazyConnect: false, maxRetriesPerRequest: 1 });
  return redis;
}

afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const stores: [string, () => CmlTokenStore][] = [['in-memory', () => new InMemoryCmlTokenStore()]];
if (redisUrl) stores.push([`redis (${new URL(redisUrl).host})`, () => new RedisCmlTokenStore(redisClient())]);

describe.each(stores)('%s token store', (_name, create) => {
  it('stores, reads and deletes a token by key', async () => {
    const store = create();
    await store.set(`${prefix}a`, 'token-a', 60);
    expect(await store.get(`${prefix}a`)).toBe('token-a');
    expect(await store.get(`${prefix}missing`)).toBeFalsy();
    await store.delete(`${prefix}a`);
    expect(await store.get(`${prefix}a`)).toBeFalsy();
  });

  it('forgets a token after its TTL, and does not store one with no time left', async () => {
    const store = create();
    await store.set(`${prefix}short`, 'token', 1);
    await store.set(`${prefix}none`, 'token', 0);
    expect(await store.get(`${prefix}short`)).toBe('token');
    expect(await store.get(`${prefix}none`)).toBeFalsy();
    await new Promise((r) => setTimeout(r, 1100));
    expect(await store.get(`${prefix}short`)).toBeFalsy();
  });
});

if (redisUrl) {
  describe('a token shared by two instances through Redis', () => {
    let sim: CmlSimulator;
    const factories: CmlClientFactory[] = [];
    const credentials = { username: 'admin', password: 'redis-test-password' };

    beforeAll(async () => {
      sim = await startTestSimulator([{ id: 'shared', users: [credentials] }]);
    });

    afterAll(async () => {
      for (const f of factories) f.close();
      await sim.close();
    });

    it('signs in once for both, keys the token by controller and user, and never stores the password', async () => {
      // Two factories stand for two instances of the product; ioredis fits the structural interface.
      const client: CmlRedisLike = redisClient();
      for (let i = 0; i < 2; i++) factories.push(new CmlClientFactory({ credentials, tokenStore: new RedisCmlTokenStore(client), tokenKeyPrefix: prefix }));
      await factories[0]?.forController(sim.baseUrlOf('shared')).labIds();
      await factories[1]?.forController(sim.baseUrlOf('shared')).systemHealth();
      expect(sim.controllers.require('shared').requestCount('POST /authenticate')).toBe(1);

      const key = `${prefix}${sim.baseUrlOf('shared')}|admin`;
      expect(await redisClient().ttl(key)).toBeGreaterThan(3000);
      const keys = await redisClient().keys(`${prefix}*`);
      expect(keys).toContain(key);
      const values = await Promise.all(keys.map((k) => redisClient().get(k)));
      expect(values.join(' ')).not.toContain(credentials.password);
    });
  });
}
