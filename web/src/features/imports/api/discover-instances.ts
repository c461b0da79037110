import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import type { DiscoveredInstance, DiscoveryCriteria } from './types';

/** EC2 instances of a region matching one criterion (or all of them), each marked managed (with its worker) or not (admin). */
export async function discoverInstances(criteria: DiscoveryCriteria, signal?: AbortSignal): Promise<DiscoveredInstance[]> {
  const value = criteria.value?.trim();
  const params = { region: criteria.region, ...(criteria.kind && value ? { [criteria.kind]: value } : {}) };
  return (await api.get<DiscoveredInstance[]>('/workers/discovery', { params, signal })).data;
}

export const discoveryQuery = (criteria: DiscoveryCriteria | undefined) =>
  queryOptions({
    queryKey: workerKeys.discovery({ region: criteria?.region, [criteria?.kind ?? 'none']: criteria?.value }),
    queryFn: ({ signal }) => discoverInstances(criteria!, signal),
    enabled: Boolean(criteria),
    // EC2 is the source of truth here and searching again is the user's call.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });

export const useDiscovery = (criteria: DiscoveryCriteria | undefined) => useQuery(discoveryQuery(criteria));
