import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { notificationKeys } from '../../../lib/query-keys';
import type { NotificationPreferences } from './notification-types';

export async function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return (await api.get<NotificationPreferences>('/notifications/preferences', { signal })).data;
}

export const useNotificationPreferences = () => useQuery({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => getNotificationPreferences(signal) });

export async function saveNotificationPreferences(body: NotificationPreferences): Promise<NotificationPreferences> {
  return (await api.put<NotificationPreferences>('/notifications/preferences', body)).data;
}

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationPreferences,
    // The server's answer is what is stored (it may normalise the address).
    onSuccess: (saved) => client.setQueryData(notificationKeys.preferences(), saved ?? undefined),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
