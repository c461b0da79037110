import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';

export const REDIS = Symbol('REDIS');

/** Creates Redis clients when REDIS_URL is set; without it the app runs single-instance. */
@Injectable()
export class RedisClients implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients: Redis[] = [];

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.redis.url);
  }

  /**
   * A new connection (subscribers need their own). Never throws on connect; it retries in the background.
   * `autoPipelining` sends the commands issued in one tick as one write (ADR 0054): a collection cycle
   * publishes an event per change and takes leases, and each command was a socket write of its own.
   * Not for subscribers, whose connection is in subscriber mode.
   */
  create(name: string, options: { autoPipelining?: boolean } = {}): Redis {
    if (!this.config.redis.url) throw new Error('Redis is not configured (REDIS_URL is unset)');
    const client = new Redis(this.config.redis.url, {
      // The prefix tells deployments sharing one Redis apart in CLIENT LIST.
      connectionName: `cml-cloud-manager:${this.config.redis.keyPrefix}${name}`,
      lazyConnect: false,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      retryStrategy: (times) => Math.min(times * 200, 2000),
      enableAutoPipelining: options.autoPipelining ?? false,
    });
    let warned = false;
    client.on('error', (err: Error) => {
      if (!warned) this.logger.warn(`Redis (${name}) error: ${err.message}`);
      warned = true;
    });
    client.on('ready', () => {
      if (warned) this.logger.log(`Redis (${name}) connection restored`);
      warned = false;
    });
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

@Global()
@Module({
  providers: [
    RedisClients,
    {
      provide: REDIS,
      inject: [RedisClients],
      useFactory: (clients: RedisClients): Redis | null => (clients.enabled ? clients.create('main', { autoPipelining: true }) : null),
    },
  ],
  exports: [RedisClients, REDIS],
})
export class RedisModule {}

/** Injects the shared Redis client, or null when Redis is not configured. */
export const InjectRedis = (): ParameterDecorator => Inject(REDIS);
