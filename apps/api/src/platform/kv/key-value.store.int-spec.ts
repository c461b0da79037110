import { Redis } from 'ioredis';
import type { KeyValueStore } from '#kernel';
import { MemoryKeyValueStore } from './memory-key-value.store.js';
import { RedisKeyValueStore } from './redis-key-value.store.js';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) throw new Error('REDIS_URL must point at the Redis from scripts/services');

const redis = new Redis(redisUrl);
afterAll(() => redis.quit());

describe.each([
  ['Redis', () => new RedisKeyValueStore(redis)],
  ['memory', () => new MemoryKeyValueStore()],
])('%s key-value store', (_name, make: () => KeyValueStore) => {
  const store = make();
  const key = (k: string) => `test:${Date.now()}:${Math.random()}:${k}`;

  it('stores JSON values with a time to live', async () => {
    const k = key('a');
    await store.set(k, { a: 1, b: ['x'] }, 60);
    expect(await store.get(k)).toEqual({ a: 1, b: ['x'] });
    expect(await store.ttl(k)).toBeGreaterThan(50);
    expect(await store.get(key('missing'))).toBeUndefined();
  });

  it('sets only when absent', async () => {
    const k = key('nx');
    expect(await store.setIfAbsent(k, 'first', 60)).toBe(true);
    expect(await store.setIfAbsent(k, 'second', 60)).toBe(false);
    expect(await store.get(k)).toBe('first');
  });

  it('lets a value be taken once', async () => {
    const k = key('take');
    await store.set(k, 'once', 60);
    const [a, b] = await Promise.all([store.take(k), store.take(k)]);
    expect([a, b].filter(Boolean)).toEqual(['once']);
  });

  it('counts within a window', async () => {
    const k = key('count');
    expect(await store.increment(k, 60)).toBe(1);
    expect(await store.increment(k, 60)).toBe(2);
    expect(await store.ttl(k)).toBeGreaterThan(0);
  });

  it('renews and releases a lease only for its holder', async () => {
    const k = key('lease');
    expect(await store.setIfAbsent(k, 'me', 2)).toBe(true);
    expect(await store.renewIf(k, 'you', 60)).toBe(false);
    expect(await store.renewIf(k, 'me', 60)).toBe(true);
    expect(await store.ttl(k)).toBeGreaterThan(50);
    expect(await store.deleteIf(k, 'you')).toBe(false);
    expect(await store.deleteIf(k, 'me')).toBe(true);
    expect(await store.get(k)).toBeUndefined();
  });

  it('expires values', async () => {
    const k = key('exp');
    await store.set(k, 'soon', 1);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await store.get(k)).toBeUndefined();
  });
});
