import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { settingsKeys } from '../../../lib/query-keys';
import type { components } from '../../../lib/api-types';

export type SettingsEvent = components['schemas']['StreamEventResponse'];

/** The recent changes of the runtime settings, newest first, from the event log (GET /api/events?types=settings.changed). */
export async function listSettingsChanges(signal?: AbortSignal): Promise<SettingsEvent[]> {
  const page = (await api.get<{ items: SettingsEvent[] }>('/events', { params: { types: 'settings.changed', limit: 20 }, signal })).data;
  return [...page.items].reverse();
}

export const settingsChangesQuery = () => queryOptions({ queryKey: settingsKeys.history(), queryFn: ({ signal }) => listSettingsChanges(signal) });

export const useSettingsChanges = () => useQuery(settingsChangesQuery());
