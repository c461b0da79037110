import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { notifyUnauthorized } from '../lib/api-client';
import { mockApi, problem } from '../test/mock-api';
import { meAs } from '../test/render';
import { AuthGate } from './auth-gate';

let api: ReturnType<typeof mockApi>;
afterEach(() => {
  api.restore();
  document.cookie = 'ccm_csrf=; Max-Age=0; Path=/';
});

/** The readable cookie the server sets with every session. */
const withSessionCookie = () => (document.cookie = 'ccm_csrf=token-1; Path=/');

function gate() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthGate>{(me) => <p>console for {me.username}</p>}</AuthGate>
    </QueryClientProvider>,
  );
}

describe('the sign-in gate', () => {
  it('shows a "Sign in" button that comes back to the current page when nobody is signed in, without a request that would fail', async () => {
    window.history.pushState({}, '', '/workers/abc?tab=idle');
    api = mockApi({ 'GET /auth/me': problem(401, 'AUTH.UNAUTHENTICATED', 'Sign in.') });
    gate();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', `/api/auth/login?returnTo=${encodeURIComponent('/workers/abc?tab=idle')}`);
    // Browsers log a 401 as a failed request: before a sign-in there is no session to ask about.
    expect(api.callsTo('GET /auth/me')).toHaveLength(0);
    expect(document.title).toBe('Sign in · CML Cloud Manager');
  });

  it('asks once when the browser remembers a session that has ended, then forgets it', async () => {
    withSessionCookie();
    api = mockApi({ 'GET /auth/me': problem(401, 'AUTH.UNAUTHENTICATED', 'Sign in.') });
    gate();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(api.callsTo('GET /auth/me')).toHaveLength(1);
    expect(document.cookie).not.toContain('ccm_csrf');
  });

  it('tells a signed-in person without a role that they have no access', async () => {
    withSessionCookie();
    api = mockApi({ 'GET /auth/me': { data: meAs(null) } });
    gate();
    expect(await screen.findByRole('heading', { name: 'No access yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('lets a person with a role in, and shows the sign-in screen with the reason as soon as any call answers 401', async () => {
    withSessionCookie();
    api = mockApi({ 'GET /auth/me': { data: meAs('user') } });
    gate();
    expect(await screen.findByText('console for user')).toBeInTheDocument();
    act(() => notifyUnauthorized('Your session has ended; sign in again.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your session has ended; sign in again.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('console for user')).toBeNull();
  });
});
