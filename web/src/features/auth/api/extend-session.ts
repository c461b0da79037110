import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';
import { authKeys } from '../../../lib/query-keys';
import type { SessionStatus } from './get-session';

/** "Stay signed in": counts as activity and renews the session (up to its absolute lifetime). */
export async function extendSession(): Promise<SessionStatus> {
  const { data } = await api.post<components['schemas']['SessionStatusResponse']>('/auth/session/extend');
  return { ...data, endsAt: Date.now() + data.expiresInSeconds * 1000 };
}

export function useExtendSession() {
  const client = useQueryClient();
  return useMutation({ mutationFn: extendSession, onSuccess: (s) => client.setQueryData(authKeys.session(), s) });
}
