import type { Redis } from 'ioredis';
import { KeyValueStore } from '#kernel';

// Compare-and-act in one step on the Redis side, so a lease cannot be renewed or released by
// someone who lost it in between.
const RENEW_IF = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('expire', KEYS[1], ARGV[2]) else return 0 end`;
const DELETE_IF = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** Shared store for several app instances. */
export class RedisKeyValueStore extends KeyValueStore {
  /** `prefix` goes before every key (REDIS_KEY_PREFIX). */
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'ccm:',
  ) {
    super();
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.get(this.prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
  }

  async setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean> {
    const res = await this.redis.set(this.prefix + key, JSON.stringify(value), 'EX', Math.max(1, Math.ceil(ttlSeconds)), 'NX');
    return res === 'OK';
  }

  async take<T>(key: string): Promise<T | undefined> {
    const raw = await this.redis.getdel(this.prefix + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const [[, count]] = (await this.redis
      .multi()
      .incr(this.prefix + key)
      .expire(this.prefix + key, Math.max(1, Math.ceil(ttlSeconds)), 'NX')
      .exec()) as [[Error | null, number], [Error | null, number]];
    return count;
  }

  async renewIf(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await this.redis.eval(RENEW_IF, 1, this.prefix + key, JSON.stringify(value), String(Math.max(1, Math.ceil(ttlSeconds))))) === 1;
  }

  async deleteIf(key: string, value: string): Promise<boolean> {
    return (await this.redis.eval(DELETE_IF, 1, this.prefix + key, JSON.stringify(value))) === 1;
  }

  async ttl(key: string): Promise<number | undefined> {
    const t = await this.redis.ttl(this.prefix + key);
    return t < 0 ? undefined : t;
  }
}
