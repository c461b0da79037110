import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import ActivityPage from './activity-page';

const W = '0193b2c4-1111-7000-8000-000000000001';
const id = (n: number) => `0193b2c4-5d6e-7000-8000-${String(n).padStart(12, '0')}`;
const renamed = (n: number) => ({
  id: id(n),
  type: 'worker.renamed',
  workerId: W,
  at: new Date(Date.now() - n * 60_000).toISOString(),
  data: { from: 'old', to: `lab-${n}` },
  actor: { kind: 'user', id: 'sub-ada', name: 'ada' },
});

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function open(path = '/activity', routes: Parameters<typeof mockApi>[0] = {}) {
  api = mockApi({
    'GET /workers': { data: { items: [aWorker({ id: W, name: 'lab-one' })], total: 1, page: 1, pageSize: 500, lastPage: 1, summary: { total: 1, byStatus: {}, billable: 0 } } },
    'GET /events': ({ params }) => (params.after ? { data: { items: [], nextAfter: params.after, nextBefore: null } } : params.before ? { data: { items: [renamed(3)], nextAfter: id(3), nextBefore: null } } : { data: { items: [renamed(1), renamed(2)], nextAfter: id(1), nextBefore: id(2) } }),
    ...routes,
  });
  return renderPage(<ActivityPage />, { path, route: '/activity', role: 'user' });
}

describe('the activity page', { timeout: 20_000 }, () => {
  it('shows each entry in words, with its actor, its times and a link to its worker', async () => {
    open();
    const entries = await screen.findAllByTestId('activity-event');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]).getByText(/lab-1/)).toBeInTheDocument();
    expect(within(entries[0]).getByText('ada')).toBeInTheDocument();
    expect(within(entries[0]).getByText(/minutes? ago/)).toBeInTheDocument();
    await waitFor(() => expect(within(entries[0]).getByRole('link', { name: 'lab-one' })).toHaveAttribute('href', `/workers/${W}`));
    expect(document.title).toMatch(/^Activity/);
    // The first read: newest first, the last 7 days by default.
    expect(api.callsTo('GET /events')[0].params).toMatchObject({ order: 'newest-first', limit: 50 });
    expect(api.callsTo('GET /events')[0].params.from).toMatch(/Z$/);
  });

  it('loads older entries with the cursor the server gave', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('activity-event')).toHaveLength(3));
    expect(api.callsTo('GET /events').find((c) => c.params.before)!.params).toMatchObject({ before: id(2) });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('That is everything this filter matches.')).toBeInTheDocument();
  });

  it('reads the filter from the URL, asks the server for it and links the CSV of the same filter', async () => {
    open(`/activity?worker=${W}&type=worker.*&actor=ada&from=2026-12-01T08:00:00.000Z&to=2026-12-02T08:00:00.000Z`);
    await screen.findAllByTestId('activity-event');
    const query = { workerIds: W, types: 'worker.*', actor: 'ada', from: '2026-12-01T08:00:00.000Z', to: '2026-12-02T08:00:00.000Z' };
    expect(api.callsTo('GET /events')[0].params).toMatchObject(query);
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/api/events.csv?${new URLSearchParams(query)}`);
    expect(screen.getByLabelText('When')).toHaveValue('custom');
    expect(screen.getByLabelText('Who (actor)')).toHaveValue('ada');
    await waitFor(() => expect(screen.getByLabelText('Worker')).toHaveValue(W));
    expect(screen.getByLabelText('What happened')).toHaveValue('worker.*');
  });

  it('puts a chosen filter in the URL and asks the server again', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await screen.findAllByTestId('activity-event');
    await user.selectOptions(screen.getByLabelText('What happened'), 'lab.state-changed');
    await waitFor(() => expect(router.state.location.search).toContain('type=lab.state-changed'));
    await user.selectOptions(screen.getByLabelText('When'), '24h');
    await waitFor(() => expect(router.state.location.search).toContain('range=24h'));
    await user.type(screen.getByLabelText('Who (actor)'), 'idle-detection{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('actor=idle-detection'));
    await waitFor(() => expect(api.callsTo('GET /events').at(-1)!.params).toMatchObject({ types: 'lab.state-changed', actor: 'idle-detection' }));
  });

  it('refuses a range that ends before it starts, saying why, without asking the server', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await screen.findAllByTestId('activity-event');
    await user.selectOptions(screen.getByLabelText('When'), 'custom');
    await user.type(screen.getByLabelText('From (your time)'), '2026-12-02T10:00');
    await user.type(screen.getByLabelText('To (your time)'), '2026-12-01T10:00');
    expect(await screen.findByText('"To" must not be before "From".')).toBeInTheDocument();
    expect(screen.getByLabelText('To (your time)')).toHaveAttribute('aria-invalid', 'true');
    const calls = api.callsTo('GET /events').length;
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('Correct the marked fields first.')).toBeInTheDocument();
    expect(router.state.location.search).not.toContain('from=');
    expect(api.callsTo('GET /events')).toHaveLength(calls);
  });

  it('applies an absolute range in the reader’s zone as UTC', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await screen.findAllByTestId('activity-event');
    await user.selectOptions(screen.getByLabelText('When'), 'custom');
    await user.type(screen.getByLabelText('From (your time)'), '2026-12-01T10:00');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(router.state.location.search).toContain(`from=${encodeURIComponent(new Date('2026-12-01T10:00').toISOString())}`));
  });

  it('says when nothing matches', async () => {
    open('/activity', { 'GET /events': { data: { items: [], nextAfter: null, nextBefore: null } } });
    expect(await screen.findByText('Nothing happened that matches this filter.')).toBeInTheDocument();
  });

  it('announces newer entries instead of moving the list', async () => {
    open('/activity', {
      'GET /events': ({ params }) => (params.after ? { data: { items: [renamed(0)], nextAfter: id(0), nextBefore: null } } : { data: { items: [renamed(1)], nextAfter: id(1), nextBefore: null } }),
    });
    expect(await screen.findByText('1 new event matches this filter.')).toBeInTheDocument();
    expect(screen.getAllByTestId('activity-event')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show them' })).toBeInTheDocument();
  });
});
