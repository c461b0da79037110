import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ActionButton } from '../../../components/action-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { RelativeTime } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { workerKeys } from '../../../lib/query-keys';
import { importInstance } from '../api/import-instance';
import { UNREGISTERED_SCAN, useUnregisteredWorkers } from '../api/list-unregistered-workers';
import type { ImportedWorker, WorkerListItem } from '../api/types';

type RowState = { importing: true } | { worker: ImportedWorker } | { refused: string };

/**
 * The workers an admin unregistered (their record and history stay), each with when and by whom,
 * and a way to take its instance under management again: a new worker, as the API does it. Loaded
 * only when asked for.
 */
export function UnregisteredWorkers() {
  const [open, setOpen] = useState(false);
  const list = useUnregisteredWorkers(open);
  const client = useQueryClient();
  const notify = useNotify();
  const [rows, setRows] = useState<Record<string, RowState>>({});

  const reimport = async (w: WorkerListItem) => {
    if (!w.instanceId) return;
    setRows((r) => ({ ...r, [w.id]: { importing: true } }));
    try {
      const worker = await importInstance(w.region, w.instanceId);
      setRows((r) => ({ ...r, [w.id]: { worker } }));
      notify('success', `Imported ${w.instanceId} again as ${worker.name}.`);
      await client.invalidateQueries({ queryKey: workerKeys.all });
    } catch (err) {
      setRows((r) => ({ ...r, [w.id]: { refused: errorMessage(err) } }));
    }
  };

  return (
    <section className="mt-4" aria-labelledby="unregistered-title">
      <div className="d-flex align-items-center gap-2 mb-2">
        <h2 id="unregistered-title" className="h5 mb-0 me-auto">
          Unregistered workers
        </h2>
        <button type="button" className="btn btn-sm btn-outline-secondary" aria-expanded={open} aria-controls="unregistered-body" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide' : 'Show unregistered workers'}
        </button>
      </div>
      <div id="unregistered-body" hidden={!open}>
        {open && list.isPending && <Loading label="Loading the unregistered workers…" />}
        {list.error && <ErrorAlert error={list.error} title="The unregistered workers could not be loaded." />}
        {list.data && list.data.items.length === 0 && (
          <EmptyState title="No unregistered workers.">Workers unregistered from their page (admin) appear here, with their history kept.</EmptyState>
        )}
        {list.data && list.data.items.length > 0 && (
          <>
            {list.data.total > list.data.scanned && (
              <p className="small text-body-secondary">
                Among the {UNREGISTERED_SCAN} most recently changed of {list.data.total} workers.
              </p>
            )}
            <table className="table table-sm align-middle" aria-label="Unregistered workers">
              <thead>
                <tr>
                  <th scope="col">Worker</th>
                  <th scope="col">Region</th>
                  <th scope="col">Instance</th>
                  <th scope="col">Status</th>
                  <th scope="col">Unregistered</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((w) => {
                  const row = rows[w.id];
                  return (
                    <tr key={w.id} data-testid={`unregistered-${w.id}`}>
                      <td>
                        <Link to={`/workers/${w.id}`}>{w.name}</Link>
                      </td>
                      <td>{w.region}</td>
                      <td className="font-monospace small">{w.instanceId ?? '—'}</td>
                      <td>{w.status}</td>
                      <td className="small">
                        <RelativeTime iso={w.lifecycle.unregisteredAt} />
                        {w.lifecycle.unregisteredBy && ` by ${w.lifecycle.unregisteredBy.name}`}
                      </td>
                      <td>
                        {row && 'worker' in row ? (
                          <span className="small">
                            imported as <Link to={`/workers/${row.worker.id}`}>{row.worker.name}</Link>
                          </span>
                        ) : (
                          <ActionButton
                            reason={!w.instanceId ? 'It has no instance.' : w.status === 'terminated' ? 'Its instance is terminated.' : undefined}
                            busy={Boolean(row && 'importing' in row)}
                            onClick={() => void reimport(w)}
                          >
                            Import again
                          </ActionButton>
                        )}
                        {row && 'refused' in row && (
                          <div className="text-danger small" role="alert">
                            {row.refused}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
