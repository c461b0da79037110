import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationChannelKeys } from '../../../lib/query-keys';
import type { NotificationChannel, NotificationChannelBody } from './channel-types';

/** A new channel (POST /api/notification-channels; admins). */
export async function createNotificationChannel(body: NotificationChannelBody): Promise<NotificationChannel> {
  return (await api.post<NotificationChannel>('/notification-channels', body)).data;
}

export function useCreateNotificationChannel() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createNotificationChannel, onSuccess: () => client.invalidateQueries({ queryKey: notificationChannelKeys.all }) });
}
