import { usePageTitle } from '../../../components/page-title';
import { signInUrl } from '../../../lib/auth';

/** Shown to anyone without a session, and when a session ends. Signing in happens at the identity provider. */
export function SignInScreen({ reason }: { reason?: string }) {
  usePageTitle('Sign in');
  return (
    <main className="container d-flex align-items-center justify-content-center" style={{ minHeight: '100vh' }}>
      <div className="card shadow-sm" style={{ maxWidth: 440 }}>
        <div className="card-body p-4">
          <h1 className="h4 mb-3">CML Cloud Manager</h1>
          {reason && (
            <div className="alert alert-warning py-2" role="alert">
              {reason}
            </div>
          )}
          <p className="text-body-secondary">
            The control plane for your fleet of Cisco Modeling Labs controllers on AWS. Sign in with your organisation's account to continue.
          </p>
          <a className="btn btn-primary w-100" href={signInUrl()} autoFocus>
            Sign in
          </a>
        </div>
      </div>
    </main>
  );
}
