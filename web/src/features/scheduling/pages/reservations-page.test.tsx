import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/auth';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { toLocalInput } from '../lib/zoned-time';
import ReservationsPage from './reservations-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const WORKERS = [
  { id: 'w1', name: 'east-1', tags: { course: 'ccna' } },
  { id: 'w2', name: 'east-2', tags: { course: 'ccna' } },
  { id: 'w3', name: 'west-1', tags: { course: 'ccnp' } },
];
const DAY = 86_400_000;
const tomorrowAt = (h: number) => {
  const d = new Date(Date.now() + DAY);
  d.setHours(h, 0, 0, 0);
  return d;
};
const EXISTING = {
  id: 'r1',
  purpose: 'CCNA class, group A',
  owner: 'user',
  start: tomorrowAt(9).toISOString(),
  end: tomorrowAt(17).toISOString(),
  workerIds: ['w1'],
  workers: [{ id: 'w1', name: 'east-1' }],
  leadMinutes: { w1: 25 },
  createdAt: new Date().toISOString(),
};
const OTHERS = { ...EXISTING, id: 'r2', purpose: 'Demo', owner: 'bob', workerIds: ['w3'], workers: [{ id: 'w3', name: 'west-1' }], leadMinutes: { w3: 20 } };

function open(extra: Record<string, unknown> = {}, role: Role = 'user') {
  const user = userEvent.setup();
  api = mockApi({
    'GET /workers': { data: { items: WORKERS } },
    'GET /reservations': { data: { items: [EXISTING, OTHERS] } },
    'POST /reservations': (c) => {
      const b = c.body as { purpose: string; start: string; end: string; workerIds?: string[]; count?: number };
      const ids = b.workerIds ?? ['w1', 'w2'].slice(0, b.count);
      return { status: 201, data: { id: 'r9', owner: role, ...b, workerIds: ids, workers: ids.map((id) => ({ id, name: WORKERS.find((w) => w.id === id)!.name })), leadMinutes: Object.fromEntries(ids.map((id) => [id, 25])), createdAt: new Date().toISOString(), ...(b.count ? { requested: { count: b.count, selector: (c.body as { selector: object }).selector } } : {}) } };
    },
    'DELETE /reservations/:id': { status: 204 },
    ...extra,
  } as Parameters<typeof mockApi>[0]);
  renderPage(<ReservationsPage />, { path: '/scheduling/reservations', route: '/scheduling/reservations', role });
  return user;
}

const setWindow = (start: Date, end: Date) => {
  fireEvent.change(screen.getByLabelText('Ready at'), { target: { value: toLocalInput(start) } });
  fireEvent.change(screen.getByLabelText('Until'), { target: { value: toLocalInput(end) } });
};

