import { describe, expect, it } from 'vitest';
import type { NotificationListResponse, NotificationResponse } from '../api/notification-types';
import { markAllReadInList, markReadInList, mergeNotification, unreadBadge } from './merge-notification';

const n = (id: string, createdAt: string, readAt?: string): NotificationResponse => ({
  id,
  kind: 'stop-warning',
  severity: 'warning',
  title: `Notification ${id}`,
  body: 'body',
  actions: [],
  createdAt,
  ...(readAt ? { readAt } : {}),
});
const list = (items: NotificationResponse[], unread: number): NotificationListResponse => ({ items, unread });
const ALL = { unreadOnly: false, limit: 3 };
const UNREAD_ONLY = { unreadOnly: true, limit: 3 };
const a = n('a', '2026-12-03T10:00:00Z');
const b = n('b', '2026-12-03T09:00:00Z', '2026-12-03T09:30:00Z');

describe('mergeNotification', () => {
  it.each<[string, NotificationListResponse | undefined, NotificationResponse, typeof ALL, NotificationListResponse | undefined]>([
    ['puts a new unread one at the top and counts it', list([a, b], 1), n('c', '2026-12-03T11:00:00Z'), ALL, list([n('c', '2026-12-03T11:00:00Z'), a, b], 2)],
    ['changes nothing for one it already has (a replayed event)', list([a, b], 1), { ...a, title: 'again' }, ALL, list([a, b], 1)],
    ['adds a read one without counting it', list([a], 1), n('c', '2026-12-03T11:00:00Z', '2026-12-03T11:01:00Z'), ALL, list([n('c', '2026-12-03T11:00:00Z', '2026-12-03T11:01:00Z'), a], 1)],
    ['leaves a read one out of an unread-only list', list([a], 1), n('c', '2026-12-03T11:00:00Z', '2026-12-03T11:01:00Z'), UNREAD_ONLY, list([a], 1)],
    ['keeps the list within its limit, newest first', list([a, b, n('d', '2026-12-03T08:00:00Z')], 1), n('c', '2026-12-03T11:00:00Z'), ALL, list([n('c', '2026-12-03T11:00:00Z'), a, b], 2)],
    ['sorts one that arrived late into its place', list([a, b], 1), n('c', '2026-12-03T09:30:00Z'), ALL, list([a, n('c', '2026-12-03T09:30:00Z'), b], 2)],
    ['leaves a list not loaded yet alone', undefined, a, ALL, undefined],
  ])('%s', (_name, before, incoming, filters, after) => {
    expect(mergeNotification(before, incoming, filters)).toEqual(after);
  });
});

describe('marking read', () => {
  it('marks one read and counts it down once', () => {
    const once = markReadInList(list([a, b], 1), 'a', '2026-12-03T12:00:00Z');
    expect(once).toEqual(list([{ ...a, readAt: '2026-12-03T12:00:00Z' }, b], 0));
    expect(markReadInList(once, 'a', '2026-12-03T12:01:00Z')).toBe(once);
    expect(markReadInList(once, 'unknown', '2026-12-03T12:01:00Z')).toBe(once);
  });

  it('marks all read, keeping when each was read', () => {
    expect(markAllReadInList(list([a, b], 5), '2026-12-03T12:00:00Z')).toEqual(list([{ ...a, readAt: '2026-12-03T12:00:00Z' }, b], 0));
  });
});

describe('unreadBadge', () => {
  it.each<[number, string | undefined]>([
    [0, undefined],
    [-1, undefined],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [2500, '99+'],
  ])('shows %i as %s', (count, text) => {
    expect(unreadBadge(count)).toBe(text);
  });
});
