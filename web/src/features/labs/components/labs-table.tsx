import { memo } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import { useHasRole } from '../../../lib/auth';
import type { LabRecord } from '../api/types';
import { LabActions } from './lab-actions';
import { LabStateBadge } from './lab-state-badge';

/**
 * Labs with their state and actions; `showWorker` adds a worker column (the fleet-wide list). Every
 * lab action is a manager's, so a `user` sees no actions column.
 */
export function LabsTable({ labs, showWorker = false }: { labs: LabRecord[]; showWorker?: boolean }) {
  const showActions = useHasRole('manager');
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle" aria-label="Labs">
        <thead className="table-light">
          <tr>
            <th scope="col">Lab</th>
            {showWorker && <th scope="col">Worker</th>}
            <th scope="col">State</th>
            <th scope="col">Owner</th>
            <th scope="col" className="text-end">
              Nodes
            </th>
            <th scope="col" className="text-end">
              Links
            </th>
            <th scope="col">Modified</th>
            {showActions && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {labs.map((lab) => (
            <LabRow key={lab.id} lab={lab} showWorker={showWorker} showActions={showActions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const LabRow = memo(function LabRow({ lab, showWorker, showActions }: { lab: LabRecord; showWorker: boolean; showActions: boolean }) {
  const gone = lab.presence !== 'present';
  // The controller of a worker that is not running is not read: this is the lab as last seen.
  const workerDown = !gone && lab.workerStatus !== undefined && lab.workerStatus !== 'running';
  return (
    <tr data-lab-id={lab.labId}>
      <td>
        <Link className="fw-semibold" to={`/workers/${encodeURIComponent(lab.workerId)}/labs/${encodeURIComponent(lab.labId)}`}>
          {lab.title || lab.labId}
        </Link>
        {lab.description && <div className="small text-body-secondary text-truncate" style={{ maxWidth: 320 }} title={lab.description}>{lab.description}</div>}
        <div className="small text-body-secondary font-monospace">{lab.labId}</div>
      </td>
      {showWorker && (
        <td>
          <Link to={`/workers/${lab.workerId}?tab=labs`}>{lab.workerName ?? lab.workerId.slice(0, 8)}</Link>
        </td>
      )}
      <td>
        <LabStateBadge state={lab.state} />
        {workerDown && (
          <div className="small text-body-secondary" data-testid="lab-last-seen">
            as last seen <RelativeTime iso={lab.lastSyncedAt} />
          </div>
        )}
        {gone && (
          <span className="badge text-bg-dark ms-1" title={lab.presence === 'deleted' ? `Deleted ${lab.deletedBy ? `by ${lab.deletedBy.name}` : ''}` : 'No longer on the controller'}>
            {lab.presence}
          </span>
        )}
      </td>
      <td>{lab.ownerFullname ?? lab.ownerUsername ?? '—'}</td>
      <td className="text-end">{lab.nodeCount ?? '—'}</td>
      <td className="text-end">{lab.linkCount ?? '—'}</td>
      <td className="small">
        <RelativeTime iso={lab.modifiedAt} />
        {lab.lastSyncedAt && (
          <div className="text-body-secondary">
            synced <RelativeTime iso={lab.lastSyncedAt} />
          </div>
        )}
      </td>
      {showActions && (
        <td>
          {gone ? (
            <span className="small text-body-secondary">history only</span>
          ) : workerDown ? (
            <span className="small text-body-secondary">Worker {lab.workerStatus}: start it to work with this lab.</span>
          ) : (
            <LabActions lab={lab} />
          )}
        </td>
      )}
    </tr>
  );
});