describe('reservations', { timeout: 20_000 }, () => {
  it('lists the reservations from today on, with the lead time in minutes, and lets people cancel only their own', async () => {
    open();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('CCNA class, group A')).toBeInTheDocument();
    expect(within(table).getAllByText('25 min')).toHaveLength(1);
    expect(within(table).getByText('20 min')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel the reservation CCNA class, group A' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the reservation Demo' })).toBeNull();
    expect(api.callsTo('GET /reservations')[0].params.from).toEqual(expect.any(String));
  });

  it('cancels after asking', async () => {
    const user = open({}, 'manager');
    await user.click(await screen.findByRole('button', { name: 'Cancel the reservation Demo' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel the reservation' }));
    await waitFor(() => expect(api.callsTo('DELETE /reservations/r2')).toHaveLength(1));
  });

  it('says what to fix before sending', async () => {
    const user = open();
    await screen.findByRole('option', { name: 'east-1' });
    setWindow(tomorrowAt(12), tomorrowAt(10));
    await user.click(screen.getByRole('button', { name: 'Reserve' }));
    expect(screen.getByLabelText('Purpose')).toHaveAccessibleDescription('Say what the workers are for, e.g. "CCNA class, group B".');
    expect(screen.getByLabelText('Until')).toHaveAccessibleDescription('The end is before the start; give an end after the start.');
    expect(screen.getByLabelText('Workers to reserve')).toHaveAccessibleDescription('Choose at least one worker.');
    await user.click(screen.getByLabelText(/A number of workers matching tags/));
    await user.clear(screen.getByLabelText('How many'));
    await user.type(screen.getByLabelText('How many'), '0');
    expect(screen.getByLabelText('How many')).toHaveAccessibleDescription('Give a whole number of workers from 1 to 100.');
    expect(screen.getByText('Give at least one tag the workers must have.')).toBeInTheDocument();
    expect(api.callsTo('POST /reservations')).toHaveLength(0);
  });

  it('reserves named workers for a window given in the viewer’s zone', async () => {
    const user = open();
    await screen.findByRole('option', { name: 'east-1' });
    await user.type(screen.getByLabelText('Purpose'), 'CCNA class, group B');
    const [start, end] = [tomorrowAt(9), tomorrowAt(17)];
    setWindow(start, end);
    expect(screen.getByText('8 h long.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Workers to reserve'), ['w1', 'w3']);
    await user.click(screen.getByRole('button', { name: 'Reserve' }));
    await waitFor(() => expect(api.callsTo('POST /reservations')).toHaveLength(1));
    expect(api.callsTo('POST /reservations')[0].body).toEqual({ purpose: 'CCNA class, group B', start: start.toISOString(), end: end.toISOString(), workerIds: ['w1', 'w3'] });
    expect(await screen.findByTestId('reservation-made')).toHaveTextContent(/Reserved east-1, west-1 for "CCNA class, group B".*started 25 min before the start/);
  });

  it('reserves "N workers matching tags" and says which the product picked', async () => {
    const user = open();
    await screen.findByRole('option', { name: 'east-1' });
    await user.type(screen.getByLabelText('Purpose'), 'CCNA class, group C');
    setWindow(tomorrowAt(9), tomorrowAt(12));
    await user.click(screen.getByLabelText(/A number of workers matching tags/));
    await user.clear(screen.getByLabelText('How many'));
    await user.type(screen.getByLabelText('How many'), '2');
    await user.type(screen.getByLabelText('Tag key 1'), 'course');
    await user.type(screen.getByLabelText('Accepted values of tag 1'), 'ccna');
    expect(screen.getByText('Matches 2 workers now: east-1, east-2.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reserve' }));
    await waitFor(() => expect(api.callsTo('POST /reservations')).toHaveLength(1));
    expect(api.callsTo('POST /reservations')[0].body).toMatchObject({ purpose: 'CCNA class, group C', count: 2, selector: { course: ['ccna'] } });
    expect(api.callsTo('POST /reservations')[0].body).not.toHaveProperty('workerIds');
    expect(await screen.findByTestId('reservation-made')).toHaveTextContent(/Reserved east-1, east-2 .*picked by the product/);
  });

  it('shows the clash the server names when a worker is taken', async () => {
    const clash = problem(409, 'RESERVATION.CONFLICT', 'east-1 is already reserved for "CCNA class, group A" by user from 2026-12-03T09:00:00.000Z to 2026-12-03T17:00:00.000Z (reservation r1); pick another time or other workers.');
    const user = open({ 'POST /reservations': clash });
    await screen.findByRole('option', { name: 'east-1' });
    await user.type(screen.getByLabelText('Purpose'), 'Overlap');
    setWindow(tomorrowAt(10), tomorrowAt(11));
    await user.selectOptions(screen.getByLabelText('Workers to reserve'), ['w1']);
    await user.click(screen.getByRole('button', { name: 'Reserve' }));
    const alert = await screen.findByText(/east-1 is already reserved for "CCNA class, group A"/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('The reservation was not saved:');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Code RESERVATION.CONFLICT');
  });
});
