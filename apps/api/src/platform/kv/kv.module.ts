import { Global, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';
import { KeyValueStore } from './key-value-store.js';
import { MemoryKeyValueStore } from './memory-key-value.store.js';
import { RedisKeyValueStore } from './redis-key-value.store.js';

@Global()
@Module({
  providers: [
    {
      provide: KeyValueStore,
      inject: [REDIS],
      useFactory: (redis: Redis | null): KeyValueStore => (redis ? new RedisKeyValueStore(redis) : new MemoryKeyValueStore()),
    },
  ],
  exports: [KeyValueStore],
})
export class KeyValueModule {}
