import { present, type Presented } from '../../../../platform/http/presenter.js';
import type { ChannelView } from '../../application/channel-admin.service.js';
import type { NotificationView } from '../../application/ports/notification-repository.port.js';
import type { NotificationPreferences } from '../../domain/recipients.rule.js';
import type {
  ChannelDeliveryResponse,
  ChannelTestResponse,
  NotificationChannelListResponse,
  NotificationChannelResponse,
  NotificationListResponse,
  NotificationPreferencesResponse,
  NotificationResponse,
} from './notifications-response.dto.js';

function notification(n: NotificationView): NotificationResponse {
  return {
    id: n.id,
    kind: n.kind,
    severity: n.severity,
    title: n.title,
    body: n.body,
    ...(n.workerId ? { workerId: n.workerId } : {}),
    ...(n.workerName ? { workerName: n.workerName } : {}),
    actions: n.actions.map((a) => ({ label: a.label, url: a.url })),
    createdAt: n.createdAt,
    ...(n.readAt ? { readAt: n.readAt } : {}),
  };
}

export function toNotificationListResponse(list: { items: NotificationView[]; unread: number }): Presented<NotificationListResponse> {
  return present<NotificationListResponse>({ items: list.items.map(notification), unread: list.unread });
}

export function toNotificationPreferencesResponse(p: NotificationPreferences): Presented<NotificationPreferencesResponse> {
  return present<NotificationPreferencesResponse>({ ...(p.email ? { email: p.email } : {}), kinds: [...p.kinds], scope: p.scope });
}

function channel(c: ChannelView): NotificationChannelResponse {
  const d = c.lastDelivery;
  const lastDelivery: ChannelDeliveryResponse | undefined = d ? {
    title: d.title,
    status: d.status,
    attempts: d.attempts,
    ...(d.lastAttemptAt ? { lastAttemptAt: d.lastAttemptAt } : {}),
    ...(d.lastError ? { lastError: d.lastError } : {}),
    ...(d.sentAt ? { sentAt: d.sentAt } : {}),
  } : undefined;
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    target: c.target,
    enabled: c.enabled,
    kinds: [...c.kinds],
    tagSelector: { ...c.tagSelector },
    secretSet: c.secretSet,
    ...(lastDelivery ? { lastDelivery } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toNotificationChannelResponse(c: ChannelView): Presented<NotificationChannelResponse> {
  return present<NotificationChannelResponse>(channel(c));
}

export function toNotificationChannelListResponse(items: ChannelView[]): Presented<NotificationChannelListResponse> {
  return present<NotificationChannelListResponse>({ items: items.map(channel) });
}

export function toChannelTestResponse(deliveryId: string): Presented<ChannelTestResponse> {
  return present<ChannelTestResponse>({ deliveryId });
}
