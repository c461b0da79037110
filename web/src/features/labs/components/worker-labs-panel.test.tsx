import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WorkerLabsPanel } from './worker-labs-panel';

const WORKER = '0193b2c4-1111-7000-8000-000000000001';
const lab = (labId: string, state: string, title = `Lab ${labId}`) => ({
  id: `rec-${labId}`,
  workerId: WORKER,
  workerName: 'lab-east-1',
  labId,
  title,
  description: '',
  notes: '',
  state,
  ownerUsername: 'admin',
  nodeCount: 4,
  linkCount: 3,
  presence: 'present',
  firstSeenAt: '2026-11-25T08:00:00Z',
  lastSyncedAt: '2026-11-25T10:00:00Z',
  updatedAt: '2026-11-25T10:00:00Z',
  version: 1,
});
const DEFAULTS = { regions: ['us-east-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 }, labs: { uploadMaxBytes: 1024 } };

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the labs of a worker', () => {
  it('offers each lab only the actions its state allows, and asks before stopping', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [lab('l1', 'STARTED', 'OSPF'), lab('l2', 'STOPPED', 'BGP')], total: 2, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
      'POST /workers/:id/labs/:labId/stop': { data: lab('l1', 'STOPPED', 'OSPF') },
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="running" />, { role: 'manager' });
    const ospf = within((await screen.findByText('OSPF')).closest('tr')!);
    expect(ospf.getByRole('button', { name: 'Start' })).toHaveAttribute('aria-disabled', 'true');
    expect(ospf.getByRole('button', { name: 'Wipe' })).toHaveAccessibleDescription('Stop the lab before wiping it.');
    expect(ospf.queryByRole('button', { name: 'Delete' })).toBeNull();

    await user.click(ospf.getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('CML stops 4 nodes of OSPF on lab-east-1');
    await user.click(within(dialog).getByRole('button', { name: 'Stop OSPF' }));
    await waitFor(() => expect(api.callsTo('POST /workers/:id/labs/:labId/stop')).toHaveLength(1));
    expect(api.callsTo('POST /workers/:id/labs/:labId/stop')[0].url).toBe(`/workers/${WORKER}/labs/l1/stop`);
  });

  it('refuses a topology over the server’s upload limit before sending it, and shows the controller’s reason for a refusal', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [], total: 0, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
      'POST /workers/:id/labs': problem(422, 'LAB.TOPOLOGY_REFUSED', 'CML refused the topology: node definition "iosxr9000" is not installed.'),
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="running" />, { role: 'manager' });
    await user.click(await screen.findByRole('button', { name: 'Upload topology' }));
    const input = await screen.findByLabelText(/Topology file/);
    await waitFor(() => expect(screen.getByText(/at most 1 kB/)).toBeInTheDocument());

    await user.upload(input, new File(['x'.repeat(2048)], 'big.yaml', { type: 'application/yaml' }));
    expect(screen.getByText('big.yaml is 2 kB; the limit is 1 kB.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload' })).toBeDisabled();

    await user.upload(input, new File(['lab: {}\nnodes: []\n'], 'small.yaml', { type: 'application/yaml' }));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('CML refused the topology: node definition "iosxr9000" is not installed.');
    expect(api.callsTo('POST /workers/:id/labs')[0].body).toBeInstanceOf(FormData);
  });

  it('shows a user the labs but no button for what only a manager may do: sync, upload, lab actions, download', async () => {
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [lab('l1', 'STARTED', 'OSPF'), lab('l2', 'STOPPED', 'BGP')], total: 2, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="running" />, { role: 'user' });
    const table = await screen.findByRole('table', { name: 'Labs' });
    expect(within(table).getByText('OSPF')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).toBeNull();
  });

  it('offers a manager sync and upload, and each lab its download', async () => {
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [lab('l1', 'STARTED', 'OSPF')], total: 1, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="running" />, { role: 'manager' });
    const ospf = within((await screen.findByText('OSPF')).closest('tr')!);
    expect(ospf.getByRole('button', { name: 'Download' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload topology' })).toBeInTheDocument();
  });

  it('keeps the labs of a stopped worker as last seen, says why nothing can be done with them, and invites no action', async () => {
    const stoppedLab = { ...lab('l1', 'STARTED', 'OSPF'), workerStatus: 'stopped' };
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [stoppedLab], total: 1, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="stopped" />, { role: 'manager' });
    const row = within((await screen.findByText('OSPF')).closest('tr')!);
    expect(row.getByTestId('lab-last-seen')).toHaveTextContent(/as last seen/);
    expect(row.getByText('Worker stopped: start it to work with this lab.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('lab-east-1 is stopped: its controller is not read, so these are its labs as last seen');
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload topology' })).toBeNull();
    expect(row.queryByRole('button')).toBeNull();
  });

  it('does not invite a sync on a stopped worker whose labs were never seen', async () => {
    api = mockApi({
      'GET /workers/:id/labs': { data: { items: [], total: 0, page: 1, pageSize: 500 } },
      'GET /system/defaults': { data: DEFAULTS },
    });
    renderPage(<WorkerLabsPanel workerId={WORKER} workerName="lab-east-1" status="stopped" />, { role: 'manager' });
    expect(await screen.findByText('No labs were seen on this worker while it ran.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/sync if labs/i)).toBeNull();
  });
});
