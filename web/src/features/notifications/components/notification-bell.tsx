import { useState } from 'react';
import Offcanvas from 'react-bootstrap/Offcanvas';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { unreadBadge } from '../lib/merge-notification';
import { NotificationItem } from './notification-item';

/** The centre shows the newest 50; the live stream adds to them as they come. */
export const CENTRE_FILTERS = { unreadOnly: false, limit: 50 };

function BellIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="currentColor">
      <path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2zm.995-14.901a1 1 0 1 0-1.99 0A5.002 5.002 0 0 0 3 6c0 1.098-.5 6-2 7h14c-1.5-1-2-5.902-2-7 0-2.42-1.72-4.44-4.005-4.901z" />
    </svg>
  );
}

/** The bell in the top navigation: the unread count, and the notification centre it opens. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const list = useNotifications(CENTRE_FILTERS);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const badge = unreadBadge(unread);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-light position-relative"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls="notification-centre"
        onClick={() => setOpen(true)}
      >
        <BellIcon />
        {badge && (
          <span className="position-absolute top-0 start-100 translate-middle badge rounded-pill bg-danger" aria-hidden="true" data-testid="unread-badge">
            {badge}
          </span>
        )}
      </button>
      <Offcanvas show={open} onHide={close} placement="end" id="notification-centre" aria-labelledby="notification-centre-title">
        <Offcanvas.Header closeButton closeLabel="Close notifications">
          <Offcanvas.Title as="h2" className="h5" id="notification-centre-title">
            Notifications
          </Offcanvas.Title>
        </Offcanvas.Header>
        <Offcanvas.Body className="d-flex flex-column gap-2">
          <div className="d-flex justify-content-between align-items-center">
            <span className="small text-body-secondary" aria-live="polite">
              {unread > 0 ? `${unread} unread` : 'All read'}
            </span>
            <button type="button" className="btn btn-sm btn-outline-secondary" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
              Mark all read
            </button>
          </div>
          {markAll.error && <ErrorAlert error={markAll.error} title="Could not mark them read" />}
          {markRead.error && <ErrorAlert error={markRead.error} title="Could not mark it read" />}
          {list.isPending && <Loading label="Loading notifications…" />}
          {list.error && <ErrorAlert error={list.error} title="Could not load notifications" />}
          {list.data && list.data.items.length === 0 && <p className="text-body-secondary">No notifications yet.</p>}
          {list.data && list.data.items.length > 0 && (
            <ul className="list-group" aria-label="Notifications">
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} onRead={(id) => markRead.mutate(id)} onNavigate={close} />
              ))}
            </ul>
          )}
          <Link to="/notifications/preferences" className="small mt-auto" onClick={close}>
            Notify me about…
          </Link>
        </Offcanvas.Body>
      </Offcanvas>
    </>
  );
}
