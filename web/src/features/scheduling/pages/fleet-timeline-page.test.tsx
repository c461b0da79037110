import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import FleetTimelinePage, { defaultFirstDay, rangeOf } from './fleet-timeline-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();

function plan(c: RecordedCall) {
  const { from, to } = c.params as { from: string; to: string };
  return {
    data: {
      from,
      to,
      now: new Date().toISOString(),
      rows: [{ workerId: 'w1', name: 'east-classroom', actual: [], planned: [{ start: from, end: to, state: 'running', rule: 'schedule', label: 'Schedule "CCNA classroom"' }], reservations: [], overrides: [] }],
    },
  };
}

async function open(path: string) {
  const user = userEvent.setup();
  api = mockApi({ 'GET /scheduling/plan': plan });
  renderPage(<FleetTimelinePage />, { path, route: '/scheduling', role: 'user' });
  await screen.findByRole('table', { name: 'Fleet timeline' });
  return user;
}

const lastRange = () => {
  const calls = api.callsTo('GET /scheduling/plan');
  return calls[calls.length - 1].params;
};

describe('the fleet timeline page', () => {
  it('asks for about a week around now by default, in whole days of the viewer', async () => {
    await open('/scheduling');
    const first = defaultFirstDay('week');
    expect(lastRange()).toEqual(rangeOf(first, 'week'));
    const { from, to } = lastRange() as { from: string; to: string };
    expect(Date.parse(from)).toBeLessThan(Date.now());
    expect(Date.parse(to)).toBeGreaterThan(Date.now());
    // 7 calendar days (167 to 169 h across a daylight-saving change).
    expect(Math.abs(Date.parse(to) - Date.parse(from) - 7 * 86_400_000)).toBeLessThanOrEqual(3_600_000);
    expect(screen.getByTestId('timeline-now')).toBeInTheDocument();
  });

  it('scrolls back and forward and zooms to a day or two weeks (keeping the first day away from now), asking the server for each range', async () => {
    const user = await open('/scheduling?zoom=week&from=2026-01-12');
    expect(lastRange()).toEqual({ from: local(2026, 1, 12), to: local(2026, 1, 19) });

    await user.click(screen.getByRole('button', { name: /Later 7 days/ }));
    await waitFor(() => expect(lastRange()).toEqual({ from: local(2026, 1, 19), to: local(2026, 1, 26) }));

    await user.click(screen.getByRole('button', { name: /Earlier 7 days/ }));
    await user.click(screen.getByRole('button', { name: /Earlier 7 days/ }));
    await waitFor(() => expect(lastRange()).toEqual({ from: local(2026, 1, 5), to: local(2026, 1, 12) }));

    await user.click(screen.getByRole('button', { name: 'Day' }));
    await waitFor(() => expect(lastRange()).toEqual({ from: local(2026, 1, 5), to: local(2026, 1, 6) }));
    expect(screen.getByRole('button', { name: 'Day' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: /Later 1 day/ }));
    await waitFor(() => expect(lastRange()).toEqual({ from: local(2026, 1, 6), to: local(2026, 1, 7) }));

    await user.click(screen.getByRole('button', { name: '2 weeks' }));
    await waitFor(() => expect(lastRange()).toEqual({ from: local(2026, 1, 6), to: local(2026, 1, 20) }));
    expect(api.unrouted).toEqual([]);
  });

  it('comes back to now', async () => {
    const user = await open('/scheduling?zoom=week&from=2020-01-06');
    await user.click(screen.getByRole('button', { name: 'Now' }));
    await waitFor(() => expect(lastRange()).toEqual(rangeOf(defaultFirstDay('week'), 'week')));
  });

  it('zooming while now is on screen keeps now on screen', async () => {
    const user = await open('/scheduling');
    await user.click(screen.getByRole('button', { name: 'Day' }));
    await waitFor(() => expect(lastRange()).toEqual(rangeOf(defaultFirstDay('day'), 'day')));
    const { from, to } = lastRange() as { from: string; to: string };
    expect(Date.parse(from)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(to)).toBeGreaterThan(Date.now());
  });
});
