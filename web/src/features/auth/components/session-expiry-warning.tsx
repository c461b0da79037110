import { useEffect } from 'react';
import { useNow } from '../../../components/use-now';
import { errorMessage } from '../../../lib/api-client';
import { useExtendSession } from '../api/extend-session';
import { useSession } from '../api/get-session';
import { useLogout } from '../api/logout';

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Warns `warnMinutes` before the session ends, with "Stay signed in". The session is polled without
 * counting as activity; inside the warning window it is polled more often, so using the console in
 * another tab (which extends the session) makes the warning go away here too.
 */
export function SessionExpiryWarning({ warnMinutes = 5, onExpired }: { warnMinutes?: number; onExpired: () => void }) {
  const now = useNow(1_000);
  const warnMs = warnMinutes * 60_000;
  const session = useSession(warnMs);
  const extend = useExtendSession();
  const logout = useLogout();
  const endsAt = session.data?.endsAt;
  const left = endsAt === undefined ? undefined : endsAt - now;

  useEffect(() => {
    if (left !== undefined && left <= 0) onExpired();
  }, [left, onExpired]);

  if (left === undefined || left > warnMs || left <= 0) return null;
  return (
    <div className="position-fixed top-0 start-50 translate-middle-x mt-3" style={{ zIndex: 1080, maxWidth: 520 }}>
      <div className="alert alert-warning shadow d-flex flex-wrap align-items-center gap-2 mb-0" role="alertdialog" aria-labelledby="session-expiry-text" aria-live="assertive">
        <span id="session-expiry-text" className="me-auto">
          Your session ends in <strong>{clock(left)}</strong> because of inactivity.
        </span>
        <button type="button" className="btn btn-sm btn-primary" onClick={() => extend.mutate()} disabled={extend.isPending} autoFocus>
          Stay signed in
        </button>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
          Sign out
        </button>
        {extend.error && <span className="w-100 small text-danger">{errorMessage(extend.error)}</span>}
      </div>
    </div>
  );
}
