import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { anOperation, aWorker, someActions } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { LicensePanel } from './license-panel';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const LICENSE = {
  registrationStatus: 'COMPLETED',
  registrationExpiresAt: '2027-11-23T10:00:00.000Z',
  authorizationStatus: 'IN_COMPLIANCE',
  authorizationExpiresAt: '2027-02-23T10:00:00.000Z',
  smartAccount: 'Engineering',
  virtualAccount: 'Default',
  product: 'CML_Enterprise',
  features: [{ id: 'regid.x', name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', inUse: 12, max: 300 }],
};

describe('the licence panel', () => {
  it('shows the licence as the controller reports it, features with their counts', () => {
    api = mockApi({});
    renderPage(<LicensePanel worker={aWorker({ cml: { licensed: true, licenseStatus: 'COMPLETED', license: LICENSE } })} />);
    const facts = screen.getByTestId('license-facts');
    expect(within(facts).getByText('IN_COMPLIANCE')).toBeInTheDocument();
    expect(within(facts).getByText('CML_Enterprise')).toBeInTheDocument();
    expect(within(facts).getByText('Engineering / Default')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /CML - Expansion Nodes/ });
    expect(row).toHaveTextContent('12');
    expect(row).toHaveTextContent('300');
  });

  it('registers with a token, then follows the operation: progress while it runs, the outcome when it ends', async () => {
    const user = userEvent.setup();
    const worker = aWorker({ cml: { licenseStatus: 'UNREGISTERED' } });
    const op = anOperation(worker.id, { id: 'op-1', kind: 'license-registration', steps: undefined, progress: 'Waiting for Smart Licensing (status IN_PROGRESS, 5 s elapsed)' });
    let reads = 0;
    api = mockApi({
      'POST /workers/:id/license': { status: 202, data: { ...op, progress: undefined } },
      'GET /operations/:id': () => {
        reads += 1;
        return { data: reads < 2 ? op : { ...op, status: 'succeeded', progress: undefined, finishedAt: '2026-12-03T10:00:30.000Z', result: { registrationStatus: 'COMPLETED' } } };
      },
      'GET /workers/:id': { data: worker },
    });
    renderPage(<LicensePanel worker={worker} pollMs={20} />);
    expect(screen.getByTestId('license-unknown')).toHaveTextContent('last registration status: UNREGISTERED');
    await user.click(screen.getByRole('button', { name: 'Register licence' }));
    expect(screen.getByLabelText('Smart Licensing registration token')).toHaveAccessibleDescription(/Paste a Smart Licensing registration token/);
    expect(api.callsTo('POST /workers/:id/license')).toHaveLength(0);
    await user.type(screen.getByLabelText('Smart Licensing registration token'), 'NWQ0ZjE4YTgtY2ExNS00');
    await user.click(screen.getByRole('button', { name: 'Register licence' }));
    await waitFor(() => expect(api.callsTo('POST /workers/:id/license')[0]?.body).toEqual({ token: 'NWQ0ZjE4YTgtY2ExNS00' }));
    expect(await screen.findByTestId('license-progress')).toHaveTextContent('Waiting for Smart Licensing (status IN_PROGRESS, 5 s elapsed)');
    expect(await screen.findByTestId('license-outcome')).toHaveTextContent('registration status COMPLETED');
    expect(screen.getByText('succeeded')).toBeInTheDocument();
  });

  it('asks before deregistering and shows a failure in words', async () => {
    const user = userEvent.setup();
    const worker = aWorker({ cml: { licenseStatus: 'COMPLETED', license: LICENSE } });
    const op = anOperation(worker.id, { id: 'op-2', kind: 'license-deregistration', steps: undefined });
    api = mockApi({
      'DELETE /workers/:id/license': { status: 202, data: op },
      'GET /operations/:id': { data: { ...op, status: 'failed', error: 'The controller refused: not registered.' } },
      'GET /workers/:id': { data: worker },
    });
    renderPage(<LicensePanel worker={worker} pollMs={20} />);
    await user.click(screen.getByRole('button', { name: 'Deregister licence' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('evaluation mode');
    expect(api.callsTo('DELETE /workers/:id/license')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Deregister licence' }));
    expect(await screen.findByTestId('license-outcome')).toHaveTextContent('Failed: The controller refused: not registered.');
  });

  it('offers no licence actions to a role that may not take them', () => {
    api = mockApi({});
    const refused = 'Registering the licence needs the admin role.';
    renderPage(<LicensePanel worker={aWorker({ actions: someActions({ registerLicense: refused, deregisterLicense: 'Deregistering the licence needs the admin role.' }) })} />, { role: 'manager' });
    expect(screen.queryByRole('button', { name: 'Register licence' })).not.toBeInTheDocument();
  });
});
