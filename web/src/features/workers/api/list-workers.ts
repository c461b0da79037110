import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type WorkerListFilters, workerKeys } from '../../../lib/query-keys';
import type { WorkerPage } from './types';

/** One page of workers, filtered, sorted and paged by the server, with the fleet totals (and each one's cost when asked). */
export async function listWorkers(filters: WorkerListFilters, signal?: AbortSignal): Promise<WorkerPage> {
  const params = {
    region: filters.region || undefined,
    status: filters.status?.length ? filters.status.join(',') : undefined,
    q: filters.q?.trim() || undefined,
    includeTerminated: filters.includeTerminated ? 'true' : undefined,
    sort: filters.sort || undefined,
    page: filters.page,
    pageSize: filters.pageSize,
    include: [filters.withCost && 'cost', filters.withActions && 'actions'].filter(Boolean).join(',') || undefined,
  };
  return (await api.get<WorkerPage>('/workers', { params, signal })).data;
}

export const workersQuery = (filters: WorkerListFilters) =>
  queryOptions({
    queryKey: workerKeys.list(filters),
    queryFn: ({ signal }) => listWorkers(filters, signal),
    // Paging and filtering keep the last page on screen instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

export const useWorkers = (filters: WorkerListFilters) => useQuery(workersQuery(filters));
