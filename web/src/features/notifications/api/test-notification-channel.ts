import { api } from '../../../lib/api-client';
import type { ChannelTestQueued } from './channel-types';

/** Queues a test message to a channel (POST /api/notification-channels/{id}/test; admins); the delivery job sends it. */
export async function testNotificationChannel(id: string): Promise<ChannelTestQueued> {
  return (await api.post<ChannelTestQueued>(`/notification-channels/${encodeURIComponent(id)}/test`, {})).data;
}
