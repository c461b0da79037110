import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import { type HolidayCalendar, useCalendar, useDeleteCalendar, useImportCalendar, useSaveCalendar } from '../api/scheduling-api';
import { FieldFeedback, invalidProps, SaveError } from '../components/field-feedback';
import { SchedulingNav } from '../components/scheduling-nav';
import { fieldProblems, problemText } from '../lib/field-problems';
import { plural } from '../lib/words';

interface DayRow {
  date: string;
  name: string;
}

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function daysProblem(rows: readonly DayRow[]): string | undefined {
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    if (!r.date && !r.name.trim()) continue;
    if (!isIsoDate(r.date)) return `Day ${i + 1}: "${r.date}" is not a date; use YYYY-MM-DD, e.g. 2026-12-25.`;
    if (seen.has(r.date)) return `Day ${i + 1}: ${r.date} is listed twice.`;
    seen.add(r.date);
  }
  return undefined;
}

/** A holiday calendar: typed days, or (new ones) the all-day events of an iCalendar file. Managers change them. */
export default function CalendarEditorPage() {
  const { id } = useParams();
  const existing = useCalendar(id);
  usePageTitle(id ? (existing.data?.name ?? 'Holiday calendar') : 'New holiday calendar', 'Holiday calendars');
  if (id && existing.isPending) return <Loading label="Loading the calendar…" />;
  if (id && existing.error) return <ErrorAlert error={existing.error} title="The holiday calendar could not be loaded." />;
  return <CalendarForm key={existing.data?.updatedAt ?? existing.data?.id ?? 'new'} calendar={existing.data} />;
}

