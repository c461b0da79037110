import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationChannelKeys } from '../../../lib/query-keys';
import type { NotificationChannel, NotificationChannelList } from './channel-types';

/** Every notification channel with its newest delivery (GET /api/notification-channels; admins). */
export async function listNotificationChannels(signal?: AbortSignal): Promise<NotificationChannel[]> {
  return (await api.get<NotificationChannelList>('/notification-channels', { signal })).data.items;
}

export const notificationChannelsQuery = () => queryOptions({ queryKey: notificationChannelKeys.list(), queryFn: ({ signal }) => listNotificationChannels(signal) });

export const useNotificationChannels = () => useQuery(notificationChannelsQuery());
