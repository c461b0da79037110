import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectConnection, MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { AppConfig } from '../../config/app-config.js';

/**
 * The app starts even when MongoDB is unreachable (readiness then says 503). Mongoose does
 * not retry a failed *initial* connection, so this keeps trying until it succeeds; after that
 * the driver itself reconnects when MongoDB goes away and comes back.
 */
@Injectable()
export class MongoConnectionSupervisor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MongoDB');
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly readyTasks: { name: string; run: () => Promise<void> }[] = [];

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly config: AppConfig,
  ) {}

  /**
   * Runs `task` (index creation, startup replays) once the database is reachable, and again after
   * each reconnection; it must be idempotent. Failures are logged, never fatal.
   */
  whenReady(name: string, run: () => Promise<void>): void {
    this.readyTasks.push({ name, run });
    if (this.connection.readyState === 1) void this.runTask({ name, run });
  }

  private async runTask(task: { name: string; run: () => Promise<void> }): Promise<void> {
    try {
      await task.run();
    } catch (err) {
      this.logger.warn(`${task.name} failed: ${(err as Error).message}`);
    }
  }

  onApplicationBootstrap(): void {
    // Every module's models are registered by now (MongooseModule.forFeature): their schemas declare their indexes.
    for (const model of Object.values(this.connection.models)) {
      this.readyTasks.push({ name: `Indexes of ${model.collection.collectionName}`, run: () => model.createIndexes() });
    }
    this.connection.on('disconnected', () => this.logger.warn('MongoDB disconnected'));
    this.connection.on('reconnected', () => {
      this.logger.log('MongoDB reconnected');
      for (const t of this.readyTasks) void this.runTask(t);
    });
    this.connection.on('open', () => {
      for (const t of this.readyTasks) void this.runTask(t);
    });
    if (this.connection.readyState === 1) for (const t of this.readyTasks) void this.runTask(t);
    void this.ensureConnected();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async ensureConnected(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.connection.asPromise();
      return;
    } catch {
      // initial connection failed; fall through to a retry
    }
    if (this.connection.readyState === 0) {
      this.logger.warn('MongoDB is unreachable; retrying in 2 s');
      this.timer = setTimeout(() => {
        this.connection.openUri(this.config.mongo.uri).catch(() => undefined);
        void this.ensureConnected();
      }, 2000);
      this.timer.unref();
    }
  }
}

@Global()
@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        uri: config.mongo.uri,
        // Do not hold the boot hostage to the database: readiness reports it instead.
        lazyConnection: true,
        serverSelectionTimeoutMS: 3000,
        // Queries fail fast when the database is away instead of queueing for long.
        bufferTimeoutMS: 3000,
        // Each schema declares its indexes; the supervisor creates them once the database is
        // reachable (and again after a reconnection), not Mongoose when a model is compiled, which
        // would race the lazy connection. Collections are created by their first write.
        autoIndex: false,
        autoCreate: false,
        // An unset (undefined) field is left out of the document, not stored as null.
        ignoreUndefined: true,
        // mongo-java-server (dev/test) has no `hello`/serverApi and no transactions: do not set serverApi.
        // Models and their schemas: `MongooseModule.forFeature` in each module (ADR 0028).
      }),
    }),
  ],
  providers: [MongoConnectionSupervisor],
  exports: [MongoConnectionSupervisor],
})
export class DatabaseModule {}
