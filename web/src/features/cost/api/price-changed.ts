import type { QueryClient } from '@tanstack/react-query';
import { budgetKeys, costKeys, workerKeys } from '../../../lib/query-keys';

/** After a price or the discount changes: prices, the figures, budgets and the workers' rates are read again. */
export function refreshAfterPriceChange(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: costKeys.all });
  void client.invalidateQueries({ queryKey: budgetKeys.all });
  void client.invalidateQueries({ queryKey: workerKeys.all });
}

export const pricePath = (kind: 'instances' | 'storage', region: string, type: string) => `/cost/prices/${kind}/${encodeURIComponent(region)}/${encodeURIComponent(type)}`;
