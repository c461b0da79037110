import { memo } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import type { LabRecord } from '../api/types';
import { LabActions } from './lab-actions';
import { LabStateBadge } from './lab-state-badge';

/** Labs with their state and actions; `workerNames` adds a worker column (the fleet-wide list). */
export function LabsTable({ labs, workerNames, workerLink }: { labs: LabRecord[]; workerNames?: ReadonlyMap<string, string>; workerLink?: (workerId: string) => string }) {
  return (
    <div className="table-responsive">
      <table className="table table-hover align-middle" aria-label="Labs">
        <thead className="table-light">
          <tr>
            <th scope="col">Lab</th>
            {workerNames && <th scope="col">Worker</th>}
            <th scope="col">State</th>
            <th scope="col">Owner</th>
            <th scope="col" className="text-end">
              Nodes
            </th>
            <th scope="col" className="text-end">
              Links
            </th>
            <th scope="col">Modified</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {labs.map((lab) => (
            <LabRow key={`${lab.workerId}/${lab.labId}`} lab={lab} workerName={workerNames?.get(lab.workerId)} showWorker={Boolean(workerNames)} workerLink={workerLink} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const LabRow = memo(function LabRow({ lab, workerName, showWorker, workerLink }: { lab: LabRecord; workerName?: string; showWorker: boolean; workerLink?: (workerId: string) => string }) {
  return (
    <tr data-lab-id={lab.labId}>
      <td>
        <span className="fw-semibold">{lab.title}</span>
        {lab.description && <div className="small text-body-secondary text-truncate" style={{ maxWidth: 320 }} title={lab.description}>{lab.description}</div>}
        <div className="small text-body-secondary font-monospace">{lab.labId}</div>
      </td>
      {showWorker && (
        <td>
          {workerLink ? <Link to={workerLink(lab.workerId)}>{workerName ?? lab.workerId.slice(0, 8)}</Link> : (workerName ?? lab.workerId)}
        </td>
      )}
      <td>
        <LabStateBadge state={lab.state} />
      </td>
      <td>{lab.ownerFullname ?? lab.ownerUsername ?? '—'}</td>
      <td className="text-end">{lab.nodeCount ?? '—'}</td>
      <td className="text-end">{lab.linkCount ?? '—'}</td>
      <td className="small">
        <RelativeTime iso={lab.modified} />
        {lab.lastSyncedAt && (
          <div className="text-body-secondary">
            synced <RelativeTime iso={lab.lastSyncedAt} />
          </div>
        )}
      </td>
      <td>
        <LabActions lab={lab} workerName={workerName} />
      </td>
    </tr>
  );
});
