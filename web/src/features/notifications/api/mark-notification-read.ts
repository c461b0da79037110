import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys } from '../../../lib/query-keys';
import { markReadInList } from '../lib/merge-notification';
import type { NotificationListResponse } from './notification-types';

export async function markNotificationRead(id: string): Promise<void> {
  await api.post(`/notifications/${encodeURIComponent(id)}/read`);
}

/** Marks one read at once in every cached list (the badge drops before the server answers), then re-reads. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id) => {
      const at = new Date().toISOString();
      client.setQueriesData<NotificationListResponse>({ queryKey: notificationKeys.lists() }, (list) => markReadInList(list, id, at));
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.lists() }),
  });
}
