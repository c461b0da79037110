import type { Redis } from 'ioredis';
import { KeyValueStore } from './key-value-store.js';

const PREFIX = 'ccm:';

/** Shared store for several app instances. */
export class RedisKeyValueStore extends KeyValueStore {
  constructor(private readonly redis: Redis) {
    super();
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.redis.set(PREFIX + key, JSON.stringify(value), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    const res = await this.redis.set(PREFIX + key, JSON.stringify(value), 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
    return res === 'OK';
  }

  async take<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.getdel(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const [[, count]] = (await this.redis
      .multi()
      .incr(PREFIX + key)
      .expire(PREFIX + key, Math.max(1, Math.ceil(ttlSeconds)), 'NX')
      .exec()) as [[Error | null, number], [Error | null, number]];
    return count;
  }

  async ttl(key: string): Promise<number | undefined> {
    const t = await this.redis.ttl(PREFIX + key);
    return t < 0 ? undefined : t;
  }
}
