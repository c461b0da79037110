import { Module } from '@nestjs/common';
import { AWS_LIST_PRICES } from './domain/aws-list-prices.js';
import { PriceCatalogue } from './domain/price-catalogue.js';
import { PricesFacade } from './cost.public.js';

/** What workers cost: for now the list prices the product ships with (ADR 0025). */
@Module({
  providers: [{ provide: PriceCatalogue, useValue: new PriceCatalogue(AWS_LIST_PRICES) }, PricesFacade],
  exports: [PricesFacade],
})
export class CostModule {}
