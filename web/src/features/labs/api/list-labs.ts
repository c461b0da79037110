import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type LabListFilters, labKeys } from '../../../lib/query-keys';
import type { LabPage } from './types';

/** Labs across the fleet, filtered and paged by the server. */
export async function listLabs(filters: LabListFilters, signal?: AbortSignal): Promise<LabPage> {
  const params = {
    workerId: filters.workerId || undefined,
    state: filters.state || undefined,
    owner: filters.owner?.trim() || undefined,
    q: filters.q?.trim() || undefined,
    sort: filters.sort || undefined,
    includeGone: filters.includeGone ? 'true' : undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  };
  return (await api.get<LabPage>('/labs', { params, signal })).data;
}

export const labsQuery = (filters: LabListFilters) => queryOptions({ queryKey: labKeys.list(filters), queryFn: ({ signal }) => listLabs(filters, signal), placeholderData: keepPreviousData });

export const useLabs = (filters: LabListFilters) => useQuery(labsQuery(filters));
