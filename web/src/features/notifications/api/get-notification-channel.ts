import { api } from '../../../lib/api-client';
import type { NotificationChannel } from './channel-types';

/** One channel as it is now (GET /api/notification-channels/{id}): the test-send outcome reads its `lastDelivery`. */
export async function getNotificationChannel(id: string, signal?: AbortSignal): Promise<NotificationChannel> {
  return (await api.get<NotificationChannel>(`/notification-channels/${encodeURIComponent(id)}`, { signal })).data;
}
