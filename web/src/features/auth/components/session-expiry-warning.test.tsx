import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { SessionExpiryWarning } from './session-expiry-warning';

const session = (seconds: number) => ({ data: { sessionExpiresAt: new Date(Date.now() + seconds * 1000).toISOString(), expiresInSeconds: seconds, idleTimeoutMinutes: 30 } });

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the session expiry warning', () => {
  it('stays away while the session has long to live', async () => {
    api = mockApi({ 'GET /auth/session': session(20 * 60) });
    renderPage(<SessionExpiryWarning warnMinutes={5} onExpired={vi.fn()} />);
    await waitFor(() => expect(api.callsTo('GET /auth/session')).toHaveLength(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('warns minutes before the end and "Stay signed in" renews the session', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /auth/session': session(4 * 60), 'POST /auth/session/extend': session(30 * 60) });
    renderPage(<SessionExpiryWarning warnMinutes={5} onExpired={vi.fn()} />);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(/Your session ends in (3:5\d|4:0\d) because of inactivity/);
    await user.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.callsTo('POST /auth/session/extend')).toHaveLength(1);
  });

  it('hands over to the sign-in screen when the session has run out', async () => {
    const onExpired = vi.fn();
    api = mockApi({ 'GET /auth/session': session(0) });
    renderPage(<SessionExpiryWarning warnMinutes={5} onExpired={onExpired} />);
    await waitFor(() => expect(onExpired).toHaveBeenCalled());
  });
});
