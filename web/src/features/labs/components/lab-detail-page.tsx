import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { statusOf } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useLab } from '../api/get-lab';
import { LabActions } from './lab-actions';
import { LabStateBadge } from './lab-state-badge';

const TRIGGER_WORDS = { sync: 'found by a sync', user: 'asked through Cloud Manager' } as const;

/**
 * One lab at its own URL (/workers/:id/labs/:labId): what the controller said of it when last
 * synced, and every change of its state with who or what changed it. A record read, no controller call.
 */
export default function LabDetailPage() {
  const { id = '', labId = '' } = useParams();
  const { data: lab, error, isPending } = useLab(id, labId);
  const isManager = useHasRole('manager');
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(lab ? lab.title || lab.labId : error ? (statusOf(error) === 404 ? 'No such lab' : 'Lab not loaded') : undefined, 'Labs');
  const loaded = lab?.id;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  if (isPending) return <Loading label="Loading the lab…" />;
  if (error) {
    return (
      <>
        <ErrorAlert error={error} title={statusOf(error) === 404 ? 'No such lab on this worker.' : 'The lab could not be loaded.'} />
        <Link to={`/workers/${encodeURIComponent(id)}?tab=labs`}>Back to the worker's labs</Link>
      </>
    );
  }
  const history = [...lab.stateHistory].reverse();
  return (
    <>
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/workers">Workers</Link>
          </li>
          <li className="breadcrumb-item">
            <Link to={`/workers/${encodeURIComponent(lab.workerId)}?tab=labs`}>{lab.workerName ?? lab.workerId.slice(0, 8)}</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {lab.title || lab.labId}
          </li>
        </ol>
      </nav>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <h1 className="h3 mb-0" ref={heading} tabIndex={-1}>
          {lab.title || lab.labId}
        </h1>
        <LabStateBadge state={lab.state} />
        {lab.presence !== 'present' && <span className="badge text-bg-dark">{lab.presence === 'deleted' ? 'deleted' : 'no longer on the controller'}</span>}
      </div>
      <p className="text-body-secondary small mb-3">
        <span className="font-monospace">{lab.labId}</span> · last synced {formatDateTime(lab.lastSyncedAt)}
      </p>
      {isManager && lab.presence === 'present' && (
        <div className="mb-3">
          <LabActions lab={lab} />
        </div>
      )}
      <div className="row g-3">
        <section className="col-12 col-lg-5" aria-labelledby="lab-facts">
          <div className="card h-100">
            <div className="card-header">
              <h2 id="lab-facts" className="h6 mb-0">
                Lab
              </h2>
            </div>
            <div className="card-body small">
              <dl className="row mb-0">
                <dt className="col-5 fw-normal text-body-secondary">Owner</dt>
                <dd className="col-7">{lab.ownerFullname ?? lab.ownerUsername ?? '—'}</dd>
                <dt className="col-5 fw-normal text-body-secondary">Nodes</dt>
                <dd className="col-7">{lab.nodeCount === undefined ? '—' : `${formatNumber(lab.nodeCount, 0)} nodes`}</dd>
                <dt className="col-5 fw-normal text-body-secondary">Links</dt>
                <dd className="col-7">{lab.linkCount === undefined ? '—' : `${formatNumber(lab.linkCount, 0)} links`}</dd>
                <dt className="col-5 fw-normal text-body-secondary">Created</dt>
                <dd className="col-7">{lab.createdAt ? formatDateTime(lab.createdAt) : '—'}</dd>
                <dt className="col-5 fw-normal text-body-secondary">Modified</dt>
                <dd className="col-7">{lab.modifiedAt ? formatDateTime(lab.modifiedAt) : '—'}</dd>
                <dt className="col-5 fw-normal text-body-secondary">First seen</dt>
                <dd className="col-7">{formatDateTime(lab.firstSeenAt)}</dd>
                {lab.importedAt && (
                  <>
                    <dt className="col-5 fw-normal text-body-secondary">Uploaded</dt>
                    <dd className="col-7">
                      {formatDateTime(lab.importedAt)}
                      {lab.importedBy && ` by ${lab.importedBy.name}`}
                    </dd>
                  </>
                )}
                {lab.removedAt && (
                  <>
                    <dt className="col-5 fw-normal text-body-secondary">Gone since</dt>
                    <dd className="col-7">{formatDateTime(lab.removedAt)}</dd>
                  </>
                )}
                {lab.deletedAt && (
                  <>
                    <dt className="col-5 fw-normal text-body-secondary">Deleted</dt>
                    <dd className="col-7">
                      {formatDateTime(lab.deletedAt)}
                      {lab.deletedBy && ` by ${lab.deletedBy.name}`}
                    </dd>
                  </>
                )}
              </dl>
              {lab.description && <p className="mt-2 mb-0">{lab.description}</p>}
              {lab.notes && <p className="mt-2 mb-0 text-body-secondary">{lab.notes}</p>}
            </div>
          </div>
        </section>
        <section className="col-12 col-lg-7" aria-labelledby="lab-history">
          <h2 id="lab-history" className="h6">
            State history
          </h2>
          <p className="small text-body-secondary">Newest first; the worker's timeline keeps every change.</p>
          {history.length === 0 ? (
            <p className="small text-body-secondary">No change seen yet.</p>
          ) : (
            <table className="table table-sm small" data-testid="lab-state-history">
              <caption className="visually-hidden">State changes of the lab, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h, i) => (
                  <tr key={`${h.at}-${i}`}>
                    <td className="text-nowrap">{formatDateTime(h.at)}</td>
                    <td>{h.from ? <LabStateBadge state={h.from} /> : <span className="text-body-secondary">first seen</span>}</td>
                    <td>
                      <LabStateBadge state={h.to} />
                    </td>
                    <td>
                      {h.by.name} <span className="text-body-secondary">({TRIGGER_WORDS[h.trigger]})</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
