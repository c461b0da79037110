import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetKeys } from '../../../lib/query-keys';
import type { Budget, BudgetInput } from './cost-types';

/** Changes a budget (admin); fields left out stay as they are. */
export async function updateBudget({ id, ...changes }: { id: string } & Partial<BudgetInput>): Promise<Budget> {
  return (await api.patch<Budget>(`/budgets/${encodeURIComponent(id)}`, changes)).data;
}

export function useUpdateBudget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateBudget, onSuccess: () => client.invalidateQueries({ queryKey: budgetKeys.all }) });
}
