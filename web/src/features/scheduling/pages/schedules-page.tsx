import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useHasRole } from '../../../lib/auth';
import { type Schedule, type Weekday, useCalendars, useSchedules } from '../api/scheduling-api';
import { SchedulingNav } from '../components/scheduling-nav';
import { BEHAVIOURS, describeSelector } from '../lib/words';

const SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

/** "Mon–Fri 08:00–18:00; Sat 09:00–13:00". */
export function describePeriods(s: Pick<Schedule, 'periods'>): string {
  return s.periods
    .map((p) => {
      const days = p.days.join(',') === 'mon,tue,wed,thu,fri' ? 'Mon–Fri' : p.days.length === 7 ? 'Every day' : p.days.map((d) => SHORT[d]).join(', ');
      return `${days} ${p.start}–${p.end}`;
    })
    .join('; ');
}


export default function SchedulesPage() {
  usePageTitle('Schedules', 'Scheduling');
  const schedules = useSchedules();
  const calendars = useCalendars();
  const isManager = useHasRole('manager');
  const navigate = useNavigate();
  const calendarName = (id?: string) => (id ? (calendars.data?.find((c) => c.id === id)?.name ?? id) : '—');
  return (
    <div>
      <SchedulingNav />
      <div className="d-flex align-items-center mb-2">
        <h1 className="h3 mb-0 me-auto">Schedules</h1>
        {isManager && (
          <Link to="/scheduling/schedules/new" className="btn btn-primary btn-sm">
            New schedule
          </Link>
        )}
      </div>
      <p className="text-body-secondary small">Weekly periods in a time zone during which workers are started and after which they are stopped, skipping the days of a holiday calendar.</p>
      {schedules.isPending && <Loading label="Loading the schedules…" />}
      {schedules.error && <ErrorAlert error={schedules.error} title="The schedules could not be loaded." />}
      {schedules.data?.length === 0 && (
        <EmptyState title="No schedules yet" action={isManager ? { label: 'New schedule', onClick: () => void navigate('/scheduling/schedules/new') } : undefined}>
          {isManager ? 'A schedule starts and stops workers at set times each week.' : 'A manager can add schedules that start and stop workers at set times each week.'}
        </EmptyState>
      )}
      {schedules.data && schedules.data.length > 0 && (
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Periods</th>
              <th scope="col">Time zone</th>
              <th scope="col">Behaviour</th>
              <th scope="col">Holiday calendar</th>
              <th scope="col">Workers now</th>
            </tr>
          </thead>
          <tbody>
            {schedules.data.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/scheduling/schedules/${s.id}`}>{s.name}</Link>
                </td>
                <td className="small">{describePeriods(s)}</td>
                <td className="small font-monospace">{s.timezone}</td>
                <td className="small">{BEHAVIOURS.find((b) => b.value === s.behaviour)?.label ?? s.behaviour}</td>
                <td className="small">{calendarName(s.calendarId)}</td>
                <td className="small" title={[s.workers.map((w) => w.name).join(', '), describeSelector(s.assignment.selector) && `tags ${describeSelector(s.assignment.selector)}`].filter(Boolean).join('; ')}>
                  {s.workers.length} {s.workers.length === 1 ? 'worker' : 'workers'}
                  {describeSelector(s.assignment.selector) && <span className="text-body-secondary"> (tags {describeSelector(s.assignment.selector)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
