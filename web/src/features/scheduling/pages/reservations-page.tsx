import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole, useMe } from '../../../lib/auth';
import { type Reservation, type ReservationInput, useCancelReservation, useCreateReservation, useReservations, useWorkerChoices } from '../api/scheduling-api';
import { type SelectorRow, SelectorRows, selectorOfRows, selectorProblem } from '../components/assignment-editor';
import { FieldFeedback, invalidProps, SaveError } from '../components/field-feedback';
import { SchedulingNav } from '../components/scheduling-nav';
import { fieldProblems } from '../lib/field-problems';
import { describeSelector, plural } from '../lib/words';
import { formatMinutes, formatZoned, fromLocalInput, toLocalInput, viewerTimeZone } from '../lib/zoned-time';

/** The server's bounds for a reservation. */
export const MAX_RESERVATION_DAYS = 31;
export const MAX_RESERVED_WORKERS = 100;

type Mode = 'named' | 'matching';

function nextHour(hoursAhead: number): Date {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + hoursAhead);
  return d;
}

function leadText(r: Reservation): string {
  const entries = r.workers.map((w) => ({ name: w.name, lead: r.leadMinutes[w.id] }));
  const known = entries.filter((e) => typeof e.lead === 'number');
  if (known.length === 0) return '—';
  const distinct = new Set(known.map((e) => e.lead));
  if (distinct.size === 1) return formatMinutes(known[0].lead!);
  return known.map((e) => `${e.name} ${formatMinutes(e.lead!)}`).join(', ');
}

