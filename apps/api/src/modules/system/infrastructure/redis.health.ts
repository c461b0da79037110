import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { InjectRedis } from '../../../platform/redis/redis.module.js';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectRedis() private readonly redis: Redis | null,
  ) {}

  get configured(): boolean {
    return this.redis !== null;
  }

  ping() {
    return this.health
      .check('redis')
      .attempt(async () => {
        if (!this.redis) return;
        if (this.redis.status !== 'ready') throw new Error(`Redis connection is ${this.redis.status}`);
        await this.redis.ping();
      })
      .withTimeout(1000);
  }
}
