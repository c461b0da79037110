import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Toaster } from '../components/toaster';
import type { Me, Role } from '../lib/auth';
import { authKeys } from '../lib/query-keys';

export function meAs(role: Role | null): Me {
  return { username: role ?? 'guest', name: role ? `${role[0].toUpperCase()}${role.slice(1)} Person` : 'Guest', roles: role ? [role] : [], kind: 'user', via: 'session', sessionExpiresAt: new Date(Date.now() + 3_600_000).toISOString() };
}

/** Renders `ui` at `path` (matched by `route`) with a fresh query cache, a router and the signed-in person. */
export function renderPage(ui: ReactElement, { path = '/', route = '*', role = 'admin' as Role | null } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  client.setQueryData(authKeys.me(), meAs(role));
  const router = createMemoryRouter([{ path: route, element: ui }, { path: '*', element: <p>elsewhere</p> }], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={client}>
      <Toaster>
        <RouterProvider router={router} />
      </Toaster>
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}
