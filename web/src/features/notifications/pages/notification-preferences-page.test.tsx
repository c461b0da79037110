import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import NotificationPreferencesPage from './notification-preferences-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function open(put: Parameters<typeof mockApi>[0][string] = (c) => ({ data: c.body })) {
  api = mockApi({
    'GET /notifications/preferences': { data: { kinds: ['stop-warning'], scope: 'owned' } },
    'PUT /notifications/preferences': put,
  });
  renderPage(<NotificationPreferencesPage />, { path: '/notifications/preferences', route: '/notifications/preferences', role: 'user' });
}

describe('"Notify me about…"', () => {
  it('shows what is stored, each kind in plain words', async () => {
    open();
    expect(await screen.findByRole('heading', { name: 'Notify me about…' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'A worker is about to be stopped' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A start failed' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A licence was not released' })).toHaveAccessibleDescription(/release it in Smart Licensing/);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
    expect(screen.getByRole('radio', { name: 'Workers I own' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'E-mail address' })).toHaveValue('');
  });

  it('saves the kinds, the scope and the address', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('checkbox', { name: 'A start failed' }));
    await user.click(screen.getByRole('checkbox', { name: 'A worker is about to be stopped' }));
    await user.click(screen.getByRole('checkbox', { name: 'Status checks failed' }));
    await user.click(screen.getByRole('radio', { name: 'All workers' }));
    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), ' alice@example.com ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('PUT /notifications/preferences')).toHaveLength(1));
    expect(api.callsTo('PUT /notifications/preferences')[0]!.body).toEqual({ kinds: ['start-failed', 'status-checks-impaired'], scope: 'all', email: 'alice@example.com' });
    expect(await screen.findByText('Notification settings saved.')).toBeInTheDocument();
  });

  it('leaves the address out when it is empty', async () => {
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('PUT /notifications/preferences')).toHaveLength(1));
    expect(api.callsTo('PUT /notifications/preferences')[0]!.body).toEqual({ kinds: ['stop-warning'], scope: 'owned' });
  });

  it("shows the server's reason when it refuses", async () => {
    const user = userEvent.setup();
    open(problem(400, 'REQUEST.INVALID', 'email must be an e-mail address'));
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('email must be an e-mail address');
  });
});
