import type { CmlTokenStore } from './token-store.js';

/** The few Redis commands the token store needs; an ioredis client fits without this library importing it. */
export interface CmlRedisLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  del(key: string): Promise<number>;
}

/** Token cache shared by every instance of the product through Redis; Redis expires the entries. */
export class RedisCmlTokenStore implements CmlTokenStore {
  constructor(private readonly redis: CmlRedisLike) {}

  async get(key: string): Promise<string | null> {
    return this.redis.get(key);
  }

  async set(key: string, token: string, ttlSeconds: number): Promise<void> {
    const seconds = Math.floor(ttlSeconds);
    if (seconds <= 0) return;
    await this.redis.set(key, token, 'EX', seconds);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }
}
