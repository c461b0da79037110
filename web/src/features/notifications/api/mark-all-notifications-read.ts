import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys } from '../../../lib/query-keys';
import { markAllReadInList } from '../lib/merge-notification';
import type { NotificationListResponse } from './notification-types';

export async function markAllNotificationsRead(): Promise<void> {
  await api.post('/notifications/read-all');
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: () => {
      const at = new Date().toISOString();
      client.setQueriesData<NotificationListResponse>({ queryKey: notificationKeys.lists() }, (list) => markAllReadInList(list, at));
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.lists() }),
  });
}
