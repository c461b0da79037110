// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { InstancePriceView, PriceListView, StoragePriceView } from '../../application/queries/prices.queries.js';
import { toDiscountResponse, toInstancePriceResponse, toPriceListResponse, toStoragePriceResponse } from './cost-prices.presenter.js';

const T = '2026-12-03T10:00:00.000Z';

const instance: Full<InstancePriceView> = { region: 'us-east-1', instanceType: 'm5zn.metal', usdPerHour: 3.2, listUsdPerHour: 3.9641, source: 'admin', asOf: '2026-12-03', overridden: true, setBy: 'ada', setAt: T };
const storage: Full<StoragePriceView> = { region: 'us-east-1', volumeType: 'gp3', usdPerGibMonth: 0.07, listUsdPerGibMonth: 0.08, source: 'admin', asOf: '2026-12-03', overridden: true, setBy: 'ada', setAt: T };
const list: Full<PriceListView> = { discountPercent: 28, discountSetBy: 'ada', discountSetAt: T, instances: [instance], storage: [storage] };

/** Every field of the price responses set, for response-presenters.spec.ts. */
export const COST_PRICES_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'PriceListResponse', body: toPriceListResponse(list) },
  { schema: 'InstancePriceResponse', body: toInstancePriceResponse(instance) },
  { schema: 'StoragePriceResponse', body: toStoragePriceResponse(storage) },
  { schema: 'DiscountResponse', body: toDiscountResponse(28) },
];
