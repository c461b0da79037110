import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../lib/api-types';

/** Ends the session here; the answer names the identity provider's end-session URL to finish there. */
export async function logout(): Promise<components['schemas']['LogoutResponse']> {
  return (await api.post<components['schemas']['LogoutResponse']>('/auth/logout')).data;
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    // Signing out at the provider too, or the next "Sign in" would come straight back in.
    onSuccess: ({ logoutUrl }) => window.location.assign(logoutUrl ?? '/'),
  });
}
