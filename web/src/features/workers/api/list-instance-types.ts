import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { provisioningKeys } from '../../../lib/query-keys';
import type { InstanceTypeListing } from './types';

/** The instance types a region offers, bare metal first, with list prices (admin). */
export async function listInstanceTypes(region: string, signal?: AbortSignal): Promise<InstanceTypeListing> {
  return (await api.get<InstanceTypeListing>('/workers/instance-types', { params: { region }, signal })).data;
}

export const instanceTypesQuery = (region: string) =>
  queryOptions({
    queryKey: provisioningKeys.instanceTypes(region),
    queryFn: ({ signal }) => listInstanceTypes(region, signal),
    // The server keeps them for hours; a form open for a while needs no fresher list.
    staleTime: 10 * 60_000,
  });

export const useInstanceTypes = (region: string) => useQuery({ ...instanceTypesQuery(region), enabled: Boolean(region) });
