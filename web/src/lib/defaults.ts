import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api-client';
import type { components } from './api-types';
import { systemKeys } from './query-keys';

export type ConsoleDefaults = components['schemas']['ConsoleDefaultsResponse'];

/** Managed regions and the configured defaults; several features' forms start from them. */
export async function getDefaults(): Promise<ConsoleDefaults> {
  return (await api.get<ConsoleDefaults>('/system/defaults')).data;
}

export const defaultsQuery = () => queryOptions({ queryKey: systemKeys.defaults(), queryFn: getDefaults, staleTime: 10 * 60_000 });

export const useDefaults = () => useQuery(defaultsQuery());
