import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { NotificationResponse } from '../api/notification-types';
import { NotificationBell } from './notification-bell';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());
// react-bootstrap's Offcanvas asks for media queries; jsdom has none.
beforeAll(() => {
  window.matchMedia ??= (query: string) => ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false });
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const WARNING: NotificationResponse = {
  id: 'n1',
  kind: 'stop-warning',
  severity: 'warning',
  title: 'lab-east-1 stops in 10 min',
  body: 'Idle for 50 min; idle detection stops it at 14:10.',
  workerId: 'w1',
  workerName: 'lab-east-1',
  actions: [
    { label: 'Keep running for 1 h', url: 'https://ccm.example.com/api/action-links/t1' },
    { label: 'Stop now', url: 'https://ccm.example.com/api/action-links/t3' },
  ],
  createdAt: minutesAgo(5),
};
const FAILED: NotificationResponse = { id: 'n2', kind: 'start-failed', severity: 'critical', title: 'lab-west-2 did not start', body: 'EC2 had no capacity.', actions: [], createdAt: minutesAgo(90), readAt: minutesAgo(60) };

/** A server that remembers what was read. */
function open(unread: number, items: NotificationResponse[] = [WARNING, FAILED]) {
  let state = { items: items.map((i) => ({ ...i })), unread };
  const readAt = new Date().toISOString();
  api = mockApi({
    'GET /notifications': () => ({ data: state }),
    'POST /notifications/:id/read': (c) => {
      const id = c.url.split('/')[2];
      const target = state.items.find((i) => i.id === id && !i.readAt);
      if (target) state = { items: state.items.map((i) => (i === target ? { ...i, readAt } : i)), unread: state.unread - 1 };
      return { status: 204 };
    },
    'POST /notifications/read-all': () => {
      state = { items: state.items.map((i) => ({ ...i, readAt: i.readAt ?? readAt })), unread: 0 };
      return { status: 204 };
    },
  });
  return renderPage(<NotificationBell />);
}

describe('the notification bell', () => {
  it.each<[number, string | null, string]>([
    [0, null, 'Notifications'],
    [3, '3', 'Notifications, 3 unread'],
    [150, '99+', 'Notifications, 150 unread'],
  ])('with %i unread shows the badge %s', async (unread, badge, label) => {
    open(unread);
    await waitFor(() => expect(api.callsTo('GET /notifications')).toHaveLength(1));
    expect(api.callsTo('GET /notifications')[0]!.params).toEqual({ unreadOnly: false, limit: 50 });
    const bell = await screen.findByRole('button', { name: label });
    if (badge === null) expect(screen.queryByTestId('unread-badge')).toBeNull();
    else expect(within(bell).getByTestId('unread-badge')).toHaveTextContent(badge);
  });

  it('opens the centre: title, body, worker link, relative time with the exact one in a tooltip, action links in a new tab', async () => {
    const user = userEvent.setup();
    open(1);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const centre = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = within(centre).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(within(first).getByRole('heading', { name: 'Warning, unread: lab-east-1 stops in 10 min' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Idle for 50 min; idle detection stops it at 14:10.');
    expect(within(first).getByRole('link', { name: 'lab-east-1' })).toHaveAttribute('href', '/workers/w1');
    const time = first.querySelector('time')!;
    expect(time).toHaveTextContent('5 minutes ago');
    expect(time.getAttribute('title')).toBeTruthy();
    const keep = within(first).getByRole('link', { name: 'Keep running for 1 h (opens in a new tab)' });
    expect(keep).toHaveAttribute('href', 'https://ccm.example.com/api/action-links/t1');
    expect(keep).toHaveAttribute('target', '_blank');
    expect(keep).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(items[1]!).getByRole('heading', { name: 'Critical: lab-west-2 did not start' })).toBeInTheDocument();
    expect(within(centre).getByRole('link', { name: 'Notify me about…' })).toHaveAttribute('href', '/notifications/preferences');
  });

  it('marks one read when it is clicked, and the badge goes at once', async () => {
    const user = userEvent.setup();
    open(1);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    const centre = await screen.findByRole('dialog', { name: 'Notifications' });
    await user.click(within(centre).getByText('Idle for 50 min; idle detection stops it at 14:10.'));
    await waitFor(() => expect(api.callsTo('POST /notifications/:id/read').map((c) => c.url)).toEqual(['/notifications/n1/read']));
    expect(screen.queryByTestId('unread-badge')).toBeNull();
    // A read one is not marked again.
    await user.click(within(centre).getByText('EC2 had no capacity.'));
    expect(api.callsTo('POST /notifications/:id/read')).toHaveLength(1);
  });

  it('marks all read from the centre', async () => {
    const user = userEvent.setup();
    open(4);
    await user.click(await screen.findByRole('button', { name: 'Notifications, 4 unread' }));
    const centre = await screen.findByRole('dialog', { name: 'Notifications' });
    await user.click(within(centre).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(api.callsTo('POST /notifications/read-all')).toHaveLength(1));
    expect(screen.queryByTestId('unread-badge')).toBeNull();
    expect(within(centre).getByText('All read')).toBeInTheDocument();
  });

  it('says so when there are none, and cannot mark all read', async () => {
    const user = userEvent.setup();
    open(0, []);
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const centre = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(await within(centre).findByText('No notifications yet.')).toBeInTheDocument();
    expect(within(centre).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('opens from the keyboard and closes with Escape', async () => {
    const user = userEvent.setup();
    open(1);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    bell.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Notifications' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull());
  });
});
