import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { provisioningKeys } from '../../../lib/query-keys';
import type { NetworkOptions } from './types';

/** A region's subnets, security groups and key pairs, and the defaults a launch uses (admin). */
export async function listNetworkOptions(region: string, signal?: AbortSignal): Promise<NetworkOptions> {
  return (await api.get<NetworkOptions>('/workers/network-options', { params: { region }, signal })).data;
}

export const networkOptionsQuery = (region: string) =>
  queryOptions({
    queryKey: provisioningKeys.networkOptions(region),
    queryFn: ({ signal }) => listNetworkOptions(region, signal),
    // Read from EC2 on every call; subnets and groups change rarely while a form is open.
    staleTime: 60_000,
  });

export const useNetworkOptions = (region: string) => useQuery({ ...networkOptionsQuery(region), enabled: Boolean(region) });
