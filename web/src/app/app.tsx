import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { Me } from '../lib/auth';
import { AuthGate } from './auth-gate';
import { Layout } from './layout';
import { LiveUpdatesProvider } from './live-updates';
import { routes } from './routes';

function SignedInApp({ me, endSession }: { me: Me; endSession: (reason: string) => void }) {
  const router = useMemo(() => createBrowserRouter([{ path: '/', element: <Layout me={me} endSession={endSession} />, children: routes }]), [me, endSession]);
  return (
    <LiveUpdatesProvider onAuthExpired={endSession}>
      <RouterProvider router={router} />
    </LiveUpdatesProvider>
  );
}

export function App() {
  return <AuthGate>{(me, endSession) => <SignedInApp me={me} endSession={endSession} />}</AuthGate>;
}
