import type { AggregateMapper } from '#persistence';
import { PriceSettings, type PriceSettingsState } from '../../domain/price-settings.aggregate.js';

/** The stored document's state fields (`price-settings.schema.ts`): the aggregate's state as it is. */
export type PriceSettingsDocument = PriceSettingsState;

export const priceSettingsMapper: AggregateMapper<PriceSettings, PriceSettingsDocument> = {
  toDocument: (s) => s.snapshot() as PriceSettingsState,
  fromDocument: (id, version, doc) => new PriceSettings(id, { instances: doc.instances ?? [], storage: doc.storage ?? [], discount: doc.discount ?? [] }, version),
};
