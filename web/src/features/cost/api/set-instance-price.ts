import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { InstancePrice } from './cost-types';
import { pricePath, refreshAfterPriceChange } from './price-changed';

export interface InstancePriceChange {
  region: string;
  instanceType: string;
  usdPerHour: number;
}

/** Overrides an instance type's hourly price in a region, from now on (admin). */
export async function setInstancePrice({ region, instanceType, usdPerHour }: InstancePriceChange): Promise<InstancePrice> {
  return (await api.put<InstancePrice>(pricePath('instances', region, instanceType), { usdPerHour })).data;
}

export function useSetInstancePrice() {
  const client = useQueryClient();
  return useMutation({ mutationFn: setInstancePrice, onSuccess: () => refreshAfterPriceChange(client) });
}
