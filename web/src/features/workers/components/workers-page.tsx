import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ColumnChooser } from '../../../components/column-chooser';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { PAGE_SIZES } from '../../../config/console';
import { useHasRole } from '../../../lib/auth';
import { useDefaults } from '../../../lib/defaults';
import type { WorkerListFilters } from '../../../lib/query-keys';
import { useWorkers } from '../api/list-workers';
import { workersCsvUrl } from '../api/workers-csv';
import { useWorkerColumns } from '../hooks/use-worker-columns';
import { useWorkerSelection } from '../hooks/use-worker-selection';
import { WORKER_COLUMNS } from '../lib/worker-columns';
import { BulkActionsBar } from './bulk-actions-bar';
import { FleetTotals } from './fleet-totals';
import { type FilterValues, WorkersFilters } from './workers-filters';
import { type RowSelection, WorkersTable } from './workers-table';

/** Filters, sort and page live in the URL, so a view can be bookmarked, shared and reloaded. */
function useListParams() {
  const [params, setParams] = useSearchParams();
  const filters: WorkerListFilters = useMemo(() => {
    const size = Number(params.get('size'));
    return {
      region: params.get('region') ?? '',
      status: params.get('status') ? [params.get('status')!] : [],
      q: params.get('q') ?? '',
      includeTerminated: params.get('terminated') === '1',
      sort: params.get('sort') ?? 'name',
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZES.includes(size) ? size : 25,
    };
  }, [params]);

  const update = useCallback(
    (patch: Record<string, string | number | boolean | undefined>, resetPage = true) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '' || v === false) next.delete(k);
            else next.set(k, v === true ? '1' : String(v));
          }
          if (resetPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { filters, update };
}

export function WorkersPage() {
  usePageTitle('Workers');
  const { filters, update } = useListParams();
  const isAdmin = useHasRole('admin');
  const defaults = useDefaults();
  const columns = useWorkerColumns();
  // The cost is asked for only while its column shows (the server reads the cost ledger for it).
  const withCost = columns.visible.has('cost');
  // While workers are selected the list carries what the caller may do to each (bulk actions' skip rules).
  const [withActions, setWithActions] = useState(false);
  // An admin's choice in the URL must not leak to a user who opens the same link.
  const effective = useMemo(
    () => ({ ...filters, includeTerminated: isAdmin && filters.includeTerminated, withCost, ...(withActions ? { withActions } : {}) }),
    [filters, isAdmin, withCost, withActions],
  );
  const { data, error, isPending, isFetching, isPlaceholderData } = useWorkers(effective);
  const { page: _page, pageSize: _size, withCost: _cost, withActions: _actions, ...matching } = effective;
  const selection = useWorkerSelection(data?.items, JSON.stringify({ ...matching, sort: undefined }));
  const selecting = selection.chosen.size > 0 || selection.allMatching;
  useEffect(() => setWithActions((was) => was || selecting), [selecting]);
  const rowSelection: RowSelection = useMemo(
    () => ({
      isSelected: (id) => selection.ids.has(id),
      all: selection.allMatching,
      pageSelected: selection.pageSelected,
      pagePartly: Boolean(data?.items.some((w) => selection.ids.has(w.id))),
      onToggle: selection.toggle,
      onTogglePage: selection.togglePage,
    }),
    [selection, data],
  );

  const onFilter = useCallback(
    (patch: Partial<FilterValues>) =>
      update({
        ...(patch.region !== undefined ? { region: patch.region } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.q !== undefined ? { q: patch.q } : {}),
        ...(patch.includeTerminated !== undefined ? { terminated: patch.includeTerminated } : {}),
      }),
    [update],
  );
  const onSort = useCallback((sort: string) => update({ sort }), [update]);
  const filtered = Boolean(filters.region || filters.status?.length || filters.q);

  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <h1 className="h3 mb-0 me-auto">Workers</h1>
        {isFetching && !isPending && <span className="small text-body-secondary" role="status">Updating…</span>}
        {isAdmin && (
          <>
            <Link to="/workers/import" className="btn btn-outline-primary">
              Import instances
            </Link>
            <Link to="/workers/new" className="btn btn-primary">
              New worker
            </Link>
          </>
        )}
      </div>
      <FleetTotals summary={data?.summary} />
      <WorkersFilters
        values={{ region: filters.region ?? '', status: filters.status?.[0] ?? '', q: filters.q ?? '', includeTerminated: effective.includeTerminated ?? false }}
        regions={defaults.data?.regions ?? []}
        canSeeTerminated={isAdmin}
        onChange={onFilter}
      />
      {error && <ErrorAlert error={error} title="The workers could not be loaded." />}
      {isPending && !error && <Loading label="Loading workers…" />}
      {data && data.items.length === 0 && (
        <EmptyState title={filtered ? 'No worker matches these filters.' : 'No workers yet.'}>
          {filtered ? 'Change or clear the filters.' : isAdmin ? 'Import existing CML instances or provision a new worker.' : 'An administrator adds workers.'}
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <div className={isPlaceholderData ? 'opacity-75' : undefined}>
          <div className="d-flex justify-content-end gap-2 mb-2">
            <a className="btn btn-sm btn-outline-secondary" href={workersCsvUrl(effective)} download title="Every worker this filter and sort match, all pages, with this month's cost">
              Export CSV
            </a>
            <ColumnChooser columns={WORKER_COLUMNS} visible={columns.visible} custom={columns.custom} onChange={columns.choose} onReset={columns.reset} />
          </div>
          <BulkActionsBar selection={selection} pageCount={data.items.length} total={data.total} filters={matching} isAdmin={isAdmin} />
          <WorkersTable workers={data.items} sort={filters.sort ?? 'name'} onSort={onSort} busy={isFetching} columns={columns.visible} selection={rowSelection} />
          <Pager
            label="Workers pages"
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            lastPage={data.lastPage}
            sizes={PAGE_SIZES}
            onPage={(page) => update({ page }, false)}
            onPageSize={(size) => update({ size })}
          />
        </div>
      )}
    </>
  );
}
