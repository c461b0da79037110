import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useHasRole } from '../../../lib/auth';
import { useRuntimeLimits } from '../api/scheduling-api';
import { SchedulingNav } from '../components/scheduling-nav';
import { describeSelector, plural } from '../lib/words';

export default function RuntimeLimitsPage() {
  usePageTitle('Runtime limits', 'Scheduling');
  const limits = useRuntimeLimits();
  const isManager = useHasRole('manager');
  const navigate = useNavigate();
  return (
    <div>
      <SchedulingNav />
      <div className="d-flex align-items-center mb-2">
        <h1 className="h3 mb-0 me-auto">Runtime limits</h1>
        {isManager && (
          <Link to="/scheduling/runtime-limits/new" className="btn btn-primary btn-sm">
            New runtime limit
          </Link>
        )}
      </div>
      <p className="text-body-secondary small">“Nothing runs longer than N hours unless it is booked”: a limit stops workers that ran that long outside schedule windows, reservations and keep-running overrides.</p>
      {limits.isPending && <Loading label="Loading the runtime limits…" />}
      {limits.error && <ErrorAlert error={limits.error} title="The runtime limits could not be loaded." />}
      {limits.data?.length === 0 && (
        <EmptyState title="No runtime limits" action={isManager ? { label: 'New runtime limit', onClick: () => void navigate('/scheduling/runtime-limits/new') } : undefined}>
          Without one, a worker runs until a person, a schedule or the idle detector stops it.
        </EmptyState>
      )}
      {limits.data && limits.data.length > 0 && (
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Stops after</th>
              <th scope="col">Applies to</th>
            </tr>
          </thead>
          <tbody>
            {limits.data.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link to={`/scheduling/runtime-limits/${l.id}`}>{l.name}</Link>
                </td>
                <td className="small">{l.hours} h running</td>
                <td className="small">
                  {[l.workers ? plural(l.workers.length, 'worker', 'workers') + ' now' : plural(l.assignment.workerIds.length, 'named worker', 'named workers'), describeSelector(l.assignment.selector) && `tags ${describeSelector(l.assignment.selector)}`].filter(Boolean).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
