import { Injectable } from '@nestjs/common';
import { PriceCatalogue } from '../../domain/price-catalogue.js';
import { PriceBook, type PriceSnapshot } from '../../application/ports/price-book.port.js';

const EPOCH = new Date(0);

/** The shipped list prices only, unchanged since the epoch (until admins' overrides are stored). */
@Injectable()
export class CataloguePriceBook extends PriceBook {
  constructor(private readonly catalogue: PriceCatalogue) {
    super();
  }

  async snapshot(): Promise<PriceSnapshot> {
    return {
      compute: (region, instanceType) => {
        const price = this.catalogue.onDemandLinux(region, instanceType);
        return price ? [{ from: EPOCH, usdPerHour: price.usdPerHour }] : [];
      },
      storage: () => undefined,
      discountPercent: 0,
    };
  }
}