/** Reservations: the list from today on, and a form to book named workers or "N workers matching tags" for a window. */
export default function ReservationsPage() {
  usePageTitle('Reservations', 'Scheduling');
  const [from] = useState(() => {
    const d = new Date();
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  });
  const reservations = useReservations({ from });
  const me = useMe().data;
  const isManager = useHasRole('manager');
  const cancel = useCancelReservation();
  const notify = useNotify();
  const [cancelling, setCancelling] = useState<Reservation | undefined>();
  return (
    <div>
      <SchedulingNav />
      <h1 className="h3">Reservations</h1>
      <p className="text-body-secondary small">
        A reserved worker is started early enough to be ready at the window's start (the lead time comes from its measured boot times), is not stopped for idleness or a runtime limit inside the window,
        and is stopped at its end unless something else wants it running. Times are in your time zone, {viewerTimeZone()}.
      </p>
      <ReservationForm />
      <h2 className="h5 mt-4">From today on</h2>
      {reservations.isPending && <Loading label="Loading the reservations…" />}
      {reservations.error && <ErrorAlert error={reservations.error} title="The reservations could not be loaded." />}
      {reservations.data?.length === 0 && <EmptyState title="No reservations from today on">Book workers above for a class or a demo.</EmptyState>}
      {reservations.data && reservations.data.length > 0 && (
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              <th scope="col">Purpose</th>
              <th scope="col">Owner</th>
              <th scope="col">Window</th>
              <th scope="col">Workers</th>
              <th scope="col">Started early by</th>
              <th scope="col">
                <span className="visually-hidden">Cancel</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reservations.data.map((r) => {
              const mayCancel = isManager || r.owner === me?.username;
              return (
                <tr key={r.id}>
                  <td>{r.purpose}</td>
                  <td className="small">{r.owner}</td>
                  <td className="small">
                    {formatZoned(r.start)} – {formatZoned(r.end)}
                  </td>
                  <td className="small">
                    {r.workers.map((w) => w.name).join(', ')}
                    {r.requested && (
                      <span className="d-block text-body-secondary">
                        {plural(r.requested.count, 'worker', 'workers')} matching {describeSelector(r.requested.selector)}, picked by the product
                      </span>
                    )}
                  </td>
                  <td className="small">{leadText(r)}</td>
                  <td>
                    {mayCancel && (
                      <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setCancelling(r)} aria-label={`Cancel the reservation ${r.purpose}`}>
                        Cancel
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {cancelling && (
        <ConfirmDialog
          show
          title={`Cancel "${cancelling.purpose}"?`}
          confirmLabel="Cancel the reservation"
          onClose={() => setCancelling(undefined)}
          onConfirm={() => cancel.mutateAsync(cancelling.id).then(() => notify('success', `Reservation "${cancelling.purpose}" cancelled.`))}
        >
          {cancelling.workers.map((w) => w.name).join(', ')} {cancelling.workers.length === 1 ? 'is' : 'are'} no longer held for {formatZoned(cancelling.start)} – {formatZoned(cancelling.end)}. A worker started for it is stopped
          unless another rule wants it running.
        </ConfirmDialog>
      )}
    </div>
  );
}

export function ReservationForm() {
  const id = useId();
  const notify = useNotify();
  const workers = useWorkerChoices();
  const create = useCreateReservation();
  const [purpose, setPurpose] = useState('');
  const [mode, setMode] = useState<Mode>('named');
  const [workerIds, setWorkerIds] = useState<string[]>([]);
  const [count, setCount] = useState('1');
  const [rows, setRows] = useState<SelectorRow[]>([{ key: '', values: '' }]);
  const [start, setStart] = useState(() => toLocalInput(nextHour(1)));
  const [end, setEnd] = useState(() => toLocalInput(nextHour(3)));
  const [submitted, setSubmitted] = useState(false);
  const [made, setMade] = useState<Reservation | undefined>();

  const startIso = fromLocalInput(start);
  const endIso = fromLocalInput(end);
  const n = Number(count);
  const client = {
    purpose: purpose.trim() ? undefined : 'Say what the workers are for, e.g. "CCNA class, group B".',
    start: startIso ? undefined : 'Give the start: a day and a time.',
    end: !endIso
      ? 'Give the end: a day and a time.'
      : startIso && Date.parse(endIso) <= Date.parse(startIso)
        ? 'The end is before the start; give an end after the start.'
        : Date.parse(endIso) <= Date.now()
          ? 'The window is over already; give one that has not ended.'
          : startIso && Date.parse(endIso) - Date.parse(startIso) > MAX_RESERVATION_DAYS * 86_400_000
            ? `A reservation lasts at most ${MAX_RESERVATION_DAYS} days; split longer ones.`
            : undefined,
    workerIds: mode === 'named' && workerIds.length === 0 ? 'Choose at least one worker.' : undefined,
    count: mode === 'matching' && (!Number.isInteger(n) || n < 1 || n > MAX_RESERVED_WORKERS) ? `Give a whole number of workers from 1 to ${MAX_RESERVED_WORKERS}.` : undefined,
    selector: mode === 'matching' ? (selectorProblem(rows) ?? (selectorOfRows(rows) ? undefined : 'Give at least one tag the workers must have.')) : undefined,
  };
  const server = fieldProblems(create.error);
  const fieldOf = (f: string) => (f === 'workers' ? (mode === 'named' ? 'workerIds' : 'selector') : f);
  const serverText = (field: keyof typeof client) =>
    [...server.entries()]
      .filter(([f]) => fieldOf(f) === field)
      .flatMap(([, m]) => m)
      .join('; ') || undefined;
  const shown = (field: keyof typeof client) => (submitted ? client[field] : undefined) ?? serverText(field);
  const placed = server.size > 0 && [...server.keys()].every((f) => fieldOf(f) in client);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setMade(undefined);
    if (Object.values(client).some(Boolean)) return;
    const body: ReservationInput = {
      purpose: purpose.trim(),
      start: startIso!,
      end: endIso!,
      ...(mode === 'named' ? { workerIds } : { count: n, selector: selectorOfRows(rows) }),
    };
    create.mutate(body, {
      onSuccess: (r) => {
        setMade(r);
        setSubmitted(false);
        setPurpose('');
        notify('success', `Reserved ${r.workers.map((w) => w.name).join(', ')} for "${r.purpose}".`);
      },
    });
  };

  return (
    <section className="border rounded p-3" aria-labelledby={`${id}-title`} style={{ maxWidth: 960 }}>
      <h2 id={`${id}-title`} className="h5">
        New reservation
      </h2>
      <form onSubmit={submit} noValidate aria-label="New reservation">
        <div className="mb-3">
          <label htmlFor={`${id}-purpose`} className="form-label">
            Purpose
          </label>
          <input id={`${id}-purpose`} value={purpose} onChange={(e) => setPurpose(e.target.value)} placeholder="CCNA class, group B" {...invalidProps(shown('purpose'), `${id}-purpose-error`)} />
          <FieldFeedback id={`${id}-purpose-error`} problem={shown('purpose')} />
        </div>
        <div className="row g-3 mb-3">
          <div className="col-sm-6 col-lg-4">
            <label htmlFor={`${id}-start`} className="form-label">
              Ready at
            </label>
            <input id={`${id}-start`} type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} {...invalidProps(shown('start'), `${id}-start-error`)} />
            <div className="form-text">In your time zone, {viewerTimeZone()}.</div>
            <FieldFeedback id={`${id}-start-error`} problem={shown('start')} />
          </div>
          <div className="col-sm-6 col-lg-4">
            <label htmlFor={`${id}-end`} className="form-label">
              Until
            </label>
            <input id={`${id}-end`} type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} {...invalidProps(shown('end'), `${id}-end-error`)} />
            <div className="form-text">{startIso && endIso && Date.parse(endIso) > Date.parse(startIso) ? `${formatMinutes((Date.parse(endIso) - Date.parse(startIso)) / 60_000)} long.` : ' '}</div>
            <FieldFeedback id={`${id}-end-error`} problem={shown('end')} />
          </div>
        </div>
        <fieldset className="mb-3">
          <legend className="form-label fs-6">Workers</legend>
          <div className="form-check form-check-inline">
            <input id={`${id}-named`} type="radio" name={`${id}-mode`} className="form-check-input" checked={mode === 'named'} onChange={() => setMode('named')} />
            <label htmlFor={`${id}-named`} className="form-check-label">
              These workers
            </label>
          </div>
          <div className="form-check form-check-inline">
            <input id={`${id}-matching`} type="radio" name={`${id}-mode`} className="form-check-input" checked={mode === 'matching'} onChange={() => setMode('matching')} />
            <label htmlFor={`${id}-matching`} className="form-check-label">
              A number of workers matching tags (the product picks free ones)
            </label>
          </div>
          {mode === 'named' ? (
            <div className="mt-2" style={{ maxWidth: 420 }}>
              <label htmlFor={`${id}-workers`} className="form-label small">
                Workers to reserve
              </label>
              <select id={`${id}-workers`} multiple size={6} value={workerIds} onChange={(e) => setWorkerIds([...e.target.selectedOptions].map((o) => o.value))} {...invalidProps(shown('workerIds'), `${id}-workers-error`, 'form-select')}>
                {(workers.data ?? []).map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
              <div className="form-text">Ctrl- or Cmd-click to choose several; {workerIds.length} chosen. Owners reserve their own workers; managers any.</div>
              <FieldFeedback id={`${id}-workers-error`} problem={shown('workerIds')} />
            </div>
          ) : (
            <div className="row g-3 mt-1">
              <div className="col-sm-3">
                <label htmlFor={`${id}-count`} className="form-label small">
                  How many
                </label>
                <div className="input-group has-validation">
                  <input id={`${id}-count`} type="number" min={1} max={MAX_RESERVED_WORKERS} step={1} value={count} onChange={(e) => setCount(e.target.value)} {...invalidProps(shown('count'), `${id}-count-error`)} />
                  <span className="input-group-text">workers</span>
                </div>
                <FieldFeedback id={`${id}-count-error`} problem={shown('count')} />
              </div>
              <div className="col-sm-9">
                <span className="form-label small d-block">With these tags</span>
                <SelectorRows idPrefix={id} rows={rows} onChange={setRows} workers={workers.data} />
                <FieldFeedback id={`${id}-selector-problem`} problem={shown('selector')} />
              </div>
            </div>
          )}
        </fieldset>
        <SaveError error={create.error} placed={placed} what="reservation" />
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          Reserve
        </button>
      </form>
      {made && (
        <div className="alert alert-success mt-3 mb-0" role="status" data-testid="reservation-made">
          Reserved {made.workers.map((w) => w.name).join(', ')} for "{made.purpose}", {formatZoned(made.start)} – {formatZoned(made.end)}
          {made.requested ? ' (picked by the product among the free workers matching the tags)' : ''}; started {leadText(made)} before the start, so that they are ready.
        </div>
      )}
    </section>
  );
}
