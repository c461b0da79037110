import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { pricePath, refreshAfterPriceChange } from './price-changed';

/** Drops a storage price override: the list price applies again from now on (admin). */
export async function clearStoragePrice({ region, volumeType }: { region: string; volumeType: string }): Promise<void> {
  await api.delete(pricePath('storage', region, volumeType));
}

export function useClearStoragePrice() {
  const client = useQueryClient();
  return useMutation({ mutationFn: clearStoragePrice, onSuccess: () => refreshAfterPriceChange(client) });
}
