import type { PriceSettings } from '../../domain/price-settings.aggregate.js';

/** Where the admins' price settings are kept (one document: the fleet's). */
export abstract class PriceSettingsRepository {
  /** The settings, or the initial ones (list prices, no discount) when nobody set anything yet. */
  abstract load(): Promise<PriceSettings>;
  /** Saves the changes; a concurrent write surfaces as ConcurrencyError, for retryOnConflict. */
  abstract save(settings: PriceSettings): Promise<void>;
}
