import { Injectable } from '@nestjs/common';
import { type ListPrice, PriceCatalogue } from './domain/price-catalogue.js';

export type { ListPrice } from './domain/price-catalogue.js';

/** What other modules (workers) may ask of the cost module. */
@Injectable()
export class PricesFacade {
  constructor(private readonly catalogue: PriceCatalogue) {}

  /** The on-demand Linux list price of an instance type in a region; undefined when unknown (never 0). */
  onDemandLinux(region: string, instanceType: string): ListPrice | undefined {
    return this.catalogue.onDemandLinux(region, instanceType);
  }
}
