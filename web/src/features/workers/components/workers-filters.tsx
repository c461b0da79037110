import { useEffect, useId, useState } from 'react';
import { humanize } from '../../../lib/vocabulary';
import type { WorkerStatus } from '../api/types';

export const STATUSES: WorkerStatus[] = ['running', 'pending', 'stopping', 'stopped', 'shutting-down', 'failed', 'unknown', 'terminated'];

export interface FilterValues {
  region: string;
  status: string;
  q: string;
  includeTerminated: boolean;
}

/** Region, status and free-text search; the search waits for a pause in typing before it asks the server. */
export function WorkersFilters({
  values,
  regions,
  canSeeTerminated,
  onChange,
}: {
  values: FilterValues;
  regions: string[];
  canSeeTerminated: boolean;
  onChange: (patch: Partial<FilterValues>) => void;
}) {
  const id = useId();
  const [q, setQ] = useState(values.q);
  useEffect(() => setQ(values.q), [values.q]);
  useEffect(() => {
    if (q === values.q) return;
    const timer = setTimeout(() => onChange({ q }), 300);
    return () => clearTimeout(timer);
  }, [q, values.q, onChange]);

  return (
    <form className="row g-2 align-items-end mb-3" role="search" aria-label="Filter workers" onSubmit={(e) => { e.preventDefault(); onChange({ q }); }}>
      <div className="col-12 col-md-4">
        <label htmlFor={`${id}-q`} className="form-label small mb-1">
          Search
        </label>
        <input id={`${id}-q`} type="search" className="form-control" placeholder="Name, instance id or IP" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="col-6 col-md-2">
        <label htmlFor={`${id}-region`} className="form-label small mb-1">
          Region
        </label>
        <select id={`${id}-region`} className="form-select" value={values.region} onChange={(e) => onChange({ region: e.target.value })}>
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="col-6 col-md-2">
        <label htmlFor={`${id}-status`} className="form-label small mb-1">
          Status
        </label>
        <select id={`${id}-status`} className="form-select" value={values.status} onChange={(e) => onChange({ status: e.target.value })}>
          <option value="">Any status</option>
          {STATUSES.filter((s) => s !== 'terminated' || canSeeTerminated).map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </select>
      </div>
      {canSeeTerminated && (
        <div className="col-12 col-md-3">
          <div className="form-check mb-2">
            <input
              id={`${id}-terminated`}
              type="checkbox"
              className="form-check-input"
              checked={values.includeTerminated}
              onChange={(e) => onChange({ includeTerminated: e.target.checked })}
            />
            <label htmlFor={`${id}-terminated`} className="form-check-label">
              Include terminated
            </label>
          </div>
        </div>
      )}
    </form>
  );
}
