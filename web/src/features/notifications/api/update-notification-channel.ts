import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationChannelKeys } from '../../../lib/query-keys';
import type { NotificationChannel, NotificationChannelBody } from './channel-types';

/** Replaces a channel (PUT /api/notification-channels/{id}; admins); without `secret` a webhook keeps its own. */
export async function updateNotificationChannel({ id, body }: { id: string; body: NotificationChannelBody }): Promise<NotificationChannel> {
  return (await api.put<NotificationChannel>(`/notification-channels/${encodeURIComponent(id)}`, body)).data;
}

export function useUpdateNotificationChannel() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateNotificationChannel, onSuccess: () => client.invalidateQueries({ queryKey: notificationChannelKeys.all }) });
}
