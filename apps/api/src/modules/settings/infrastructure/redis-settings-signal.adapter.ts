import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '../../../config/app-config.js';
import { InjectRedis, RedisClients } from '../../../platform/redis/redis.module.js';
import { SettingsSignal } from '../application/ports/settings-signal.port.js';

/** The pub/sub channel, after REDIS_KEY_PREFIX. */
export const SETTINGS_CHANNEL = 'settings';

/**
 * Change notices of the runtime settings through Redis pub/sub (ADR 0048). Without Redis the app
 * is one instance: nothing to tell, and nothing arrives.
 */
@Injectable()
export class RedisSettingsSignal extends SettingsSignal implements OnApplicationShutdown {
  private readonly logger = new Logger('SettingsSignal');
  private readonly channel: string;
  private subscriber?: Redis;
  private readonly listeners = new Set<(version: number) => void>();
  /** Tells this instance's own notices apart from the others'. */
  private readonly origin = `${process.pid}:${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly clients: RedisClients,
    @InjectRedis() private readonly redis: Redis | null,
    config: AppConfig,
  ) {
    super();
    this.channel = config.redis.keyPrefix + SETTINGS_CHANNEL;
  }

  publish(version: number): void {
    if (!this.redis) return;
    this.redis.publish(this.channel, JSON.stringify({ origin: this.origin, version })).catch((err: unknown) => {
      this.logger.warn(`Telling the other instances about settings version ${version} failed (they re-read the settings on their timer): ${(err as Error).message}`);
    });
  }

  subscribe(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    this.connect();
    return () => this.listeners.delete(listener);
  }

  private connect(): void {
    if (this.subscriber || !this.clients.enabled) return;
    const subscriber = this.clients.create('settings-subscriber');
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, raw: string) => {
      try {
        const message = JSON.parse(raw) as { origin?: string; version?: number };
        if (message.origin === this.origin || typeof message.version !== 'number') return;
        for (const listener of this.listeners) listener(message.version);
      } catch {
        this.logger.warn(`Ignoring a malformed message on ${this.channel}`);
      }
    });
    subscriber.subscribe(this.channel).catch((err: unknown) => this.logger.warn(`Subscribing to ${this.channel} failed: ${(err as Error).message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscriber?.removeAllListeners('message');
    this.listeners.clear();
  }
}
