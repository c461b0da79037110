import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import type { NotificationResponse } from '../api/notification-types';
import { SEVERITY_STYLE } from '../lib/notification-kinds';

/**
 * One notification: severity, title, body, its worker, when, and its actions as buttons opening in
 * a new tab (an action link shows its own confirmation page). Clicking or focusing into it and
 * pressing Enter marks it read.
 */
export function NotificationItem({ notification: n, onRead, onNavigate }: { notification: NotificationResponse; onRead: (id: string) => void; onNavigate?: () => void }) {
  const unread = !n.readAt;
  const severity = SEVERITY_STYLE[n.severity] ?? SEVERITY_STYLE.info;
  const read = () => {
    if (unread) onRead(n.id);
  };
  return (
    <li
      className={`list-group-item border-start border-4 ${severity.border} ${unread ? 'bg-body-tertiary' : ''}`}
      aria-labelledby={`notification-${n.id}-title`}
      onClick={read}
      onKeyDown={(e) => {
        if (e.key === 'Enter') read();
      }}
    >
      <div className="d-flex justify-content-between align-items-start gap-2">
        <h3 id={`notification-${n.id}-title`} className={`h6 mb-1 ${unread ? 'fw-bold' : 'fw-normal'}`}>
          <span className="visually-hidden">{`${severity.label}${unread ? ', unread' : ''}:`}</span> {n.title}
        </h3>
        <small className="text-body-secondary text-nowrap">
          <RelativeTime iso={n.createdAt} />
        </small>
      </div>
      <p className="mb-1 small">{n.body}</p>
      {n.workerId && (
        <p className="mb-1 small">
          Worker:{' '}
          <Link to={`/workers/${encodeURIComponent(n.workerId)}`} onClick={onNavigate}>
            {n.workerName ?? n.workerId}
          </Link>
        </p>
      )}
      <div className="d-flex flex-wrap gap-2 align-items-center">
        {n.actions.map((a) => (
          <a key={a.url} className="btn btn-sm btn-outline-primary" href={a.url} target="_blank" rel="noopener noreferrer">
            {a.label} <span className="visually-hidden">(opens in a new tab)</span>
          </a>
        ))}
        {unread && (
          <button type="button" className="btn btn-sm btn-link p-0 ms-auto" onClick={read}>
            Mark read
          </button>
        )}
      </div>
    </li>
  );
}
