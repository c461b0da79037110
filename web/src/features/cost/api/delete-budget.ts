import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetKeys } from '../../../lib/query-keys';

/** Deletes a budget (admin): no more notices, and it stops no worker any more. */
export async function deleteBudget(id: string): Promise<void> {
  await api.delete(`/budgets/${encodeURIComponent(id)}`);
}

export function useDeleteBudget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteBudget, onSuccess: () => client.invalidateQueries({ queryKey: budgetKeys.all }) });
}
