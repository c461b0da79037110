import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StoragePrice } from './cost-types';
import { pricePath, refreshAfterPriceChange } from './price-changed';

export interface StoragePriceChange {
  region: string;
  volumeType: string;
  usdPerGibMonth: number;
}

/** Overrides a volume type's price per GiB-month in a region, from now on (admin). */
export async function setStoragePrice({ region, volumeType, usdPerGibMonth }: StoragePriceChange): Promise<StoragePrice> {
  return (await api.put<StoragePrice>(pricePath('storage', region, volumeType), { usdPerGibMonth })).data;
}

export function useSetStoragePrice() {
  const client = useQueryClient();
  return useMutation({ mutationFn: setStoragePrice, onSuccess: () => refreshAfterPriceChange(client) });
}
