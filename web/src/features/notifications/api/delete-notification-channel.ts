import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationChannelKeys } from '../../../lib/query-keys';

/** Deletes a channel (DELETE /api/notification-channels/{id}; admins): what is still queued for it fails. */
export async function deleteNotificationChannel(id: string): Promise<void> {
  await api.delete(`/notification-channels/${encodeURIComponent(id)}`);
}

export function useDeleteNotificationChannel() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteNotificationChannel, onSuccess: () => client.invalidateQueries({ queryKey: notificationChannelKeys.all }) });
}
