import type { ReactNode } from 'react';
import { type Role, useHasRole } from '../lib/auth';
import { usePageTitle } from './page-title';

function NotAllowed({ role }: { role: Role }) {
  usePageTitle('Not allowed');
  return (
    <div className="alert alert-warning" role="alert">
      This page needs the <strong>{role}</strong> role. Ask an administrator if you need it.
    </div>
  );
}

/** A page that needs a role: its content, or a plain explanation instead of a half-working view. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const allowed = useHasRole(role);
  if (!allowed) return <NotAllowed role={role} />;
  return children;
}
