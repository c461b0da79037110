import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { NoAccessScreen } from '../features/auth/components/no-access-screen';
import { SignInScreen } from '../features/auth/components/sign-in-screen';
import { onUnauthorized } from '../lib/api-client';
import { hasRole, type Me, useMe } from '../lib/auth';

/**
 * Nothing of the console renders without a session with a role. A 401 from any request (or the
 * stream's auth.expired) brings the sign-in screen back, saying why.
 */
export function AuthGate({ children }: { children: (me: Me, endSession: (reason: string) => void) => ReactNode }) {
  const me = useMe();
  const client = useQueryClient();
  const [ended, setEnded] = useState<string>();
  const endSession = useCallback(
    (reason: string) => {
      setEnded(reason);
      // Nothing the old session loaded may linger behind the sign-in screen.
      client.clear();
    },
    [client],
  );
  useEffect(() => onUnauthorized(endSession), [endSession]);

  if (ended) return <SignInScreen reason={ended} />;
  if (me.isPending) return <Loading label="Starting CML Cloud Manager…" className="justify-content-center mt-5" />;
  if (me.error) {
    return (
      <main className="container py-5" style={{ maxWidth: 560 }}>
        <ErrorAlert error={me.error} title="CML Cloud Manager cannot be reached." />
        <button type="button" className="btn btn-primary" onClick={() => void me.refetch()}>
          Try again
        </button>
      </main>
    );
  }
  if (me.data === null) return <SignInScreen />;
  if (!hasRole(me.data.roles, 'user')) return <NoAccessScreen me={me.data} />;
  return children(me.data, endSession);
}
