import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import { type RuntimeLimit, useDeleteRuntimeLimit, useRuntimeLimit, useSaveRuntimeLimit, useWorkerChoices } from '../api/scheduling-api';
import { AssignmentEditor, type AssignmentState, assignmentOf, assignmentProblem, assignmentState } from '../components/assignment-editor';
import { FieldFeedback, invalidProps, SaveError } from '../components/field-feedback';
import { SchedulingNav } from '../components/scheduling-nav';
import { fieldProblems, problemText } from '../lib/field-problems';

/** The server's bounds for a limit, in hours. */
export const MIN_HOURS = 0.25;
export const MAX_HOURS = 24 * 31;

function hoursProblem(text: string): string | undefined {
  if (!text.trim()) return 'Give the number of hours a worker may run.';
  const h = Number(text);
  if (!Number.isFinite(h) || h < MIN_HOURS || h > MAX_HOURS) return `Give a number of hours from ${MIN_HOURS} to ${MAX_HOURS}.`;
  return undefined;
}

/** "Stop after N hours running", outside schedule windows and reservations (managers change them). */
export default function RuntimeLimitEditorPage() {
  const { id } = useParams();
  const existing = useRuntimeLimit(id);
  usePageTitle(id ? (existing.data?.name ?? 'Runtime limit') : 'New runtime limit', 'Runtime limits');
  if (id && existing.isPending) return <Loading label="Loading the runtime limit…" />;
  if (id && existing.error) return <ErrorAlert error={existing.error} title="The runtime limit could not be loaded." />;
  return <RuntimeLimitForm key={existing.data?.updatedAt ?? existing.data?.id ?? 'new'} limit={existing.data} />;
}

export function RuntimeLimitForm({ limit }: { limit?: RuntimeLimit }) {
  const id = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const readOnly = !useHasRole('manager');
  const workers = useWorkerChoices();
  const save = useSaveRuntimeLimit();
  const remove = useDeleteRuntimeLimit();
  const [name, setName] = useState(limit?.name ?? '');
  const [hours, setHours] = useState(limit ? String(limit.hours) : '12');
  const [assignment, setAssignment] = useState<AssignmentState>(assignmentState(limit?.assignment));
  const [submitted, setSubmitted] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const server = fieldProblems(save.error);
  const client = { name: name.trim() ? undefined : 'Give the limit a name.', hours: hoursProblem(hours), assignment: assignmentProblem(assignment) };
  const shown = (field: keyof typeof client) => (submitted ? client[field] : undefined) ?? problemText(server, field);
  const placed = server.size > 0 && [...server.keys()].every((k) => k in client);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(client).some(Boolean)) return;
    save.mutate(
      { id: limit?.id, body: { name: name.trim(), hours: Number(hours), assignment: assignmentOf(assignment) } },
      {
        onSuccess: (saved) => {
          notify('success', `Runtime limit ${saved.name} saved: ${saved.hours} h.`);
          void navigate('/scheduling/runtime-limits');
        },
      },
    );
  };

  return (
    <div style={{ maxWidth: 960 }}>
      <SchedulingNav />
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/scheduling/runtime-limits">Runtime limits</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {limit?.name ?? 'New runtime limit'}
          </li>
        </ol>
      </nav>
      <h1 className="h3">{limit?.name ?? 'New runtime limit'}</h1>
      <p className="text-body-secondary small">
        Stops a worker that has run this long, unless a schedule window, a reservation or a keep-running override wants it running. A manual start counts from when it started.
      </p>
      {readOnly && <div className="alert alert-info py-2">Only managers change runtime limits; you can read this one.</div>}
      <form onSubmit={submit} noValidate aria-label={limit ? `Runtime limit ${limit.name}` : 'New runtime limit'}>
        <fieldset disabled={readOnly}>
          <div className="row g-3 mb-3">
            <div className="col-md-6">
              <label htmlFor={`${id}-name`} className="form-label">
                Name
              </label>
              <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(shown('name'), `${id}-name-error`)} />
              <FieldFeedback id={`${id}-name-error`} problem={shown('name')} />
            </div>
            <div className="col-md-3">
              <label htmlFor={`${id}-hours`} className="form-label">
                Stop after
              </label>
              <div className="input-group has-validation">
                <input id={`${id}-hours`} type="number" inputMode="decimal" min={MIN_HOURS} max={MAX_HOURS} step={0.25} value={hours} onChange={(e) => setHours(e.target.value)} {...invalidProps(shown('hours'), `${id}-hours-error`)} />
                <span className="input-group-text">hours running</span>
              </div>
              <FieldFeedback id={`${id}-hours-error`} problem={shown('hours')} />
            </div>
          </div>
          <AssignmentEditor value={assignment} onChange={setAssignment} workers={workers.data} problem={shown('assignment')} disabled={readOnly} />
        </fieldset>
        <SaveError error={save.error} placed={placed} what="runtime limit" />
        {!readOnly && (
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {limit ? 'Save the limit' : 'Create the limit'}
            </button>
            <Link to="/scheduling/runtime-limits" className="btn btn-outline-secondary">
              Cancel
            </Link>
            {limit && (
              <button type="button" className="btn btn-outline-danger ms-auto" onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            )}
          </div>
        )}
      </form>
      {limit && (
        <ConfirmDialog
          show={confirmDelete}
          title={`Delete ${limit.name}?`}
          confirmLabel={`Delete ${limit.name}`}
          onClose={() => setConfirmDelete(false)}
          onConfirm={() =>
            remove.mutateAsync(limit.id).then(() => {
              notify('success', `Runtime limit ${limit.name} deleted.`);
              void navigate('/scheduling/runtime-limits');
            })
          }
        >
          Its workers are no longer stopped after {limit.hours} h of running.
        </ConfirmDialog>
      )}
    </div>
  );
}
