// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { ChannelView } from '../../application/channel-admin.service.js';
import type { NotificationView } from '../../application/ports/notification-repository.port.js';
import {
  toChannelTestResponse,
  toNotificationChannelListResponse,
  toNotificationChannelResponse,
  toNotificationListResponse,
  toNotificationPreferencesResponse,
} from './notifications.presenter.js';

const T = '2026-12-03T13:55:00.000Z';
const W = '0193b2c4-1111-7000-8000-000000000001';

const notification: Full<NotificationView> = {
  id: '0193b2c4-9a00-7000-8000-0000000000c1',
  recipient: 'alice',
  kind: 'stop-warning',
  severity: 'warning',
  title: 'lab-east-1 will be stopped at 14:05 UTC',
  body: 'lab-east-1 has been idle for 50 min (timeout 1 h).',
  workerId: W,
  workerName: 'lab-east-1',
  actions: [{ label: 'Open lab-east-1', url: `https://ccm.example.com/workers/${W}` }],
  createdAt: T,
  readAt: T,
};

const channel: Full<ChannelView> = {
  id: '0193b2c4-9b00-7000-8000-0000000000d1',
  name: 'Ops webhook',
  kind: 'webhook',
  target: 'https://hooks.example.com/ccm',
  enabled: true,
  kinds: ['stop-warning'],
  tagSelector: { team: 'ccna' },
  secretSet: true,
  lastDelivery: { title: 'x', status: 'failed', attempts: 8, lastAttemptAt: T, lastError: 'the webhook answered HTTP 500', sentAt: T },
  createdAt: T,
  updatedAt: T,
};

/** The notifications module's presenters, each given a sample with every field set. */
export const NOTIFICATIONS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'NotificationListResponse', body: toNotificationListResponse({ items: [notification], unread: 1 }) },
  { schema: 'NotificationPreferencesResponse', body: toNotificationPreferencesResponse({ username: 'alice', email: 'alice@example.com', kinds: ['stop-warning'], scope: 'all' }) },
  { schema: 'NotificationChannelResponse', body: toNotificationChannelResponse(channel) },
  { schema: 'NotificationChannelListResponse', body: toNotificationChannelListResponse([channel]) },
  { schema: 'ChannelTestResponse', body: toChannelTestResponse('0193b2c4-9c00-8000-8000-0000000000e1') },
];
