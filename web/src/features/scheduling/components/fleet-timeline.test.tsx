import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render';
import { FleetTimeline, type TimelineRow } from './fleet-timeline';

const rows: TimelineRow[] = [
  {
    workerId: 'w1',
    name: 'east-classroom',
    actual: [{ start: '2026-12-07T07:00:00Z', end: '2026-12-07T17:00:00Z' }, { start: '2026-12-08T07:00:00Z' }],
    planned: [{ start: '2026-12-09T07:00:00Z', end: '2026-12-09T17:00:00Z', state: 'running', rule: 'schedule', label: 'Schedule "CCNA classroom"' }],
    reservations: [{ id: 'r1', purpose: 'CCNA class', owner: 'alice', start: '2026-12-10T08:00:00Z', end: '2026-12-10T12:00:00Z' }],
    overrides: [],
  },
  { workerId: 'w2', name: 'west-ccnp', actual: [], planned: [], reservations: [], overrides: [{ id: 'o1', kind: 'keep-running', until: '2026-12-08T21:00:00Z', by: 'bob' }] },
];

describe('the fleet timeline', () => {
  it('draws each worker with what it ran, what is planned, its reservations and overrides, and marks now', () => {
    renderPage(<FleetTimeline rows={rows} from="2026-12-07T00:00:00Z" to="2026-12-14T00:00:00Z" now="2026-12-08T12:00:00Z" timeZone="UTC" />);
    const table = screen.getByRole('table', { name: 'Fleet timeline' });
    const classroom = within(table).getByRole('row', { name: /east-classroom/ });
    const kinds = [...classroom.querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-kind'));
    expect(kinds).toEqual(['planned', 'actual', 'actual', 'reservation']);
    expect(within(classroom).getByLabelText(/Reserved by alice for "CCNA class"/)).toBeInTheDocument();
    // The run still going ends at now: 7 Dec 00:00 + 36 h of 168 h.
    const open = classroom.querySelectorAll('[data-kind="actual"]')[1] as HTMLElement;
    expect(parseFloat(open.style.left)).toBeCloseTo((31 / 168) * 100, 3);
    expect(parseFloat(open.style.width)).toBeCloseTo((5 / 168) * 100, 3);
    expect(within(table).getByRole('row', { name: /west-ccnp/ }).querySelector('[data-kind="override"]')).toHaveAttribute('title', expect.stringContaining('bob: keep running until'));
    expect(screen.getByTestId('timeline-now')).toBeInTheDocument();
    expect(within(table).getAllByText(/Dec/).length).toBe(7);
  });

  it('leaves out what falls outside the range shown', () => {
    renderPage(<FleetTimeline rows={rows} from="2026-12-11T00:00:00Z" to="2026-12-12T00:00:00Z" now="2026-12-08T12:00:00Z" timeZone="UTC" />);
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
    expect(screen.queryByTestId('timeline-now')).toBeNull();
  });
});
