import { useId, useMemo, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { DisabledReason } from '../../../components/disabled-reason';
import { useNotify } from '../../../components/toaster';
import type { Worker } from '../api/types';
import { useUpdateWorkerTags } from '../api/update-worker-tags';
import { ENDPOINT_TAG, endpointProblem, isLockedTag, PROTECTED_TAGS, tagKeyProblem, tagValueProblem } from '../lib/tag-rules';

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

/**
 * The instance's EC2 tags: editable when the server offers the edit to this caller
 * (`actions.editTags`: admins, while the instance is not terminated), read-only with the server's
 * reason otherwise. Only the changes are sent. Fields are checked as they are typed in, with the
 * server's limits; changing or removing the `cml-endpoint` tag, which decides where the
 * controller's credentials go, asks first.
 */
export function TagsEditor({ worker }: { worker: Worker }) {
  const edit = worker.actions.editTags;
  if (!edit.allowed) {
    const entries = Object.entries(worker.tags).sort(([a], [b]) => a.localeCompare(b));
    const why = <DisabledReason reason={edit.reason && `Tags cannot be edited: ${edit.reason}`} />;
    return entries.length === 0 ? (
      <p className="text-body-secondary">
        No tags. {why}
      </p>
    ) : (
      <>
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
        {why}
      </>
    );
  }
  // Start over from the server's tags whenever they change (after a save or a live update).
  return <EditableTags key={JSON.stringify(worker.tags)} worker={worker} />;
}

interface FieldProblems {
  key?: string;
  value?: string;
}

/** Each row's problems (new keys: empty, too long, reserved, repeated, existing; values: too long). */
function problemsOf(rows: Row[], existing: Record<string, string>): FieldProblems[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (!r.removed && r.key.trim()) counts.set(r.key.trim(), (counts.get(r.key.trim()) ?? 0) + 1);
  return rows.map((r) => {
    if (r.removed) return {};
    const key = r.key.trim();
    const p: FieldProblems = {};
    if (r.original === undefined) {
      if (key || r.value) p.key = tagKeyProblem(key);
      if (!p.key && existing[key] !== undefined) p.key = `${key} already exists; change its value above.`;
      if (!p.key && (counts.get(key) ?? 0) > 1) p.key = `The key ${key} appears twice; remove one.`;
    }
    p.value = tagValueProblem(r.value);
    return p;
  });
}

function EditableTags({ worker }: { worker: Worker }) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(worker.tags));
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateWorkerTags();
  const notify = useNotify();
  const id = useId();

  const problems = useMemo(() => problemsOf(rows, worker.tags), [rows, worker.tags]);
  const invalid = problems.filter((p) => p.key || p.value).length;
  const { set, remove } = useMemo(() => {
    const set: Record<string, string> = {};
    const remove: string[] = [];
    for (const r of rows) {
      const key = r.key.trim();
      if (r.removed) {
        if (r.original !== undefined) remove.push(key);
      } else if (key && r.value !== r.original) set[key] = r.value;
    }
    return { set, remove };
  }, [rows]);
  const dirty = Object.keys(set).length > 0 || remove.length > 0;
  const endpointTouched = set[ENDPOINT_TAG] !== undefined || remove.includes(ENDPOINT_TAG);

  const patch = (i: number, p: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...p } : r)));
  const save = () => update.mutateAsync({ id: worker.id, set, remove }).then(() => notify('success', `Tags of ${worker.name} saved.`));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!dirty || invalid) return;
        if (endpointTouched) setConfirming(true);
        else void save().catch(() => undefined);
      }}
      aria-label="Edit tags"
      noValidate
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
            const locked = r.original !== undefined && isLockedTag(r.key);
            const p = problems[i];
            const keyId = `${id}-key-${i}`;
            const valueId = `${id}-value-${i}`;
            return (
              <tr key={i} className={r.removed ? 'opacity-50 text-decoration-line-through' : undefined}>
                <td className="align-top">
                  {r.original !== undefined ? (
                    <span className="font-monospace">{r.key}</span>
                  ) : (
                    <>
                      <input
                        className={`form-control form-control-sm font-monospace ${p.key ? 'is-invalid' : ''}`}
                        aria-label={`Key of new tag ${i + 1}`}
                        aria-invalid={Boolean(p.key)}
                        aria-describedby={p.key ? keyId : undefined}
                        value={r.key}
                        onChange={(e) => patch(i, { key: e.target.value })}
                      />
                      {p.key && (
                        <div id={keyId} className="invalid-feedback">
                          {p.key}
                        </div>
                      )}
                    </>
                  )}
                </td>
                <td className="align-top">
                  <input
                    className={`form-control form-control-sm ${p.value ? 'is-invalid' : ''}`}
                    aria-label={`Value of ${r.key || `new tag ${i + 1}`}`}
                    aria-invalid={Boolean(p.value)}
                    aria-describedby={p.value ? valueId : undefined}
                    value={r.value}
                    readOnly={locked || r.removed}
                    title={locked ? (PROTECTED_TAGS.includes(r.key) ? 'Managed by CML Cloud Manager; cannot be changed' : 'Set by AWS; cannot be changed') : undefined}
                    onChange={(e) => patch(i, { value: e.target.value })}
                  />
                  {p.value && (
                    <div id={valueId} className="invalid-feedback">
                      {p.value}
                    </div>
                  )}
                  {r.key.trim() === ENDPOINT_TAG && !r.removed && (
                    <div className="form-text">Where CML Cloud Manager contacts this worker’s controller and sends its credentials.</div>
                  )}
                </td>
                <td className="align-top">
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
      {invalid > 0 && (
        <p className="text-danger small" id={`${id}-problems`} role="status">
          {invalid === 1 ? 'One tag needs fixing' : `${invalid} tags need fixing`} before saving: see the marked field{invalid === 1 ? '' : 's'}.
        </p>
      )}
      {update.error && !confirming && <ErrorAlert error={update.error} title="The tags were not saved:" />}
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setRows((all) => [...all, { key: '', value: '', removed: false }])}>
          Add tag
        </button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={!dirty || invalid > 0 || update.isPending} aria-describedby={invalid ? `${id}-problems` : undefined}>
          {update.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
          Save tags{dirty ? ` (${Object.keys(set).length} set, ${remove.length} removed)` : ''}
        </button>
        {dirty && (
          <button type="button" className="btn btn-sm btn-link" onClick={() => setRows(rowsOf(worker.tags))}>
            Discard changes
          </button>
        )}
      </div>
      <EndpointConfirm worker={worker} next={remove.includes(ENDPOINT_TAG) ? undefined : set[ENDPOINT_TAG]} show={confirming} onConfirm={save} onClose={() => setConfirming(false)} />
    </form>
  );
}

