import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { provisioningKeys } from '../../../lib/query-keys';
import type { LaunchAmi } from './types';

export interface AmiCriteria {
  amiId?: string;
  amiName?: string;
}

/** The AMI a launch in the region would use with these criteria (none: the region default), resolved by the server now (admin). */
export async function resolveLaunchAmi(region: string, criteria: AmiCriteria, signal?: AbortSignal): Promise<LaunchAmi> {
  return (await api.get<LaunchAmi>('/workers/launch-ami', { params: { region, ...criteria }, signal })).data;
}

export const launchAmiQuery = (region: string, criteria: AmiCriteria) =>
  queryOptions({
    queryKey: provisioningKeys.launchAmi(region, criteria),
    queryFn: ({ signal }) => resolveLaunchAmi(region, criteria, signal),
    staleTime: 60_000,
  });

/** Off until there is something to resolve (a region, and a value when an id or name is asked for). */
export const useLaunchAmi = (region: string, criteria: AmiCriteria, enabled: boolean) => useQuery({ ...launchAmiQuery(region, criteria), enabled: enabled && Boolean(region) });
