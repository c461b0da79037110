import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { refreshAfterPriceChange } from './price-changed';

/** Sets the discount (savings plans, reserved capacity) taken off every list price, 0 to under 100 % (admin). */
export async function setDiscount(percent: number): Promise<{ discountPercent: number }> {
  return (await api.put<{ discountPercent: number }>('/cost/discount', { percent })).data;
}

export function useSetDiscount() {
  const client = useQueryClient();
  return useMutation({ mutationFn: setDiscount, onSuccess: () => refreshAfterPriceChange(client) });
}
