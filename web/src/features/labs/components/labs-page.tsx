import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { useDebouncedField } from '../../../components/use-debounced-field';
import { useHasRole } from '../../../lib/auth';
import type { LabListFilters } from '../../../lib/query-keys';
import { useLabs } from '../api/list-labs';
import { useWorkerOptions } from '../api/list-worker-options';
import { LAB_STATES } from '../lib/lab-actions';
import { LabsTable } from './labs-table';
import { UploadLabDialog } from './upload-lab-dialog';

/**
 * Every lab of the fleet, filtered by worker, state, owner and text. Filters apply as they change
 * (text after a pause in typing), like the workers' filters, and live in the URL.
 */
export function LabsPage() {
  usePageTitle('Labs');
  const [params, setParams] = useSearchParams();
  const filters: LabListFilters = useMemo(
    () => ({
      workerId: params.get('workerId') ?? '',
      state: params.get('state') ?? '',
      owner: params.get('owner') ?? '',
      q: params.get('q') ?? '',
      includeGone: params.get('gone') === '1',
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: 50,
    }),
    [params],
  );
  const labs = useLabs(filters);
  const workers = useWorkerOptions();
  const canUpload = useHasRole('manager');
  const [uploading, setUploading] = useState(false);

  const set = useCallback(
    (patch: Record<string, string | undefined>, resetPage = true) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          if (resetPage) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const [q, setQ, flushQ] = useDebouncedField(filters.q ?? '', useCallback((v: string) => set({ q: v }), [set]));
  const [owner, setOwner, flushOwner] = useDebouncedField(filters.owner ?? '', useCallback((v: string) => set({ owner: v }), [set]));
  // Text is sent trimmed (listLabs); the field keeps what was typed, trailing space included.
  const filtered = Boolean(filters.workerId || filters.state || filters.owner?.trim() || filters.q?.trim());
  const clear = () => set({ workerId: undefined, state: undefined, owner: undefined, q: undefined });

  return (
    <>
      <div className="d-flex align-items-center gap-2 mb-3">
        <h1 className="h3 mb-0 me-auto">Labs</h1>
        {canUpload && (
          <button type="button" className="btn btn-primary" onClick={() => setUploading(true)}>
            Upload topology
          </button>
        )}
      </div>
      <form
        className="row g-2 align-items-end mb-3"
        role="search"
        aria-label="Filter labs"
        onSubmit={(e) => {
          // Enter applies at once, without waiting for the pause.
          e.preventDefault();
          flushQ();
          flushOwner();
        }}
      >
        <div className="col-12 col-md-3">
          <label htmlFor="labs-q" className="form-label small mb-1">
            Search
          </label>
          <input id="labs-q" type="search" className="form-control" placeholder="Title or description" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="col-6 col-md-3">
          <label htmlFor="labs-worker" className="form-label small mb-1">
            Worker
          </label>
          <select id="labs-worker" className="form-select" value={filters.workerId} onChange={(e) => set({ workerId: e.target.value })}>
            <option value="">All workers</option>
            {(workers.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-6 col-md-2">
          <label htmlFor="labs-state" className="form-label small mb-1">
            State
          </label>
          <select id="labs-state" className="form-select" value={filters.state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">Any state</option>
            {LAB_STATES.map((s) => (
              <option key={s} value={s}>
                {s.toLowerCase().replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </div>
        <div className="col-6 col-md-2">
          <label htmlFor="labs-owner" className="form-label small mb-1">
            Owner
          </label>
          <input id="labs-owner" type="search" className="form-control" placeholder="e.g. admin" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </div>
        <div className="col-6 col-md-2">
          {filtered && (
            <button type="button" className="btn btn-link px-0" onClick={clear}>
              Clear filters
            </button>
          )}
        </div>
        <div className="col-12">
          <div className="form-check">
            <input id="labs-gone" type="checkbox" className="form-check-input" checked={filters.includeGone} onChange={(e) => set({ gone: e.target.checked ? '1' : undefined })} />
            <label htmlFor="labs-gone" className="form-check-label">
              Include labs that were removed from or deleted on their controller
            </label>
          </div>
        </div>
      </form>
      {labs.error && <ErrorAlert error={labs.error} title="The labs could not be loaded." />}
      {labs.isPending && !labs.error && <Loading label="Loading labs…" />}
      {labs.data &&
        labs.data.items.length === 0 &&
        (filtered ? (
          <EmptyState title="No lab matches these filters." action={{ label: 'Clear filters', onClick: clear }}>
            Change or clear the filters{filters.includeGone ? '' : ', or include labs that were removed or deleted'}.
          </EmptyState>
        ) : (
          <EmptyState title="No labs yet.">Labs appear here once the workers’ controllers have been synced.</EmptyState>
        ))}
      {labs.data && labs.data.items.length > 0 && (
        <>
          <LabsTable labs={labs.data.items} showWorker />
          <Pager label="Labs pages" page={labs.data.page} pageSize={labs.data.pageSize} total={labs.data.total} lastPage={labs.data.lastPage} onPage={(page) => set({ page: String(page) }, false)} />
        </>
      )}
      <UploadLabDialog show={uploading} onClose={() => setUploading(false)} workers={workers.data} />
    </>
  );
}
