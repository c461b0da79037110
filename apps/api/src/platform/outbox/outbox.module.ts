import { type DynamicModule, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { getModelToken, MongooseModule } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { EVENT_LOG_COLLECTION, eventLogSchema, MongoEventLog, OutboxRelay, type StoredEvent } from '#persistence';
import { MongoConnectionSupervisor } from '../database/database.module.js';

/** The event log's model name. */
export const EVENT_LOG_MODEL = 'EventLog';

/** How long the fast path (publish right after the write) gets before the sweep takes over. */
const SWEEP_MIN_AGE_MS = 10_000;
const SWEEP_INTERVAL_MS = 15_000;

/** Replays what a previous run left in the outboxes at startup, then sweeps periodically. */
@Injectable()
export class OutboxLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly db: MongoConnectionSupervisor,
  ) {}

  onApplicationBootstrap(): void {
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

export interface OutboxOptions {
  /**
   * Payload fields that also carry an aggregate id and that event filters match (lab events name
   * their worker in `data.workerId`): the event log indexes each.
   */
  relatedIdFields?: readonly string[];
}

/** The event log (its model) and the outbox relay that feeds it, for every module. */
@Module({})
export class OutboxModule {
  static forRoot(options: OutboxOptions = {}): DynamicModule {
    return {
      module: OutboxModule,
      global: true,
      imports: [MongooseModule.forFeature([{ name: EVENT_LOG_MODEL, schema: eventLogSchema(options.relatedIdFields), collection: EVENT_LOG_COLLECTION }])],
      providers: [
        {
          provide: MongoEventLog,
          inject: [getModelToken(EVENT_LOG_MODEL)],
          useFactory: (model: Model<StoredEvent>) => new MongoEventLog(model),
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
    };
  }
}
