import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aListedWorker as aWorker, anOperation, aStep } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WORKER_COLUMNS_KEY } from '../hooks/use-worker-columns';
import { WorkersPage } from './workers-page';

const DEFAULTS = { regions: ['us-east-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } };
const COST = { month: '2026-12', usdPerHourNow: 4.08, monthToDateUsd: 12.34, savedUsd: 40.8, projectedUsd: 120.5 };
const warned = () =>
  aWorker({ name: 'lab-warned', region: 'ap-southeast-2', publicIp: '198.51.100.77', cost: COST, idle: { warning: { issuedAt: new Date().toISOString(), plannedStopAt: new Date(Date.now() + 8 * 60_000 + 5_000).toISOString() } } });

let api: ReturnType<typeof mockApi>;
const original = window.matchMedia;

/** A browser window `width` CSS pixels wide, as far as media queries tell. */
function windowWidth(width: number) {
  window.matchMedia = ((query: string) => ({
    media: query,
    matches: width >= Number(/min-width:\s*(\d+)px/.exec(query)?.[1] ?? Infinity),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  api.restore();
  window.matchMedia = original;
});

async function renderWorkers() {
  api = mockApi({ 'GET /workers': { data: { items: [warned()], total: 1, page: 1, pageSize: 25, summary: { total: 1, byStatus: { running: 1 }, billable: 1 } } }, 'GET /system/defaults': { data: DEFAULTS } });
  const result = renderPage(<WorkersPage />, { path: '/workers' });
  await screen.findByRole('link', { name: 'lab-warned' });
  return result;
}

// The data columns' headers (the bulk selection's checkbox column comes first and has none).
const headers = () =>
  within(screen.getByRole('table', { name: 'Workers' }))
    .getAllByRole('columnheader')
    .filter((h) => !h.querySelector('input[type="checkbox"]'))
    .map((h) => h.textContent?.replace(/[↕▲▼]/g, '').trim());

describe('the columns of the workers table', () => {
  it('fit a 1280 px window: idle right after the name, region and IP under the name instead of in columns of their own', async () => {
    windowWidth(1280);
    await renderWorkers();
    expect(headers()).toEqual(['Status', 'Name', 'Idle', 'Instance type', 'Cost (month)', 'CPU', 'Memory', 'Nodes', 'Labs', 'License']);
    const row = screen.getByRole('link', { name: 'lab-warned' }).closest('tr')!;
    expect(within(row).getByTestId('worker-identity')).toHaveTextContent(/i-0\d+ · ap-southeast-2 · 198\.51\.100\.77/);
    expect(within(row).getByTestId('worker-idle')).toHaveTextContent('stops in 8 minutes');
    expect(screen.getByRole('button', { name: /^Columns/ })).toHaveTextContent('Columns (3 hidden)');
  });

  it('show the region from 1366 px, and the public IP only on wide screens', async () => {
    windowWidth(1440);
    const narrow = await renderWorkers();
    expect(headers()).toEqual(['Status', 'Name', 'Idle', 'Region', 'Instance type', 'Cost (month)', 'CPU', 'Memory', 'Nodes', 'Labs', 'License']);
    narrow.unmount();
    api.restore();

    windowWidth(1920);
    await renderWorkers();
    expect(headers()).toEqual(['Status', 'Name', 'Idle', 'Region', 'Instance type', 'Public IP', 'Cost (month)', 'CPU', 'Memory', 'Disk', 'Nodes', 'Labs', 'License']);
    expect(within(screen.getByRole('link', { name: 'lab-warned' }).closest('tr')!).getByTestId('worker-identity')).not.toHaveTextContent('ap-southeast-2');
  });

  it('can be chosen, and the choice is kept in this browser until the table is fitted to the window again', async () => {
    const user = userEvent.setup();
    windowWidth(1280);
    const first = await renderWorkers();
    await user.click(screen.getByRole('button', { name: /Columns/ }));
    const chooser = screen.getByRole('group', { name: 'Columns to show' });
    expect(within(chooser).getByRole('checkbox', { name: /Idle/ })).toBeDisabled();
    await user.click(within(chooser).getByRole('checkbox', { name: 'Public IP' }));
    await user.click(within(chooser).getByRole('checkbox', { name: 'Memory' }));
    expect(headers()).toEqual(['Status', 'Name', 'Idle', 'Instance type', 'Public IP', 'Cost (month)', 'CPU', 'Nodes', 'Labs', 'License']);
    expect(JSON.parse(window.localStorage.getItem(WORKER_COLUMNS_KEY)!)).toEqual(['status', 'name', 'idle', 'instanceType', 'publicIp', 'cost', 'cpu', 'nodes', 'labs', 'licence']);
    expect(within(chooser).getByText('Your choice, kept in this browser.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Columns to show' })).toBeNull();
    first.unmount();
    api.restore();

    await renderWorkers();
    expect(headers()).toContain('Public IP');
    expect(headers()).not.toContain('Memory');
    await user.click(screen.getByRole('button', { name: /Columns/ }));
    await user.click(screen.getByRole('button', { name: 'Fit the columns to the window' }));
    await waitFor(() => expect(headers()).toEqual(['Status', 'Name', 'Idle', 'Instance type', 'Cost (month)', 'CPU', 'Memory', 'Nodes', 'Labs', 'License']));
    expect(window.localStorage.getItem(WORKER_COLUMNS_KEY)).toBeNull();
  });

  it('ignores a stored choice it cannot read, and never lets one hide the idle column', async () => {
    windowWidth(1280);
    window.localStorage.setItem(WORKER_COLUMNS_KEY, '{not json');
    const damaged = await renderWorkers();
    expect(headers()).toContain('Instance type');
    damaged.unmount();
    api.restore();

    window.localStorage.setItem(WORKER_COLUMNS_KEY, JSON.stringify(['cpu', 'nonsense']));
    await renderWorkers();
    expect(headers()).toEqual(['Status', 'Name', 'Idle', 'CPU']);
  });
});

describe('the cost in the workers table', () => {
  it('shows the month so far in dollars with the rate now, and adds up the page', async () => {
    windowWidth(1280);
    const other = aWorker({ name: 'lab-other', cost: { ...COST, usdPerHourNow: null, monthToDateUsd: 100 } });
    api = mockApi({
      'GET /workers': { data: { items: [warned(), other], total: 2, page: 1, pageSize: 25, summary: { total: 2, byStatus: { running: 2 }, billable: 2 } } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    const row = (await screen.findByRole('link', { name: 'lab-warned' })).closest('tr')!;
    const cost = within(row).getByTestId('worker-cost');
    expect(cost).toHaveTextContent('$12.34$4.08 / h');
    expect(cost.getAttribute('title')).toContain('projected: $120.50');
    expect(within(screen.getByRole('link', { name: 'lab-other' }).closest('tr')!).getByTestId('worker-cost')).toHaveTextContent('$100.00rate unknown');
    expect(screen.getByTestId('workers-cost-total')).toHaveTextContent('The 2 workers on this page: $112.34 in December 2026 so far, $4.08 / h now (estimates).');
  });

  it('asks the server for the cost only while its column shows (it reads the cost ledger for it)', async () => {
    windowWidth(1280);
    const first = await renderWorkers();
    expect(api.callsTo('GET /workers')[0].params).toMatchObject({ include: 'cost' });
    first.unmount();
    api.restore();

    window.localStorage.setItem(WORKER_COLUMNS_KEY, JSON.stringify(['cpu']));
    await renderWorkers();
    expect(headers()).not.toContain('Cost (month)');
    expect(api.callsTo('GET /workers')[0].params.include).toBeUndefined();
    expect(screen.queryByTestId('workers-cost-total')).toBeNull();
  });
});

describe('a starting worker in the workers table', () => {
  it('says under its status when it will be ready, and nothing for a worker that is not starting', async () => {
    windowWidth(1280);
    const starting = aWorker({
      name: 'lab-starting',
      status: 'running',
      serviceStatus: 'unavailable',
      startup: { startedAt: new Date(Date.now() - 60_000).toISOString(), expectedReadyAt: new Date(Date.now() + 4 * 60_000 - 5_000).toISOString(), overdue: false, typicalSeconds: 295, basis: 'history', samples: 2 },
    });
    api = mockApi({
      'GET /workers': { data: { items: [starting, warned()], total: 2, page: 1, pageSize: 25, summary: { total: 2, byStatus: { running: 2 }, billable: 2 } } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    const row = (await screen.findByRole('link', { name: 'lab-starting' })).closest('tr')!;
    expect(within(row).getByTestId('worker-startup')).toHaveTextContent(/^Starting, ready in about 4 min$/);
    expect(within(screen.getByRole('link', { name: 'lab-warned' }).closest('tr')!).queryByTestId('worker-startup')).toBeNull();
  });
});

describe('a worker being stopped, in the workers table', () => {
  it('shows the step its stop is in under its status, and nothing for a worker whose last stop ended', async () => {
    const OP = '0193b2c4-7a00-7000-8000-0000000000aa';
    const stopping = aWorker({ name: 'lab-stopping', status: 'stopping', powerOperation: { id: OP, action: 'stop', status: 'running', startedAt: new Date().toISOString() } });
    const stopped = aWorker({ name: 'lab-stopped', status: 'stopped', powerOperation: { id: 'op-old', action: 'stop', status: 'succeeded', startedAt: new Date().toISOString(), summary: 'Stopped.' } });
    api = mockApi({
      'GET /workers': { data: { items: [stopping, stopped], total: 2, page: 1, pageSize: 25, summary: { total: 2, byStatus: { stopping: 1, stopped: 1 }, billable: 1 } } },
      'GET /system/defaults': { data: DEFAULTS },
      'GET /operations/:id': { data: anOperation(stopping.id, { id: OP, steps: [aStep('stop-labs', 'running', { detail: 'Stopping 2 labs: BGP lab, OSPF lab' }), aStep('ec2-stop', 'pending')] }) },
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    const row = (await screen.findByRole('link', { name: 'lab-stopping' })).closest('tr')!;
    const step = await within(row).findByTestId('worker-power-step');
    expect(step).toHaveTextContent('Stop the running labs…');
    expect(step).toHaveAttribute('title', 'Stopping 2 labs: BGP lab, OSPF lab');
    expect(within(screen.getByRole('link', { name: 'lab-stopped' }).closest('tr')!).queryByTestId('worker-power-step')).toBeNull();
    expect(api.callsTo('GET /operations/:id').map((c) => c.url)).toEqual([`/operations/${OP}`]);
  });
});
