import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, statusOf } from './api-client';
import type { components } from './api-types';
import { authKeys } from './query-keys';

export type Me = components['schemas']['MeResponse'];
export type Role = 'user' | 'manager' | 'admin';

/** Each role includes the ones before it. */
export const ROLES: readonly Role[] = ['user', 'manager', 'admin'];

export function hasRole(roles: readonly string[] | undefined, required: Role): boolean {
  const need = ROLES.indexOf(required);
  return (roles ?? []).some((r) => ROLES.indexOf(r as Role) >= need);
}

/** Who is signed in, or null when nobody is (401). Shared by every feature for role checks. */
export async function getMe(): Promise<Me | null> {
  try {
    const res = await api.get<Me>('/auth/me');
    return res.data;
  } catch (err) {
    if (statusOf(err) === 401) return null;
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
