import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notificationKeys } from '../lib/query-keys';
import { LiveUpdatesProvider } from './live-updates';

/** Just enough of EventSource for the provider's stream: listeners by event name. */
class FakeEventSource {
  static last?: FakeEventSource;
  readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {}
  emit(type: string, data: unknown, lastEventId: string) {
    for (const fn of this.listeners.get(type) ?? []) fn(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
}

const FILTERS = { unreadOnly: false, limit: 50 };
const notification = { id: 'n1', kind: 'stop-warning', severity: 'warning', title: 'lab-1 stops in 10 min', body: 'Idle', actions: [], createdAt: '2026-12-03T10:00:00Z' };

describe('the live stream and the notification centre', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => vi.unstubAllGlobals());

  it('listens for notification.created and puts each notification in the centre once', async () => {
    const client = new QueryClient();
    client.setQueryData(notificationKeys.list(FILTERS), { items: [], unread: 0 });
    render(
      <QueryClientProvider client={client}>
        <LiveUpdatesProvider onAuthExpired={() => undefined}>
          <p>console</p>
        </LiveUpdatesProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(FakeEventSource.last?.listeners.has('notification.created')).toBe(true));
    const envelope = { id: 'e1', type: 'notification.created', at: notification.createdAt, data: { ...notification, recipient: 'alice' } };
    FakeEventSource.last!.emit('notification.created', envelope, 'e1');
    // The same notification in another envelope (delivered again after a reconnection).
    FakeEventSource.last!.emit('notification.created', { ...envelope, id: 'e2' }, 'e2');
    expect(client.getQueryData(notificationKeys.list(FILTERS))).toEqual({ items: [notification], unread: 1 });
  });
});
