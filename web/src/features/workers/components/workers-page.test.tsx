import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { aListedWorker as aWorker } from '../../../test/fixtures';
import { renderPage } from '../../../test/render';
import { WorkersPage } from './workers-page';

const DEFAULTS = { regions: ['us-east-1', 'eu-west-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } };

// The list answers workers without `actions` (the page must not need them): aListedWorker.
function page(items = [aWorker()], extra: Partial<{ total: number; page: number; pageSize: number }> = {}) {
  return { items, total: items.length, page: 1, pageSize: 25, summary: { total: 12, byStatus: { running: 4, stopped: 7, stopping: 1 }, billable: 5 }, ...extra };
}

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

// 25 rows typed into and re-rendered take close to 5 s on a busy 2-CPU machine.
describe('the workers table', { timeout: 20_000 }, () => {
  it('shows each worker with status, region, type, IP, usage in percent, nodes, labs, license and the time to its planned stop', async () => {
    const warned = aWorker({ name: 'lab-warned', idle: { warning: { issuedAt: new Date().toISOString(), plannedStopAt: new Date(Date.now() + 8 * 60_000 + 5_000).toISOString() } } });
    const stopped = aWorker({ name: 'lab-stopped', status: 'stopped', publicIp: undefined, cml: {}, telemetry: {} });
    api = mockApi({ 'GET /workers': { data: page([warned, stopped]) }, 'GET /system/defaults': { data: DEFAULTS } });
    renderPage(<WorkersPage />, { path: '/workers' });

    const row = (await screen.findByRole('link', { name: 'lab-warned' })).closest('tr')!;
    const cells = within(row);
    expect(cells.getByTestId('worker-status')).toHaveTextContent('running');
    expect(row).toHaveTextContent('us-east-1');
    expect(row).toHaveTextContent('m5zn.metal');
    expect(row).toHaveTextContent(warned.publicIp!);
    expect(cells.getByRole('progressbar', { name: 'CPU of lab-warned' })).toHaveAttribute('aria-valuenow', '42');
    expect(row).toHaveTextContent('42 %');
    expect(row).toHaveTextContent('61 %');
    expect(row).toHaveTextContent('35 %');
    expect(row).toHaveTextContent('12 / 20');
    expect(row).toHaveTextContent('licensed');
    expect(row).toHaveTextContent('stops in 8 minutes');

    const stoppedRow = screen.getByRole('link', { name: 'lab-stopped' }).closest('tr')!;
    expect(within(stoppedRow).getByTestId('worker-status')).toHaveTextContent('stopped');
    expect(within(stoppedRow).queryByRole('progressbar')).toBeNull();
  });

  it('shows the fleet totals from the summary, not from the page', async () => {
    api = mockApi({ 'GET /workers': { data: page() }, 'GET /system/defaults': { data: DEFAULTS } });
    renderPage(<WorkersPage />, { path: '/workers' });
    await waitFor(() => expect(screen.getByTestId('total-workers')).toHaveTextContent('12'));
    expect(screen.getByTestId('total-running')).toHaveTextContent('4');
    expect(screen.getByTestId('total-stopped')).toHaveTextContent('7');
    expect(screen.getByTestId('total-billable-now')).toHaveTextContent('5');
  });

  it('asks the server to filter, search, sort and page', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /workers': { data: page(Array.from({ length: 25 }, () => aWorker()), { total: 60 }) }, 'GET /system/defaults': { data: DEFAULTS } });
    renderPage(<WorkersPage />, { path: '/workers' });
    await screen.findAllByTestId('worker-status');
    const last = () => api.callsTo('GET /workers').at(-1)!.params;

    await user.selectOptions(screen.getByLabelText('Region'), 'eu-west-1');
    await waitFor(() => expect(last()).toMatchObject({ region: 'eu-west-1', page: 1 }));
    await user.selectOptions(screen.getByLabelText('Status'), 'stopped');
    await waitFor(() => expect(last()).toMatchObject({ region: 'eu-west-1', status: 'stopped' }));
    await user.type(screen.getByLabelText('Search'), 'blue');
    await waitFor(() => expect(last()).toMatchObject({ q: 'blue' }));

    await user.click(screen.getByRole('button', { name: /CPU/ }));
    await waitFor(() => expect(last()).toMatchObject({ sort: 'cpu' }));
    await user.click(screen.getByRole('button', { name: /CPU/ }));
    await waitFor(() => expect(last()).toMatchObject({ sort: '-cpu' }));
    expect(screen.getByRole('columnheader', { name: /CPU/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(last()).toMatchObject({ page: 2, pageSize: 25, sort: '-cpu', q: 'blue' }));
  });

  it('offers "include terminated" and the admin buttons to admins only', async () => {
    api = mockApi({ 'GET /workers': { data: page() }, 'GET /system/defaults': { data: DEFAULTS } });
    const admin = renderPage(<WorkersPage />, { path: '/workers', role: 'admin' });
    await screen.findAllByTestId('worker-status');
    expect(screen.getByLabelText('Include terminated')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import instances' })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Include terminated'));
    await waitFor(() => expect(api.callsTo('GET /workers').at(-1)!.params).toMatchObject({ includeTerminated: 'true' }));
    admin.unmount();

    renderPage(<WorkersPage />, { path: '/workers?terminated=1', role: 'user' });
    await screen.findAllByTestId('worker-status');
    expect(screen.queryByLabelText('Include terminated')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Import instances' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'New worker' })).toBeNull();
    // A link carrying an admin's filter does not make a user's request forbidden.
    expect(api.callsTo('GET /workers').at(-1)!.params.includeTerminated).toBeUndefined();
  });

  it('says so when nothing matches, and shows the server’s reason when the list fails', async () => {
    let fail = false;
    api = mockApi({
      'GET /workers': () =>
        fail ? { status: 400, data: { detail: 'status must be one of pending, running', status: 400, code: 'REQUEST.INVALID' } } : { data: { ...page([]), total: 0 } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    const { client } = renderPage(<WorkersPage />, { path: '/workers?q=nothing' });
    expect(await screen.findByText('No worker matches these filters.')).toBeInTheDocument();
    fail = true;
    await act(() => client.invalidateQueries());
    expect(await screen.findByRole('alert')).toHaveTextContent('status must be one of pending, running');
  });

  it('shows a change patched into the cache (as the live stream does) without asking the server again', async () => {
    const a = aWorker({ name: 'lab-a' });
    const b = aWorker({ name: 'lab-b' });
    api = mockApi({ 'GET /workers': { data: page([a, b]) }, 'GET /system/defaults': { data: DEFAULTS } });
    const { client } = renderPage(<WorkersPage />, { path: '/workers' });
    await screen.findByRole('link', { name: 'lab-b' });
    const calls = api.callsTo('GET /workers').length;
    const [query] = client.getQueryCache().findAll({ queryKey: ['workers', 'list'] });
    act(() => client.setQueryData(query.queryKey, (p: ReturnType<typeof page>) => ({ ...p, items: p.items.map((w) => (w.id === a.id ? { ...w, status: 'stopping' as const } : w)) })));
    const rowA = screen.getByRole('link', { name: 'lab-a' }).closest('tr')!;
    await waitFor(() => expect(within(rowA).getByTestId('worker-status')).toHaveTextContent('stopping'));
    expect(within(screen.getByRole('link', { name: 'lab-b' }).closest('tr')!).getByTestId('worker-status')).toHaveTextContent('running');
    expect(api.callsTo('GET /workers')).toHaveLength(calls);
  });
});