export function CalendarForm({ calendar }: { calendar?: HolidayCalendar }) {
  const id = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const readOnly = !useHasRole('manager');
  const save = useSaveCalendar();
  const upload = useImportCalendar();
  const remove = useDeleteCalendar();
  const [name, setName] = useState(calendar?.name ?? '');
  const [days, setDays] = useState<DayRow[]>(calendar?.holidays.map((h) => ({ date: h.date, name: h.name ?? '' })) ?? [{ date: '', name: '' }]);
  const [file, setFile] = useState<File | undefined>();
  const [submitted, setSubmitted] = useState(false);
  const [uploadTried, setUploadTried] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const server = fieldProblems(save.error ?? upload.error);
  const client = { name: name.trim() ? undefined : 'Give the calendar a name.', holidays: daysProblem(days) };
  const shown = (field: 'name' | 'holidays') => ((field === 'name' ? submitted || uploadTried : submitted) ? client[field] : undefined) ?? problemText(server, field);
  const placed = server.size > 0 && [...server.keys()].every((k) => k === 'name' || k === 'holidays');

  const done = (saved: HolidayCalendar) => {
    notify('success', `Holiday calendar ${saved.name} saved with ${plural(saved.holidays.length, 'day', 'days')}.`);
    void navigate('/scheduling/calendars');
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (client.name || client.holidays) return;
    upload.reset();
    const holidays = days.filter((d) => d.date || d.name.trim()).sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: d.date, ...(d.name.trim() ? { name: d.name.trim() } : {}) }));
    save.mutate({ id: calendar?.id, body: { name: name.trim(), holidays } }, { onSuccess: done });
  };

  const uploadFile = async () => {
    setUploadTried(true);
    if (client.name || !file) return;
    save.reset();
    const ics = await file.text();
    upload.mutate({ name: name.trim(), ics }, { onSuccess: done });
  };

  return (
    <div style={{ maxWidth: 760 }}>
      <SchedulingNav />
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/scheduling/calendars">Holiday calendars</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {calendar?.name ?? 'New holiday calendar'}
          </li>
        </ol>
      </nav>
      <h1 className="h3">{calendar?.name ?? 'New holiday calendar'}</h1>
      {calendar && <p className="text-body-secondary small">{calendar.usedBy.length ? `Used by ${calendar.usedBy.map((s) => s.name).join(', ')}.` : 'No schedule uses it yet.'}</p>}
      {readOnly && <div className="alert alert-info py-2">Only managers change holiday calendars; you can read this one.</div>}
      <form onSubmit={submit} noValidate aria-label={calendar ? `Holiday calendar ${calendar.name}` : 'New holiday calendar'}>
        <fieldset disabled={readOnly}>
          <div className="mb-3" style={{ maxWidth: 420 }}>
            <label htmlFor={`${id}-name`} className="form-label">
              Name
            </label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(shown('name'), `${id}-name-error`)} />
            <FieldFeedback id={`${id}-name-error`} problem={shown('name')} />
          </div>
          <fieldset className="mb-3">
            <legend className="form-label fs-6">Days</legend>
            <p className="small text-body-secondary mb-2">On these days the schedules using the calendar do not open their periods (whole days in each schedule's own zone).</p>
            <table className="table table-sm align-middle mb-1 w-auto" aria-describedby={`${id}-days-error`}>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Name (optional)</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((d, i) => (
                  <tr key={i}>
                    <td>
                      <input type="date" className="form-control form-control-sm" aria-label={`Date of day ${i + 1}`} value={d.date} onChange={(e) => setDays((ds) => ds.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)))} />
                    </td>
                    <td>
                      <input className="form-control form-control-sm" aria-label={`Name of day ${i + 1}`} placeholder="Christmas Day" value={d.name} onChange={(e) => setDays((ds) => ds.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
                    </td>
                    <td>
                      {!readOnly && (
                        <button type="button" className="btn btn-sm btn-outline-secondary" aria-label={`Remove day ${i + 1}`} onClick={() => setDays((ds) => ds.filter((_, j) => j !== i))}>
                          Remove
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!readOnly && (
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setDays((ds) => [...ds, { date: '', name: '' }])}>
                Add a day
              </button>
            )}
            <FieldFeedback id={`${id}-days-error`} problem={shown('holidays')} />
          </fieldset>
        </fieldset>
        <SaveError error={save.error} placed={placed} what="holiday calendar" />
        {!readOnly && (
          <div className="d-flex gap-2 mb-4">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {calendar ? 'Save the calendar' : `Create the calendar with ${plural(days.filter((d) => d.date).length, 'day', 'days')}`}
            </button>
            <Link to="/scheduling/calendars" className="btn btn-outline-secondary">
              Cancel
            </Link>
            {calendar && (
              <button type="button" className="btn btn-outline-danger ms-auto" onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            )}
          </div>
        )}
      </form>
      {!calendar && !readOnly && (
        <section className="border rounded p-3" aria-labelledby={`${id}-upload-title`}>
          <h2 id={`${id}-upload-title`} className="h6">
            Or from an iCalendar file
          </h2>
          <p className="small text-body-secondary">The file's all-day events become the calendar's days (a public-holiday feed exported as .ics, for instance). The name above is the calendar's name.</p>
          <div className="d-flex gap-2 align-items-start">
            <div>
              <input
                type="file"
                accept=".ics,text/calendar"
                aria-label="iCalendar file"
                onChange={(e) => setFile(e.target.files?.[0])}
                {...invalidProps(uploadTried && !file ? 'Choose an .ics file.' : undefined, `${id}-file-error`)}
              />
              <FieldFeedback id={`${id}-file-error`} problem={uploadTried && !file ? 'Choose an .ics file.' : undefined} />
            </div>
            <button type="button" className="btn btn-outline-primary" onClick={() => void uploadFile()} disabled={upload.isPending}>
              Create from the file
            </button>
          </div>
          {upload.error !== null && <ErrorAlert error={upload.error} title="The file was not imported:" className="mt-2 mb-0" />}
        </section>
      )}
      {calendar && (
        <ConfirmDialog
          show={confirmDelete}
          title={`Delete ${calendar.name}?`}
          confirmLabel={`Delete ${calendar.name}`}
          onClose={() => setConfirmDelete(false)}
          onConfirm={() =>
            remove.mutateAsync(calendar.id).then(() => {
              notify('success', `Holiday calendar ${calendar.name} deleted.`);
              void navigate('/scheduling/calendars');
            })
          }
        >
          {calendar.usedBy.length ? `It is used by ${calendar.usedBy.map((s) => s.name).join(', ')}; the server refuses until those schedules no longer use it.` : 'No schedule uses it.'}
        </ConfirmDialog>
      )}
    </div>
  );
}
