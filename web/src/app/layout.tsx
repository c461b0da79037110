import { Suspense, useCallback } from 'react';
import { NavLink, Outlet } from 'react-router';
import { ConnectionIndicator } from '../components/connection-indicator';
import { SESSION_WARNING_MINUTES } from '../config/console';
import { Loading } from '../components/loading';
import { ThemeSwitch } from '../components/theme-switch';
import { SessionExpiryWarning } from '../features/auth/components/session-expiry-warning';
import { UserMenu } from '../features/auth/components/user-menu';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { ReadinessBadge } from '../features/system/components/readiness-badge';
import { hasRole, type Me } from '../lib/auth';
import { useLiveStreamState } from './live-updates';

const link = ({ isActive }: { isActive: boolean }) => `nav-link${isActive ? ' active' : ''}`;

export function Layout({ me, endSession }: { me: Me; endSession: (reason: string) => void }) {
  const stream = useLiveStreamState();
  const isAdmin = hasRole(me.roles, 'admin');
  const expired = useCallback(() => endSession('Your session ended after a period of inactivity; sign in again.'), [endSession]);
  return (
    <>
      <a href="#main" className="visually-hidden-focusable position-absolute top-0 start-0 p-2 bg-body">
        Skip to content
      </a>
      <nav className="navbar navbar-expand navbar-dark bg-dark px-3" aria-label="Main">
        <NavLink to="/workers" className="navbar-brand">
          CML Cloud Manager
        </NavLink>
        <ul className="navbar-nav me-auto">
          <li className="nav-item">
            <NavLink to="/workers" end className={link}>
              Workers
            </NavLink>
          </li>
          <li className="nav-item">
            <NavLink to="/labs" className={link}>
              Labs
            </NavLink>
          </li>
          <li className="nav-item">
            <NavLink to="/activity" className={link}>
              Activity
            </NavLink>
          </li>
          <li className="nav-item">
            <NavLink to="/scheduling" className={link}>
              Scheduling
            </NavLink>
          </li>
          <li className="nav-item">
            <NavLink to="/cost" className={link}>
              Cost
            </NavLink>
          </li>
          {isAdmin && (
            <>
              <li className="nav-item">
                <NavLink to="/workers/import" className={link}>
                  Import
                </NavLink>
              </li>
              <li className="nav-item">
                <NavLink to="/jobs" className={link}>
                  Jobs
                </NavLink>
              </li>
              <li className="nav-item">
                <NavLink to="/notifications/channels" className={link}>
                  Channels
                </NavLink>
              </li>
              <li className="nav-item">
                <NavLink to="/settings" className={link}>
                  Settings
                </NavLink>
              </li>
            </>
          )}
        </ul>
        <div className="d-flex gap-2 align-items-center">
          <ConnectionIndicator state={stream} />
          <ReadinessBadge />
          <NotificationBell />
          <a className="link-light small" href="/api/docs">
            API docs
          </a>
          <ThemeSwitch />
          <UserMenu me={me} />
        </div>
      </nav>
      <main id="main" className="container-fluid py-3 px-4" tabIndex={-1}>
        <Suspense fallback={<Loading label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </main>
      <SessionExpiryWarning warnMinutes={SESSION_WARNING_MINUTES} onExpired={expired} />
    </>
  );
}
