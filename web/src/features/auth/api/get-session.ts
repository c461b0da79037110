import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';
import { authKeys } from '../../../lib/query-keys';

export type SessionStatus = components['schemas']['SessionStatusResponse'] & {
  /** Local clock time at which the session ends: fetch time + expiresInSeconds, immune to clock skew. */
  endsAt: number;
};

/** When the session ends. Asking does not count as activity, so polling it never keeps a session alive. */
export async function getSession(): Promise<SessionStatus> {
  const { data } = await api.get<components['schemas']['SessionStatusResponse']>('/auth/session');
  return { ...data, endsAt: Date.now() + data.expiresInSeconds * 1000 };
}

/** Polls every minute, every 15 s once the end is within `warnMs` (so activity in another tab shows up quickly). */
export const sessionQuery = (warnMs: number) =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: getSession,
    refetchInterval: (q) => (q.state.data && q.state.data.endsAt - Date.now() <= warnMs ? 15_000 : 60_000),
    refetchIntervalInBackground: true,
    retry: false,
  });

export const useSession = (warnMs: number) => useQuery(sessionQuery(warnMs));
