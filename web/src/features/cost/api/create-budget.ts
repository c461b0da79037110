import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetKeys } from '../../../lib/query-keys';
import type { Budget, BudgetInput } from './cost-types';

/** A new monthly budget (admin). */
export async function createBudget(input: BudgetInput): Promise<Budget> {
  return (await api.post<Budget>('/budgets', input)).data;
}

export function useCreateBudget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createBudget, onSuccess: () => client.invalidateQueries({ queryKey: budgetKeys.all }) });
}
