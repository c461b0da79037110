import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { MongoEventLog, OutboxRelay } from '#persistence';
import { MongoConnectionSupervisor } from '../database/database.module.js';

/** How long the fast path (publish right after the write) gets before the sweep takes over. */
const SWEEP_MIN_AGE_MS = 10_000;
const SWEEP_INTERVAL_MS = 15_000;

/** Replays what a previous run left in the outboxes at startup, then sweeps periodically. */
@Injectable()
export class OutboxLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly log: MongoEventLog,
    private readonly db: MongoConnectionSupervisor,
  ) {}

  onApplicationBootstrap(): void {
    this.db.whenReady('Event log indexes', () => this.log.ensureIndexes());
    this.db.whenReady('Outbox replay', async () => {
      const n = await this.relay.sweep(0);
      if (n > 0) this.logger.log(`Published ${n} event(s) left unpublished by an earlier run`);
    });
    this.relay.start(SWEEP_INTERVAL_MS, SWEEP_MIN_AGE_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.relay.stop();
    await this.relay.drain();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: MongoEventLog,
      inject: [getConnectionToken()],
      useFactory: (connection: Connection) => new MongoEventLog(connection.collection('events') as never),
    },
    {
      provide: OutboxRelay,
      inject: [MongoEventLog, EventBus],
      useFactory: (log: MongoEventLog, bus: EventBus) => {
        const logger = new Logger('OutboxRelay');
        return new OutboxRelay(log, (events) => bus.publishAll(events), {
          warn: (m) => logger.warn(m),
          error: (m, err) => logger.error(m, err as Error),
        });
      },
    },
    OutboxLifecycle,
  ],
  exports: [MongoEventLog, OutboxRelay],
})
export class OutboxModule {}

