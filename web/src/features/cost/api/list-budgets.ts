import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { budgetKeys } from '../../../lib/query-keys';
import type { Budget, BudgetList } from './cost-types';

/** Every budget with its status in `month` (GET /api/budgets?month=). */
export async function listBudgets(month: string, signal?: AbortSignal): Promise<Budget[]> {
  return (await api.get<BudgetList>('/budgets', { params: { month }, signal })).data.items;
}

export const budgetsQuery = (month: string) => queryOptions({ queryKey: budgetKeys.list(month), queryFn: ({ signal }) => listBudgets(month, signal) });

export const useBudgets = (month: string) => useQuery(budgetsQuery(month));
