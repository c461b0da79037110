import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { type NotificationListFilters, notificationKeys } from '../../../lib/query-keys';
import type { NotificationListResponse } from './notification-types';

/** The newest notifications of the signed-in person, and how many are unread. */
export async function getNotifications(filters: NotificationListFilters, signal?: AbortSignal): Promise<NotificationListResponse> {
  const { data } = await api.get<NotificationListResponse>('/notifications', { params: { unreadOnly: filters.unreadOnly, limit: filters.limit }, signal });
  return data;
}

/** Live events add to it as they come (app/live-updates.tsx); a slow poll catches up after a gap. */
export const notificationsQuery = (filters: NotificationListFilters) =>
  queryOptions({ queryKey: notificationKeys.list(filters), queryFn: ({ signal }) => getNotifications(filters, signal), refetchInterval: 5 * 60_000 });

export const useNotifications = (filters: NotificationListFilters) => useQuery(notificationsQuery(filters));
