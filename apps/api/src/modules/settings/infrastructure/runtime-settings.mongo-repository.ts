import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ConcurrencyError } from '#kernel';
import { type AggregateDocument, type AggregateMapper, DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { RUNTIME_SETTINGS_ID, RuntimeSettings, type RuntimeSettingsState } from '../domain/runtime-settings.aggregate.js';
import { RuntimeSettingsRepository } from '../domain/runtime-settings.repository.port.js';
import { RUNTIME_SETTINGS_MODEL } from './runtime-settings.schema.js';

export type RuntimeSettingsDocument = RuntimeSettingsState;

export const runtimeSettingsMapper: AggregateMapper<RuntimeSettings, RuntimeSettingsDocument> = {
  toDocument: (s) => s.snapshot() as RuntimeSettingsState,
  fromDocument: (id, version, doc) => new RuntimeSettings(id, { overrides: { ...(doc.overrides ?? {}) }, changes: { ...(doc.changes ?? {}) } }, version),
};

/** The runtime settings, one document with its outbox (`runtime-settings.schema.ts`). */
@Injectable()
export class RuntimeSettingsMongoRepository extends RuntimeSettingsRepository {
  private readonly store: MongoAggregateStore<RuntimeSettings, RuntimeSettingsDocument>;

  constructor(
    @InjectModel(RUNTIME_SETTINGS_MODEL) model: Model<AggregateDocument<RuntimeSettingsDocument>>,
    relay: OutboxRelay,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.store = new MongoAggregateStore(model, 'settings', runtimeSettingsMapper, relay);
  }

  async load(): Promise<RuntimeSettings> {
    return (await this.store.findById(RUNTIME_SETTINGS_ID)) ?? RuntimeSettings.initial();
  }

  whenReachable(name: string, task: () => Promise<void>): void {
    this.db.whenReady(name, task);
  }

  async save(settings: RuntimeSettings): Promise<void> {
    try {
      await this.store.save(settings);
    } catch (err) {
      // Two first changes at once both insert the one document: the loser hears of a conflict.
      if (err instanceof DuplicateAggregateError) throw new ConcurrencyError('settings', settings.id);
      throw err;
    }
  }
}
