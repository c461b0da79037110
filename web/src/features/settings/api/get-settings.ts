import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from '../../../lib/query-keys';
import type { Settings } from './settings-types';

/** Every runtime setting with its value, source, default and last change (GET /api/settings, admin). */
export async function getSettings(signal?: AbortSignal): Promise<Settings> {
  return (await api.get<Settings>('/settings', { signal })).data;
}

export const settingsQuery = () => queryOptions({ queryKey: settingsKeys.current(), queryFn: ({ signal }) => getSettings(signal) });

export const useSettings = () => useQuery(settingsQuery());
