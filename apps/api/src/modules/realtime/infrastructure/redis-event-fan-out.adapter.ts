import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Clock, type EventEnvelope } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { InjectRedis, RedisClients } from '../../../platform/redis/redis.module.js';
import { InstanceIdentity } from '../application/instance-identity.js';
import { EventFanOut } from '../application/ports/event-fan-out.port.js';
import { RealtimeMetrics } from '../application/realtime-metrics.js';
import { EventHub } from '../application/stream/event-hub.js';

/** The pub/sub channel, after REDIS_KEY_PREFIX. */
export const EVENTS_CHANNEL = 'events';

interface Message {
  origin: string;
  event: EventEnvelope;
}

/**
 * Live events across app instances through Redis pub/sub: each instance publishes the events its
 * own relay published, and hands what the others publish to its hub. Pub/sub keeps nothing for a
 * subscriber that is away, so after a lost connection the hub fills the gap from the event log.
 */
@Injectable()
export class RedisEventFanOut extends EventFanOut implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventFanOut');
  private subscriber?: Redis;
  private lostAt?: number;
  private connectedOnce = false;
  private readonly channel: string;

  constructor(
    private readonly clients: RedisClients,
    @InjectRedis() private readonly redis: Redis | null,
    private readonly hub: EventHub,
    private readonly metrics: RealtimeMetrics,
    private readonly instance: InstanceIdentity,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    super();
    this.channel = config.redis.keyPrefix + EVENTS_CHANNEL;
  }

  onModuleInit(): void {
    if (!this.clients.enabled) return;
    const subscriber = this.clients.create('events-subscriber');
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, raw: string) => this.onMessage(raw));
    subscriber.on('close', () => {
      if (this.connectedOnce) this.lostAt ??= this.clock.now().getTime();
    });
    subscriber.on('ready', () => {
      this.connectedOnce = true;
      const since = this.lostAt;
      this.lostAt = undefined;
      if (since === undefined) return;
      // ioredis resubscribes on its own right after 'ready'; ours queues behind it, so once it is
      // answered the subscription is live again and reading the log cannot miss anything.
      subscriber
        .subscribe(this.channel)
        .then(() => this.hub.recover(since))
        .catch((err: unknown) => this.logger.warn(`Resubscribing to ${this.channel} failed: ${(err as Error).message}`));
    });
    subscriber.subscribe(this.channel).catch((err: unknown) => this.logger.warn(`Subscribing to ${this.channel} failed: ${(err as Error).message}`));
  }

  publish(event: EventEnvelope): void {
    if (!this.redis) return;
    const message: Message = { origin: this.instance.id, event };
    this.redis.publish(this.channel, JSON.stringify(message)).catch((err: unknown) => {
      // The event is in the log: other instances fill the gap when their own connection comes back.
      this.metrics.increment('fanOutPublishFailures');
      this.logger.warn(`Publishing event ${event.id} to the other instances failed: ${(err as Error).message}`);
    });
  }

  private onMessage(raw: string): void {
    let message: Message;
    try {
      message = JSON.parse(raw) as Message;
    } catch {
      this.logger.warn(`Ignoring a malformed message on ${this.channel}`);
      return;
    }
    if (message.origin === this.instance.id || typeof message.event?.id !== 'string') return;
    this.hub.receive(message.event);
  }

  async onApplicationShutdown(): Promise<void> {
    // RedisClients quits the connection; stop listening first so nothing arrives mid-shutdown.
    this.subscriber?.removeAllListeners('message');
  }
}
