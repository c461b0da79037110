import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useHasRole } from '../../../lib/auth';
import { useCalendars } from '../api/scheduling-api';
import { SchedulingNav } from '../components/scheduling-nav';
import { plural } from '../lib/words';

export default function CalendarsPage() {
  usePageTitle('Holiday calendars', 'Scheduling');
  const calendars = useCalendars();
  const isManager = useHasRole('manager');
  const navigate = useNavigate();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div>
      <SchedulingNav />
      <div className="d-flex align-items-center mb-2">
        <h1 className="h3 mb-0 me-auto">Holiday calendars</h1>
        {isManager && (
          <Link to="/scheduling/calendars/new" className="btn btn-primary btn-sm">
            New holiday calendar
          </Link>
        )}
      </div>
      <p className="text-body-secondary small">Named lists of days on which the schedules that use them do not open. One calendar can serve many schedules.</p>
      {calendars.isPending && <Loading label="Loading the calendars…" />}
      {calendars.error && <ErrorAlert error={calendars.error} title="The holiday calendars could not be loaded." />}
      {calendars.data?.length === 0 && (
        <EmptyState title="No holiday calendars yet" action={isManager ? { label: 'New holiday calendar', onClick: () => void navigate('/scheduling/calendars/new') } : undefined}>
          Type the days or upload an iCalendar (.ics) file.
        </EmptyState>
      )}
      {calendars.data && calendars.data.length > 0 && (
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Days</th>
              <th scope="col">Next day</th>
              <th scope="col">Used by</th>
            </tr>
          </thead>
          <tbody>
            {calendars.data.map((c) => {
              const next = c.holidays.filter((h) => h.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
              return (
                <tr key={c.id}>
                  <td>
                    <Link to={`/scheduling/calendars/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="small">{plural(c.holidays.length, 'day', 'days')}</td>
                  <td className="small">{next ? `${next.date}${next.name ? ` (${next.name})` : ''}` : '—'}</td>
                  <td className="small">{c.usedBy.length ? c.usedBy.map((s) => s.name).join(', ') : 'no schedule'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
