import { Injectable } from '@nestjs/common';
import { PriceBook, type PriceSnapshot } from '../../application/ports/price-book.port.js';
import { PriceSettingsRepository } from '../../application/ports/price-settings.repository.port.js';
import type { PriceStep } from '../../domain/metering.rule.js';
import { PriceCatalogue } from '../../domain/price-catalogue.js';
import { computePriceHistory } from '../../domain/price-history.rule.js';
import { StoragePriceCatalogue } from '../../domain/storage-price-catalogue.js';

/**
 * The prices metering reads: the shipped list prices with the admins' overrides and the fleet
 * discount from MongoDB, each compute price as its history (ADR 0046). One read of the settings per
 * snapshot; each history is worked out once, when first asked for.
 */
@Injectable()
export class MongoPriceBook extends PriceBook {
  constructor(
    private readonly settings: PriceSettingsRepository,
    private readonly instances: PriceCatalogue,
    private readonly volumes: StoragePriceCatalogue,
  ) {
    super();
  }

  async snapshot(): Promise<PriceSnapshot> {
    const settings = await this.settings.load();
    const discounts = settings.discountChanges();
    const histories = new Map<string, readonly PriceStep[]>();
    return {
      compute: (region, instanceType) => {
        const key = `${region}|${instanceType}`;
        let history = histories.get(key);
        if (!history) {
          history = Object.freeze(computePriceHistory(this.instances.onDemandLinux(region, instanceType)?.usdPerHour, settings.instanceChanges(region, instanceType), discounts));
          histories.set(key, history);
        }
        return history;
      },
      storage: (region, volumeType) => settings.storageOverride(region, volumeType)?.usd ?? this.volumes.price(region, volumeType)?.usdPerGibMonth,
      discountPercent: settings.discountPercent,
    };
  }
}
