import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../../lib/auth';
import { authKeys, type NotificationListFilters, notificationKeys } from '../../../lib/query-keys';
import { NOTIFICATION_KINDS, type NotificationCreated, type NotificationListResponse, type NotificationResponse } from '../api/notification-types';
import { mergeNotification } from './merge-notification';

/** The live event types of notifications (EventSource needs a listener per event name). */
export const NOTIFICATION_EVENT_TYPES = ['notification.created'] as const;

/** What the stream delivers: an envelope whose `data` is the event's payload. */
export interface StreamEnvelope {
  type: string;
  data?: unknown;
}

function isNotification(data: unknown): data is NotificationCreated {
  if (!data || typeof data !== 'object') return false;
  const n = data as Partial<NotificationResponse>;
  return typeof n.id === 'string' && typeof n.title === 'string' && typeof n.createdAt === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(n.kind ?? '');
}

/** Whether a notification was sent to the signed-in person (a stream may carry others' too). */
function forMe(n: NotificationCreated, me: Me | undefined): boolean {
  if (!n.recipient || !me) return true;
  return n.recipient === me.username || (me.email !== undefined && n.recipient === me.email);
}

/**
 * Puts a `notification.created` event into every cached notification list at once, so the bell's
 * count goes up and the centre shows it without a refetch. True when the event was a notification
 * event (handled, even if it was not for this person).
 */
export function applyNotificationEvent(client: QueryClient, event: StreamEnvelope): boolean {
  if (!(NOTIFICATION_EVENT_TYPES as readonly string[]).includes(event.type)) return false;
  if (!isNotification(event.data)) return true;
  const created = event.data;
  if (!forMe(created, client.getQueryData<Me>(authKeys.me()))) return true;
  const { recipient: _recipient, ...notification } = created;
  for (const [queryKey] of client.getQueriesData<NotificationListResponse>({ queryKey: notificationKeys.lists() })) {
    const filters = queryKey[2] as NotificationListFilters | undefined;
    if (!filters) continue;
    client.setQueryData<NotificationListResponse>(queryKey, (list) => mergeNotification(list, notification, filters));
  }
  return true;
}
