import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { authKeys, notificationKeys } from '../../../lib/query-keys';
import type { NotificationListResponse, NotificationResponse } from '../api/notification-types';
import { applyNotificationEvent } from './notification-events';

const existing: NotificationResponse = { id: 'n1', kind: 'start-failed', severity: 'critical', title: 'Start failed', body: 'EC2 refused', workerId: 'w1', workerName: 'lab-1', actions: [], createdAt: '2026-12-03T09:00:00Z' };
const incoming: NotificationResponse = {
  id: 'n2',
  kind: 'stop-warning',
  severity: 'warning',
  title: 'lab-2 stops in 10 min',
  body: 'Idle for 50 min',
  workerId: 'w2',
  workerName: 'lab-2',
  actions: [{ label: 'Keep running for 1 h', url: 'https://ccm.example.com/api/action-links/t1' }],
  createdAt: '2026-12-03T10:00:00Z',
};
const ALL = { unreadOnly: false, limit: 50 };
const UNREAD = { unreadOnly: true, limit: 10 };

function client(): QueryClient {
  const c = new QueryClient();
  c.setQueryData(authKeys.me(), { username: 'alice', email: 'alice@example.com', roles: ['user'] });
  c.setQueryData<NotificationListResponse>(notificationKeys.list(ALL), { items: [existing], unread: 1 });
  c.setQueryData<NotificationListResponse>(notificationKeys.list(UNREAD), { items: [existing], unread: 1 });
  return c;
}

const event = (data: unknown, type = 'notification.created') => ({ type, data });

describe('notification.created on the live stream', () => {
  it('shows a new notification at once in every list and counts it unread', () => {
    const c = client();
    expect(applyNotificationEvent(c, event({ ...incoming, recipient: 'alice' }))).toBe(true);
    for (const filters of [ALL, UNREAD]) {
      const list = c.getQueryData<NotificationListResponse>(notificationKeys.list(filters))!;
      expect(list.items.map((i) => i.id)).toEqual(['n2', 'n1']);
      expect(list.unread).toBe(2);
      // The recipient is the stream's business, not the list's.
      expect(list.items[0]).toEqual(incoming);
    }
  });

  it('adds an event delivered twice once (a replay after a reconnection)', () => {
    const c = client();
    applyNotificationEvent(c, event({ ...incoming, recipient: 'alice' }));
    applyNotificationEvent(c, event({ ...incoming, recipient: 'alice' }));
    const list = c.getQueryData<NotificationListResponse>(notificationKeys.list(ALL))!;
    expect(list.items.map((i) => i.id)).toEqual(['n2', 'n1']);
    expect(list.unread).toBe(2);
  });

  it.each<[string, unknown]>([
    ['for someone else', { ...incoming, recipient: 'bob' }],
    ['without an id', { ...incoming, id: undefined }],
    ['of a kind the console does not know', { ...incoming, kind: 'something-new' }],
    ['without a payload', undefined],
  ])('ignores a notification %s', (_name, data) => {
    const c = client();
    expect(applyNotificationEvent(c, event(data))).toBe(true);
    expect(c.getQueryData<NotificationListResponse>(notificationKeys.list(ALL))).toEqual({ items: [existing], unread: 1 });
  });

  it('takes one sent to the e-mail address of the signed-in person, or to nobody in particular', () => {
    const c = client();
    applyNotificationEvent(c, event({ ...incoming, recipient: 'alice@example.com' }));
    applyNotificationEvent(c, event({ ...incoming, id: 'n3' }));
    expect(c.getQueryData<NotificationListResponse>(notificationKeys.list(ALL))!.unread).toBe(3);
  });

  it('leaves other events to the worker and lab handling', () => {
    expect(applyNotificationEvent(client(), event({ from: 'running', to: 'stopped' }, 'worker.status-changed'))).toBe(false);
  });
});
