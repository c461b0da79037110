import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ClearInstancePriceHandler, ClearStoragePriceHandler, SetDiscountHandler, SetInstancePriceHandler, SetStoragePriceHandler } from './application/commands/price.handlers.js';
import { PriceBook } from './application/ports/price-book.port.js';
import { PriceSettingsRepository } from './application/ports/price-settings.repository.port.js';
import { GetPriceHandler, ListPricesHandler, PriceViews } from './application/queries/prices-query.handlers.js';
import { AWS_LIST_PRICES } from './domain/aws-list-prices.js';
import { EBS_LIST_PRICES } from './domain/ebs-list-prices.js';
import { PriceCatalogue } from './domain/price-catalogue.js';
import { StoragePriceCatalogue } from './domain/storage-price-catalogue.js';
import { MongoPriceBook } from './infrastructure/persistence/mongo-price-book.adapter.js';
import { PriceSettingsMongoRepository } from './infrastructure/persistence/price-settings.mongo-repository.js';
import { PRICE_SETTINGS_MODEL, priceSettingsSchema } from './infrastructure/persistence/price-settings.schema.js';
import { CostPricesController } from './interface/http/cost-prices.controller.js';
import { PricesFacade } from './cost.public.js';

/**
 * What workers cost: the list prices the product ships with (ADR 0025), admins' prices and the
 * fleet discount over them, with their history (ADR 0046), read by metering through `PriceBook`.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: PRICE_SETTINGS_MODEL, schema: priceSettingsSchema }])],
  controllers: [CostPricesController],
  providers: [
    { provide: PriceCatalogue, useValue: new PriceCatalogue(AWS_LIST_PRICES) },
    { provide: StoragePriceCatalogue, useValue: new StoragePriceCatalogue(EBS_LIST_PRICES) },
    { provide: PriceSettingsRepository, useClass: PriceSettingsMongoRepository },
    { provide: PriceBook, useClass: MongoPriceBook },
    PricesFacade,
    PriceViews,
    SetInstancePriceHandler,
    ClearInstancePriceHandler,
    SetStoragePriceHandler,
    ClearStoragePriceHandler,
    SetDiscountHandler,
    ListPricesHandler,
    GetPriceHandler,
  ],
  exports: [PricesFacade, PriceBook],
})
export class CostModule {}
