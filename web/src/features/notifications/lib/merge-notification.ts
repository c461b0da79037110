import type { NotificationListFilters } from '../../../lib/query-keys';
import type { NotificationListResponse, NotificationResponse } from '../api/notification-types';

/**
 * Adds a notification that arrived on the live stream to a cached list: at the top, once (an event
 * replayed after a reconnection, or one the list already fetched, changes nothing), within the
 * list's limit, and counted as unread when it is.
 */
export function mergeNotification(list: NotificationListResponse | undefined, n: NotificationResponse, filters: NotificationListFilters): NotificationListResponse | undefined {
  if (!list) return list;
  if (list.items.some((i) => i.id === n.id)) return list;
  const unread = list.unread + (n.readAt ? 0 : 1);
  if (filters.unreadOnly && n.readAt) return list;
  const items = [n, ...list.items].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, filters.limit);
  return { items, unread };
}

export function markReadInList(list: NotificationListResponse | undefined, id: string, at: string): NotificationListResponse | undefined {
  if (!list) return list;
  const target = list.items.find((i) => i.id === id);
  if (!target || target.readAt) return list;
  return { items: list.items.map((i) => (i.id === id ? { ...i, readAt: at } : i)), unread: Math.max(0, list.unread - 1) };
}

export function markAllReadInList(list: NotificationListResponse | undefined, at: string): NotificationListResponse | undefined {
  if (!list) return list;
  return { items: list.items.map((i) => (i.readAt ? i : { ...i, readAt: at })), unread: 0 };
}

/** The badge's text: nothing for none, the count up to 99, then "99+". */
export function unreadBadge(unread: number): string | undefined {
  if (unread <= 0) return undefined;
  return unread > 99 ? '99+' : String(unread);
}
