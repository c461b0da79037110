import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { type WorkerListFilters, workerKeys } from '../../../lib/query-keys';
import { listAllWorkers } from '../api/list-all-workers';
import type { WorkerSelection } from '../hooks/use-worker-selection';
import type { BulkDialogKind } from './bulk-action-dialog';

// The dialog (forms, confirmation, outcomes) loads when first opened: the list itself stays light.
const BulkActionDialog = lazy(() => import('./bulk-action-dialog').then((m) => ({ default: m.BulkActionDialog })));

const workers = (n: number) => `${n} ${n === 1 ? 'worker' : 'workers'}`;

/**
 * What is selected on the workers list and what can be done to it: the count, "select all matching
 * the filter", clear, and the bulk actions (start, stop, tag, policy). Tag and the admin's policies
 * show to admins only; start, stop and overrides to everyone, since owners may (the confirmation
 * names who is skipped for the role). Every worker matching the filter is read when its dialog opens.
 */
export function BulkActionsBar({
  selection,
  pageCount,
  total,
  filters,
  isAdmin,
}: {
  selection: WorkerSelection;
  pageCount: number;
  total: number;
  filters: Omit<WorkerListFilters, 'page' | 'pageSize'>;
  isAdmin: boolean;
}) {
  const [dialog, setDialog] = useState<BulkDialogKind | null>(null);
  const count = selection.allMatching ? total : selection.chosen.size;
  const all = useQuery({
    queryKey: [...workerKeys.lists(), 'all-matching', filters],
    queryFn: ({ signal }) => listAllWorkers(filters, signal),
    enabled: dialog !== null && selection.allMatching,
    staleTime: 0,
    gcTime: 0,
  });
  const chosen = useMemo(() => [...selection.chosen.values()], [selection.chosen]);
  const caller = useMemo(() => ({ isAdmin }), [isAdmin]);

  if (count === 0) return null;
  const buttons: [BulkDialogKind, string, string, boolean][] = [
    ['start', 'Start', 'btn-success', true],
    ['stop', 'Stop', 'btn-warning', true],
    ['tag', 'Tag…', 'btn-outline-secondary', isAdmin],
    ['policy', 'Set policy…', 'btn-outline-secondary', true],
  ];
  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mb-2 p-2 border rounded bg-body" role="region" aria-label="Bulk actions" data-testid="bulk-bar">
      <span className="fw-semibold" role="status" data-testid="selection-count">
        {selection.allMatching ? `All ${workers(total)} matching the filter selected` : `${workers(count)} selected`}
      </span>
      {!selection.allMatching && selection.pageSelected && total > pageCount && (
        <button type="button" className="btn btn-link btn-sm" onClick={selection.selectAllMatching}>
          Select all {workers(total)} matching the filter
        </button>
      )}
      <button type="button" className="btn btn-link btn-sm" onClick={selection.clear}>
        Clear selection
      </button>
      <div className="d-flex flex-wrap gap-2 ms-auto" role="group" aria-label="Act on the selected workers">
        {buttons
          .filter(([, , , shown]) => shown)
          .map(([kind, label, variant]) => (
            <button key={kind} type="button" className={`btn btn-sm ${variant}`} onClick={() => setDialog(kind)}>
              {label}
            </button>
          ))}
      </div>
      {dialog && (
        <Suspense fallback={null}>
          <BulkActionDialog
            kind={dialog}
            workers={selection.allMatching ? all.data : chosen}
            loadError={selection.allMatching ? (all.error ?? undefined) : undefined}
            caller={caller}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      )}
    </div>
  );
}
