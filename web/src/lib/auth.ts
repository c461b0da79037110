import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, statusOf } from './api-client';
import type { components } from './api-types';
import { forgetCsrfToken, readCsrfToken } from './csrf';
import { authKeys } from './query-keys';

export type Me = components['schemas']['MeResponse'];
export type Role = 'user' | 'manager' | 'admin';

/** Each role includes the ones before it. */
export const ROLES: readonly Role[] = ['user', 'manager', 'admin'];

export function hasRole(roles: readonly string[] | undefined, required: Role): boolean {
  const need = ROLES.indexOf(required);
  return (roles ?? []).some((r) => ROLES.indexOf(r as Role) >= need);
}

/**
 * Whether this browser may hold a console session. The server sets the session's CSRF cookie,
 * readable by scripts, with every session (and clears it at sign-out): without it there is no
 * session to ask about.
 */
export function mayHaveSession(cookies?: string): boolean {
  return readCsrfToken(cookies) !== undefined;
}

/**
 * Who is signed in, or null when nobody is. Before a sign-in it does not ask: the answer would be a
 * 401, which browsers log in the console as a failed request although nothing failed. When a
 * session the browser still remembers has ended on the server (401), the CSRF cookie is forgotten
 * so that the next visit does not ask either. Shared by every feature for role checks.
 */
export async function getMe(): Promise<Me | null> {
  if (!mayHaveSession()) return null;
  try {
    const res = await api.get<Me>('/auth/me');
    return res.data;
  } catch (err) {
    if (statusOf(err) === 401) {
      forgetCsrfToken();
      return null;
    }
    throw err;
  }
}

export const meQuery = () => queryOptions({ queryKey: authKeys.me(), queryFn: getMe, staleTime: Infinity, retry: 1, refetchOnWindowFocus: false });

export const useMe = () => useQuery(meQuery());

/** Whether the signed-in person holds `role` (or a stronger one). False while unknown. */
export function useHasRole(role: Role): boolean {
  const { data } = useMe();
  return hasRole(data?.roles, role);
}

/** The sign-in URL that brings the browser back to where it is now. */
export function signInUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location): string {
  return `/api/auth/login?returnTo=${encodeURIComponent(location.pathname + location.search + location.hash)}`;
}
