import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, type RecordedCall } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { LabsPage } from './labs-page';

const lab = (labId: string, title: string) => ({
  id: `rec-${labId}`,
  workerId: 'w-1',
  workerName: 'lab-east-1',
  labId,
  title,
  description: '',
  notes: '',
  state: 'STARTED',
  ownerUsername: 'admin',
  nodeCount: 4,
  linkCount: 3,
  presence: 'present',
  firstSeenAt: '2026-11-25T08:00:00Z',
  lastSyncedAt: '2026-11-25T10:00:00Z',
  updatedAt: '2026-11-25T10:00:00Z',
  version: 1,
});

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

/** Answers with one lab unless a filter is set: then nothing matches. */
function routes() {
  return {
    'GET /labs': (c: RecordedCall) => {
      const filtered = ['q', 'owner', 'state', 'workerId'].some((k) => c.params[k]);
      const items = filtered ? [] : [lab('l1', 'OSPF area 0')];
      return { data: { items, total: items.length, page: 1, pageSize: 50, lastPage: 1 } };
    },
    'GET /workers': { data: { items: [{ id: 'w-1', name: 'lab-east-1', status: 'running' }] } },
  };
}

const lastParams = () => api.callsTo('GET /labs').at(-1)!.params;

describe('the labs page', () => {
  it('applies the filters as they change, the text ones after a pause in typing, and keeps them in the URL', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    const { router } = renderPage(<LabsPage />, { path: '/labs', role: 'user' });
    await screen.findByText('OSPF area 0');
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('State'), 'STOPPED');
    await waitFor(() => expect(lastParams()).toMatchObject({ state: 'STOPPED' }));
    await user.type(screen.getByLabelText('Search'), 'bgp');
    await waitFor(() => expect(lastParams()).toMatchObject({ state: 'STOPPED', q: 'bgp' }));
    await user.type(screen.getByLabelText('Owner'), 'alice');
    await waitFor(() => expect(lastParams()).toMatchObject({ owner: 'alice' }));
    expect(new URLSearchParams(router.state.location.search).toString()).toBe('state=STOPPED&q=bgp&owner=alice');
  });

  it('says that no lab matches the filters, and clears them in one click', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    const { router } = renderPage(<LabsPage />, { path: '/labs?q=nothing&state=STARTED', role: 'user' });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('No lab matches these filters.');
    expect(empty).not.toHaveTextContent('synced');
    expect(lastParams()).toMatchObject({ q: 'nothing', state: 'STARTED' });

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    expect(await screen.findByText('OSPF area 0')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Search')).toHaveValue('');
  });

  it('says labs appear after a sync only when nothing is filtered', async () => {
    api = mockApi({ ...routes(), 'GET /labs': { data: { items: [], total: 0, page: 1, pageSize: 50, lastPage: 1 } } });
    renderPage(<LabsPage />, { path: '/labs', role: 'user' });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('No labs yet.');
    expect(empty).toHaveTextContent('Labs appear here once the workers’ controllers have been synced.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
