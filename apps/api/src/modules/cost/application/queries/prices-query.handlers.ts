import { Injectable } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PriceCatalogue } from '../../domain/price-catalogue.js';
import type { OverrideNow, PriceSettings } from '../../domain/price-settings.aggregate.js';
import { StoragePriceCatalogue } from '../../domain/storage-price-catalogue.js';
import { PriceSettingsRepository } from '../ports/price-settings.repository.port.js';
import { GetPriceQuery, type InstancePriceView, ListPricesQuery, type PriceListView, type StoragePriceView } from './prices.queries.js';

interface Listed {
  usd: number;
  source: string;
  asOf: string;
}

/** A price in force from the list price and the override: the override wins; neither: unknown. */
function entry(list: Listed | undefined, override: OverrideNow | undefined) {
  if (override) return { usd: override.usd, listUsd: list?.usd ?? null, source: 'admin', asOf: override.setAt.slice(0, 10), overridden: true, setBy: override.setBy.name, setAt: override.setAt };
  if (list) return { usd: list.usd, listUsd: list.usd, source: list.source, asOf: list.asOf, overridden: false };
  return undefined;
}

const byKey = <T extends { region: string }>(type: (t: T) => string) => (a: T, b: T) => a.region.localeCompare(b.region) || type(a).localeCompare(type(b));

/** Builds the price views from the catalogues and the admins' settings. */
@Injectable()
export class PriceViews {
  constructor(
    private readonly settings: PriceSettingsRepository,
    private readonly instances: PriceCatalogue,
    private readonly volumes: StoragePriceCatalogue,
  ) {}

  async list(): Promise<PriceListView> {
    const settings = await this.settings.load();
    const instanceKeys = new Map<string, [string, string]>();
    for (const p of this.instances.entries()) instanceKeys.set(`${p.region}|${p.instanceType}`, [p.region, p.instanceType]);
    for (const r of settings.instanceRecords()) instanceKeys.set(`${r.region}|${r.instanceType}`, [r.region, r.instanceType]);
    const volumeKeys = new Map<string, [string, string]>();
    for (const p of this.volumes.entries()) volumeKeys.set(`${p.region}|${p.volumeType}`, [p.region, p.volumeType]);
    for (const r of settings.storageRecords()) volumeKeys.set(`${r.region}|${r.volumeType}`, [r.region, r.volumeType]);
    const discount = settings.discountSet;
    return {
      discountPercent: settings.discountPercent,
      discountSetBy: discount?.by.name,
      discountSetAt: discount?.at,
      instances: [...instanceKeys.values()]
        .map(([region, type]) => this.instance(settings, region, type))
        .filter((v): v is InstancePriceView => v !== undefined)
        .sort(byKey((v) => v.instanceType)),
      storage: [...volumeKeys.values()]
        .map(([region, type]) => this.storage(settings, region, type))
        .filter((v): v is StoragePriceView => v !== undefined)
        .sort(byKey((v) => v.volumeType)),
    };
  }

  async one(kind: 'instance' | 'storage', region: string, type: string): Promise<InstancePriceView | StoragePriceView | undefined> {
    const settings = await this.settings.load();
    return kind === 'instance' ? this.instance(settings, region, type) : this.storage(settings, region, type);
  }

  private instance(settings: PriceSettings, region: string, instanceType: string): InstancePriceView | undefined {
    const list = this.instances.onDemandLinux(region, instanceType);
    const e = entry(list && { usd: list.usdPerHour, source: list.source, asOf: list.asOf }, settings.instanceOverride(region, instanceType));
    if (!e) return undefined;
    const { usd, listUsd, ...rest } = e;
    return { region, instanceType, usdPerHour: usd, listUsdPerHour: listUsd, ...rest };
  }

  private storage(settings: PriceSettings, region: string, volumeType: string): StoragePriceView | undefined {
    const list = this.volumes.price(region, volumeType);
    const e = entry(list && { usd: list.usdPerGibMonth, source: list.source, asOf: list.asOf }, settings.storageOverride(region, volumeType));
    if (!e) return undefined;
    const { usd, listUsd, ...rest } = e;
    return { region, volumeType, usdPerGibMonth: usd, listUsdPerGibMonth: listUsd, ...rest };
  }
}

@QueryHandler(ListPricesQuery)
export class ListPricesHandler implements IQueryHandler<ListPricesQuery, PriceListView> {
  constructor(private readonly views: PriceViews) {}

  execute(): Promise<PriceListView> {
    return this.views.list();
  }
}

@QueryHandler(GetPriceQuery)
export class GetPriceHandler implements IQueryHandler<GetPriceQuery, InstancePriceView | StoragePriceView | undefined> {
  constructor(private readonly views: PriceViews) {}

  execute({ kind, region, type }: GetPriceQuery): Promise<InstancePriceView | StoragePriceView | undefined> {
    return this.views.one(kind, region, type);
  }
}
