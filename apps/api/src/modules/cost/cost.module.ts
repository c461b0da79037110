import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AWS_LIST_PRICES } from './domain/aws-list-prices.js';
import { EBS_LIST_PRICES } from './domain/ebs-list-prices.js';
import { PriceCatalogue } from './domain/price-catalogue.js';
import { StoragePriceCatalogue } from './domain/storage-price-catalogue.js';
import { CostFacade, PricesFacade } from './cost.public.js';
import { PriceBook } from './application/ports/price-book.port.js';
import { PriceSettingsRepository } from './application/ports/price-settings.repository.port.js';
import { CostLedger } from './application/ports/cost-ledger.port.js';
import { UsageHistory } from './application/ports/usage-history.port.js';
import { WorkerDirectory } from './application/ports/worker-directory.port.js';
import { CostFigures } from './application/cost-figures.service.js';
import { CostFiguresFacade } from './application/cost-facade.service.js';
import { MeterCostHandler } from './application/commands/meter-cost/meter-cost.handler.js';
import { ClearInstancePriceHandler, ClearStoragePriceHandler, SetDiscountHandler, SetInstancePriceHandler, SetStoragePriceHandler } from './application/commands/price.handlers.js';
import { GetCostReportHandler, ListWorkerCostsHandler } from './application/queries/cost-query.handlers.js';
import { GetPriceHandler, ListPricesHandler, PriceViews } from './application/queries/prices-query.handlers.js';
import { MongoPriceBook } from './infrastructure/persistence/mongo-price-book.adapter.js';
import { PriceSettingsMongoRepository } from './infrastructure/persistence/price-settings.mongo-repository.js';
import { PRICE_SETTINGS_MODEL, priceSettingsSchema } from './infrastructure/persistence/price-settings.schema.js';
import { CostLedgerMongoStore } from './infrastructure/ledger/cost-ledger.mongo-store.js';
import { COST_METER_MODEL, COST_MONTH_MODEL, costMeterSchema, costMonthSchema } from './infrastructure/ledger/cost-ledger.schemas.js';
import { EventLogUsageHistory } from './infrastructure/history/usage-history.event-log.js';
import { BusWorkerDirectory } from './infrastructure/workers/worker-directory.bus-adapter.js';
import { CostPricesController } from './interface/http/cost-prices.controller.js';
import { CostReportController } from './interface/http/cost-report.controller.js';
import { CostMetricsSource } from './infrastructure/metrics/cost.metrics-source.js';

/**
 * What workers cost: list prices (ADR 0025) with admins' prices and the fleet discount over them,
 * kept with their history (ADR 0046); the ledger the `cost-meter` job keeps from the event log
 * (ADR 0042), the month's figures and what the product saved. Workers' facts come over the query
 * bus: the workers module depends on this one for prices.
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: COST_MONTH_MODEL, schema: costMonthSchema },
      { name: COST_METER_MODEL, schema: costMeterSchema },
      { name: PRICE_SETTINGS_MODEL, schema: priceSettingsSchema },
    ]),
  ],
  controllers: [CostReportController, CostPricesController],
  providers: [
    { provide: PriceCatalogue, useValue: new PriceCatalogue(AWS_LIST_PRICES) },
    { provide: StoragePriceCatalogue, useValue: new StoragePriceCatalogue(EBS_LIST_PRICES) },
    { provide: PriceSettingsRepository, useClass: PriceSettingsMongoRepository },
    { provide: PriceBook, useClass: MongoPriceBook },
    { provide: CostLedger, useClass: CostLedgerMongoStore },
    { provide: UsageHistory, useClass: EventLogUsageHistory },
    { provide: WorkerDirectory, useClass: BusWorkerDirectory },
    { provide: CostFacade, useClass: CostFiguresFacade },
    PricesFacade,
    CostFigures,
    MeterCostHandler,
    GetCostReportHandler,
    ListWorkerCostsHandler,
    CostMetricsSource,
    PriceViews,
    SetInstancePriceHandler,
    ClearInstancePriceHandler,
    SetStoragePriceHandler,
    ClearStoragePriceHandler,
    SetDiscountHandler,
    ListPricesHandler,
    GetPriceHandler,
  ],
  exports: [PricesFacade, CostFacade, PriceBook],
})
export class CostModule {}
