import { usePageTitle } from '../../../components/page-title';
import type { Me } from '../../../lib/auth';
import { useLogout } from '../api/logout';

/** Signed in, but without any CML Cloud Manager role: say so plainly and offer a way out. */
export function NoAccessScreen({ me }: { me: Me }) {
  const logout = useLogout();
  usePageTitle('No access');
  return (
    <main className="container d-flex align-items-center justify-content-center" style={{ minHeight: '100vh' }}>
      <div className="card shadow-sm" style={{ maxWidth: 520 }}>
        <div className="card-body p-4">
          <h1 className="h4 mb-3">No access yet</h1>
          <p>
            You are signed in as <strong>{me.name ?? me.username}</strong>
            {me.email && <> ({me.email})</>}, but your account has no CML Cloud Manager role.
          </p>
          <p className="text-body-secondary">
            Ask an administrator to give you the <em>user</em> role (to look), <em>manager</em> (to start and stop workers and labs) or <em>admin</em>. Then sign in again.
          </p>
          <button type="button" className="btn btn-outline-secondary" onClick={() => logout.mutate()} disabled={logout.isPending} autoFocus>
            Sign out
          </button>
        </div>
      </div>
    </main>
  );
}