/**
 * Asks before the `cml-endpoint` tag changes or goes: it decides where CML Cloud Manager contacts
 * the controller and sends its credentials. Says where they will go instead, and whether the new
 * value would be ignored.
 */
function EndpointConfirm({ worker, next, show, onConfirm, onClose }: { worker: Worker; next: string | undefined; show: boolean; onConfirm: () => Promise<unknown>; onClose: () => void }) {
  const removing = next === undefined;
  const problem = next !== undefined ? endpointProblem(next.trim()) : undefined;
  return (
    <ConfirmDialog
      show={show}
      title={removing ? `Remove the ${ENDPOINT_TAG} tag of ${worker.name}?` : `Change the ${ENDPOINT_TAG} tag of ${worker.name}?`}
      confirmLabel={removing ? `Remove ${ENDPOINT_TAG} and save` : `Change ${ENDPOINT_TAG} and save`}
      variant="warning"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p className="mb-2" data-testid="endpoint-confirm">
        The <code>{ENDPOINT_TAG}</code> tag decides where CML Cloud Manager contacts this worker’s CML controller, and so <strong>where it sends the controller’s credentials</strong> (the
        CML username and password).{' '}
        {removing ? (
          <>Without it, they go to the instance’s own address (https:// and its {worker.publicIp ? `public IP ${worker.publicIp}` : 'public IP'}, or its private IP where the deployment uses private addresses).</>
        ) : (
          <>
            From the next read of the controller, they go to <strong className="text-break">{next.trim() || '(empty)'}</strong>
            {worker.endpoint ? <> instead of {worker.endpoint}</> : null}.
          </>
        )}
      </p>
      {problem && (
        <div className="alert alert-warning py-2 small mb-2" role="alert">
          This value will be ignored: {problem}. The worker then has no endpoint and its controller is not contacted until the tag is fixed.
        </div>
      )}
      {worker.endpointSource === 'override' && (
        <p className="small mb-2">The worker’s endpoint override ({worker.endpoint}) wins over the tag: the change takes effect when the override is removed.</p>
      )}
      <p className="small text-body-secondary mb-0">Only addresses inside CML_ALLOWED_NETWORKS are ever contacted. Make sure the address is one of your controllers.</p>
    </ConfirmDialog>
  );
}
