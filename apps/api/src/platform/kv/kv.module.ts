import { Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { KeyValueStore } from '#kernel';
import { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { MemoryKeyValueStore } from './memory-key-value.store.js';
import { RedisKeyValueStore } from './redis-key-value.store.js';

@Global()
@Module({
  providers: [
    {
      provide: KeyValueStore,
      inject: [REDIS, AppConfig],
      useFactory: (redis: Redis | null, config: AppConfig): KeyValueStore => (redis ? new RedisKeyValueStore(redis, config.redis.keyPrefix) : new MemoryKeyValueStore()),
    },
  ],
  exports: [KeyValueStore],
})
export class KeyValueModule {}
