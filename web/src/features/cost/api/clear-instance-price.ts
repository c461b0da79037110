import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { pricePath, refreshAfterPriceChange } from './price-changed';

/** Drops an instance price override: the list price applies again from now on (admin). */
export async function clearInstancePrice({ region, instanceType }: { region: string; instanceType: string }): Promise<void> {
  await api.delete(pricePath('instances', region, instanceType));
}

export function useClearInstancePrice() {
  const client = useQueryClient();
  return useMutation({ mutationFn: clearInstancePrice, onSuccess: () => refreshAfterPriceChange(client) });
}
