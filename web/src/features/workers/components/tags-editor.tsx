import { useId, useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import type { Worker } from '../api/types';
import { useUpdateWorkerTags } from '../api/update-worker-tags';

/** Tags the product relies on; the server refuses to change them, so the editor does not offer it. */
const PROTECTED = new Set(['ManagedBy', 'cml-worker-id']);

interface Row {
  key: string;
  value: string;
  original?: string;
  removed: boolean;
}

function rowsOf(tags: Record<string, string>): Row[] {
  return Object.entries(tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value, original: value, removed: false }));
}

/** The instance's EC2 tags: read-only for most, editable for admins (only the changes are sent). */
export function TagsEditor({ worker }: { worker: Worker }) {
  const isAdmin = useHasRole('admin');
  if (!isAdmin) {
    const entries = Object.entries(worker.tags).sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? (
      <p className="text-body-secondary">No tags.</p>
    ) : (
      <table className="table table-sm w-auto">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([k, v]) => (
            <tr key={k}>
              <td className="font-monospace">{k}</td>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  // Start over from the server's tags whenever they change (after a save or a live update).
  return <EditableTags key={JSON.stringify(worker.tags)} worker={worker} />;
}

function EditableTags({ worker }: { worker: Worker }) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(worker.tags));
  const update = useUpdateWorkerTags();
  const notify = useNotify();
  const id = useId();

  const { set, remove, problems } = useMemo(() => {
    const set: Record<string, string> = {};
    const remove: string[] = [];
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const key = r.key.trim();
      if (r.removed) {
        if (r.original !== undefined) remove.push(key);
        continue;
      }
      if (!key) {
        if (r.value) problems.push('A tag needs a key.');
        continue;
      }
      if (seen.has(key)) problems.push(`The key ${key} appears twice.`);
      seen.add(key);
      if (r.original === undefined && worker.tags[key] !== undefined) problems.push(`${key} already exists; change its value above.`);
      if (r.value !== r.original) set[key] = r.value;
    }
    return { set, remove, problems };
  }, [rows, worker.tags]);
  const dirty = Object.keys(set).length > 0 || remove.length > 0;

  const patch = (i: number, p: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...p } : r)));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty || problems.length) return;
        update.mutate({ id: worker.id, set, remove }, { onSuccess: () => notify('success', `Tags of ${worker.name} saved.`) });
      }}
      aria-label="Edit tags"
    >
      <table className="table table-sm align-middle">
        <thead>
          <tr>
            <th scope="col" style={{ width: '35%' }}>
              Key
            </th>
            <th scope="col">Value</th>
            <th scope="col" style={{ width: 1 }}>
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const locked = r.original !== undefined && PROTECTED.has(r.key);
            return (
              <tr key={i} className={r.removed ? 'opacity-50 text-decoration-line-through' : undefined}>
                <td>
                  {r.original !== undefined ? (
                    <span className="font-monospace">{r.key}</span>
                  ) : (
                    <input className="form-control form-control-sm font-monospace" aria-label={`Key of new tag ${i + 1}`} value={r.key} onChange={(e) => patch(i, { key: e.target.value })} />
                  )}
                </td>
                <td>
                  <input
                    className="form-control form-control-sm"
                    aria-label={`Value of ${r.key || `new tag ${i + 1}`}`}
                    value={r.value}
                    readOnly={locked || r.removed}
                    title={locked ? 'Managed by CML Cloud Manager; cannot be changed' : undefined}
                    onChange={(e) => patch(i, { value: e.target.value })}
                  />
                </td>
                <td>
                  {!locked && (
                    <button
                      type="button"
                      className="btn btn-sm btn-outline-secondary text-nowrap"
                      aria-label={r.removed ? `Keep ${r.key}` : `Remove ${r.key || `new tag ${i + 1}`}`}
                      onClick={() => (r.original === undefined ? setRows((all) => all.filter((_, j) => j !== i)) : patch(i, { removed: !r.removed, value: r.original ?? '' }))}
                    >
                      {r.removed ? 'Keep' : 'Remove'}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problems.length > 0 && (
        <ul className="text-danger small" id={`${id}-problems`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {update.error && <ErrorAlert error={update.error} title="The tags were not saved:" />}
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setRows((all) => [...all, { key: '', value: '', removed: false }])}>
          Add tag
        </button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={!dirty || problems.length > 0 || update.isPending} aria-describedby={problems.length ? `${id}-problems` : undefined}>
          {update.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
          Save tags{dirty ? ` (${Object.keys(set).length} set, ${remove.length} removed)` : ''}
        </button>
        {dirty && (
          <button type="button" className="btn btn-sm btn-link" onClick={() => setRows(rowsOf(worker.tags))}>
            Discard changes
          </button>
        )}
      </div>
    </form>
  );
}
