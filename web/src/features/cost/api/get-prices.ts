import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { costKeys } from '../../../lib/query-keys';
import type { PriceList } from './cost-types';

/** Instance and storage prices with their source, overrides and the discount (GET /api/cost/prices). */
export async function getPrices(signal?: AbortSignal): Promise<PriceList> {
  return (await api.get<PriceList>('/cost/prices', { signal })).data;
}

export const pricesQuery = () => queryOptions({ queryKey: costKeys.prices(), queryFn: ({ signal }) => getPrices(signal) });

export const usePrices = () => useQuery(pricesQuery());
