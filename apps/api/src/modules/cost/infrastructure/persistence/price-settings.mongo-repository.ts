import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ConcurrencyError } from '#kernel';
import { type AggregateDocument, DuplicateAggregateError, MongoAggregateStore, OutboxRelay } from '#persistence';
import { PriceSettingsRepository } from '../../application/ports/price-settings.repository.port.js';
import { PRICE_SETTINGS_ID, PriceSettings } from '../../domain/price-settings.aggregate.js';
import { type PriceSettingsDocument, priceSettingsMapper } from './price-settings.mapper.js';
import { PRICE_SETTINGS_MODEL } from './price-settings.schema.js';

/** The fleet's price settings, one document with its outbox (`price-settings.schema.ts`). */
@Injectable()
export class PriceSettingsMongoRepository extends PriceSettingsRepository {
  private readonly store: MongoAggregateStore<PriceSettings, PriceSettingsDocument>;

  constructor(@InjectModel(PRICE_SETTINGS_MODEL) model: Model<AggregateDocument<PriceSettingsDocument>>, relay: OutboxRelay) {
    super();
    this.store = new MongoAggregateStore(model, 'price-settings', priceSettingsMapper, relay);
  }

  async load(): Promise<PriceSettings> {
    return (await this.store.findById(PRICE_SETTINGS_ID)) ?? PriceSettings.initial();
  }

  async save(settings: PriceSettings): Promise<void> {
    try {
      await this.store.save(settings);
    } catch (err) {
      // Two first changes at once both insert the one document: the loser retries on what the winner wrote.
      if (err instanceof DuplicateAggregateError) throw new ConcurrencyError('price-settings', settings.id);
      throw err;
    }
  }
}
