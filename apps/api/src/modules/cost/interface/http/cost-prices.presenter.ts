import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { InstancePriceView, PriceListView, StoragePriceView } from '../../application/queries/prices.queries.js';
import type { DiscountResponse, InstancePriceResponse, PriceListResponse, StoragePriceResponse } from './cost-prices-response.dto.js';

function instance(v: InstancePriceView): InstancePriceResponse {
  return {
    region: v.region,
    instanceType: v.instanceType,
    usdPerHour: v.usdPerHour,
    listUsdPerHour: v.listUsdPerHour,
    source: v.source,
    asOf: v.asOf,
    overridden: v.overridden,
    setBy: v.setBy,
    setAt: v.setAt,
  };
}

function storage(v: StoragePriceView): StoragePriceResponse {
  return {
    region: v.region,
    volumeType: v.volumeType,
    usdPerGibMonth: v.usdPerGibMonth,
    listUsdPerGibMonth: v.listUsdPerGibMonth,
    source: v.source,
    asOf: v.asOf,
    overridden: v.overridden,
    setBy: v.setBy,
    setAt: v.setAt,
  };
}

export const toInstancePriceResponse = (v: InstancePriceView): Presented<InstancePriceResponse> => present<InstancePriceResponse>(instance(v));
export const toStoragePriceResponse = (v: StoragePriceView): Presented<StoragePriceResponse> => present<StoragePriceResponse>(storage(v));
export const toDiscountResponse = (discountPercent: number): Presented<DiscountResponse> => present<DiscountResponse>({ discountPercent });
export const toPriceListResponse = (v: PriceListView): Presented<PriceListResponse> =>
  present<PriceListResponse>({
    discountPercent: v.discountPercent,
    discountSetBy: v.discountSetBy,
    discountSetAt: v.discountSetAt,
    instances: v.instances.map(instance),
    storage: v.storage.map(storage),
  });
