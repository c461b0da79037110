import { useId, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { useNotify } from '../../../components/toaster';
import { useHasRole } from '../../../lib/auth';
import {
  type Schedule,
  type ScheduleBehaviour,
  type ScheduleInput,
  type Weekday,
  WEEKDAYS,
  useCalendars,
  useDeleteSchedule,
  useSaveSchedule,
  useSchedule,
  useWorkerChoices,
} from '../api/scheduling-api';
import { AssignmentEditor, type AssignmentState, assignmentOf, assignmentProblem, assignmentState } from '../components/assignment-editor';
import { FieldFeedback, invalidProps, SaveError } from '../components/field-feedback';
import { SchedulingNav } from '../components/scheduling-nav';
import { TimeZonePicker, timeZoneProblem, timeZones } from '../components/timezone-picker';
import { fieldProblems, problemText } from '../lib/field-problems';
import { BEHAVIOURS } from '../lib/words';
import { formatMinutes, viewerTimeZone } from '../lib/zoned-time';

const DAY_NAMES: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };


interface PeriodRow {
  days: Weekday[];
  start: string;
  end: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * A time input cannot hold 24:00: an end of 00:00 is midnight at the end of the day, sent as 24:00
 * (the same instant for 08:00-00:00, and what makes 00:00-00:00 a whole day rather than nothing).
 */
const endOfDay = (value: string) => (value === '00:00' ? '24:00' : value);
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** How long a period lasts, with its unit; an end at or before the start is the next day. */
export function periodLength(p: PeriodRow): string | undefined {
  if (!HHMM.test(p.start) || !HHMM.test(p.end) || p.start === p.end) return undefined;
  const d = minutesOf(p.end) - minutesOf(p.start);
  return `${formatMinutes(d > 0 ? d : d + 1440)}${d > 0 ? '' : ', ends the next day'}`;
}

function periodProblem(p: PeriodRow, i: number): string | undefined {
  const which = `Period ${i + 1}`;
  if (p.days.length === 0) return `${which}: choose at least one day.`;
  if (!HHMM.test(p.start) || p.start === '24:00') return `${which}: give a start time from 00:00 to 23:59.`;
  if (!HHMM.test(p.end)) return `${which}: give an end time from 00:00 to 24:00.`;
  if (p.start === p.end) return `${which} starts and ends at ${p.start}: a period must last.`;
  return undefined;
}

/** A schedule: read by everyone, created and changed by managers (the server refuses others with 403). */
export default function ScheduleEditorPage() {
  const { id } = useParams();
  const existing = useSchedule(id);
  usePageTitle(id ? (existing.data?.name ?? 'Schedule') : 'New schedule', 'Schedules');
  if (id && existing.isPending) return <Loading label="Loading the schedule…" />;
  if (id && existing.error) return <ErrorAlert error={existing.error} title="The schedule could not be loaded." />;
  return <ScheduleForm key={existing.data?.updatedAt ?? 'new'} schedule={existing.data} />;
}

export function ScheduleForm({ schedule }: { schedule?: Schedule }) {
  const id = useId();
  const navigate = useNavigate();
  const notify = useNotify();
  const isManager = useHasRole('manager');
  const readOnly = !isManager;
  const workers = useWorkerChoices();
  const calendars = useCalendars();
  const save = useSaveSchedule();
  const remove = useDeleteSchedule();
  const zones = useMemo(timeZones, []);
  const [name, setName] = useState(schedule?.name ?? '');
  const [timezone, setTimezone] = useState(schedule?.timezone ?? viewerTimeZone());
  const [periods, setPeriods] = useState<PeriodRow[]>(schedule?.periods.map((p) => ({ ...p, days: [...p.days] })) ?? [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }]);
  const [behaviour, setBehaviour] = useState<ScheduleBehaviour>(schedule?.behaviour ?? 'start-stop');
  const [calendarId, setCalendarId] = useState(schedule?.calendarId ?? '');
  const [assignment, setAssignment] = useState<AssignmentState>(assignmentState(schedule?.assignment));
  const [submitted, setSubmitted] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const server = fieldProblems(save.error);
  const client = {
    name: name.trim() ? undefined : 'Give the schedule a name.',
    timezone: timeZoneProblem(timezone, zones),
    periods: periods.length === 0 ? 'Give at least one weekly period (days, start, end).' : periods.map(periodProblem).find(Boolean),
    assignment: assignmentProblem(assignment),
  };
  const shown = (field: keyof typeof client | 'behaviour' | 'calendarId') => (submitted ? (client as Record<string, string | undefined>)[field] : undefined) ?? problemText(server, field);
  const unplaced = [...server.entries()].filter(([f]) => !['name', 'timezone', 'periods', 'behaviour', 'calendarId', 'assignment'].includes(f)).flatMap(([, m]) => m);

  const setPeriod = (i: number, patch: Partial<PeriodRow>) => setPeriods((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const toggleDay = (i: number, day: Weekday) =>
    setPeriod(i, { days: periods[i].days.includes(day) ? periods[i].days.filter((d) => d !== day) : WEEKDAYS.filter((d) => d === day || periods[i].days.includes(d)) });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.values(client).some(Boolean)) return;
    const body: ScheduleInput = {
      name: name.trim(),
      timezone: timezone.trim(),
      periods: periods.map((p) => ({ days: p.days, start: p.start, end: p.end })),
      behaviour,
      ...(calendarId ? { calendarId } : {}),
      assignment: assignmentOf(assignment),
    };
    save.mutate(
      { id: schedule?.id, body },
      {
        onSuccess: (saved) => {
          notify('success', `Schedule ${saved.name} saved; it applies to ${saved.workers.length} ${saved.workers.length === 1 ? 'worker' : 'workers'} now.`);
          void navigate('/scheduling/schedules');
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
            <Link to="/scheduling/schedules">Schedules</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {schedule?.name ?? 'New schedule'}
          </li>
        </ol>
      </nav>
      <h1 className="h3">{schedule ? schedule.name : 'New schedule'}</h1>
      {schedule && (
        <p className="text-body-secondary small">
          Applies to {schedule.workers.length} {schedule.workers.length === 1 ? 'worker' : 'workers'} now{schedule.workers.length ? `: ${schedule.workers.map((w) => w.name).join(', ')}` : ''}.
        </p>
      )}
      {readOnly && <div className="alert alert-info py-2">Only managers change schedules; you can read this one.</div>}
      <form onSubmit={submit} noValidate aria-label={schedule ? `Schedule ${schedule.name}` : 'New schedule'}>
        <fieldset disabled={readOnly}>
          <div className="row g-3 mb-3">
            <div className="col-md-6">
              <label htmlFor={`${id}-name`} className="form-label">
                Name
              </label>
              <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} {...invalidProps(shown('name'), `${id}-name-error`)} />
              <FieldFeedback id={`${id}-name-error`} problem={shown('name')} />
            </div>
            <div className="col-md-6">
              <label htmlFor={`${id}-tz`} className="form-label">
                Time zone
              </label>
              <TimeZonePicker id={`${id}-tz`} value={timezone} onChange={setTimezone} problem={shown('timezone')} />
            </div>
          </div>

          <fieldset className="mb-3">
            <legend className="form-label fs-6">Weekly periods</legend>
            <table className="table table-sm align-middle mb-1" aria-describedby={`${id}-periods-error`}>
              <thead>
                <tr>
                  <th scope="col">Days</th>
                  <th scope="col">Start</th>
                  <th scope="col">End</th>
                  <th scope="col">Length</th>
                  <th scope="col">
                    <span className="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {periods.map((p, i) => (
                  <tr key={i}>
                    <td>
                      <div role="group" aria-label={`Days of period ${i + 1}`} className="d-flex flex-wrap gap-2">
                        {WEEKDAYS.map((d) => (
                          <div key={d} className="form-check form-check-inline m-0">
                            <input id={`${id}-p${i}-${d}`} type="checkbox" className="form-check-input" aria-label={DAY_NAMES[d]} checked={p.days.includes(d)} onChange={() => toggleDay(i, d)} />
                            <label htmlFor={`${id}-p${i}-${d}`} className="form-check-label small" title={DAY_NAMES[d]}>
                              {d[0].toUpperCase() + d.slice(1)}
                            </label>
                          </div>
                        ))}
                      </div>
                    </td>
                    <td>
                      <input type="time" className="form-control form-control-sm" aria-label={`Start of period ${i + 1}`} value={p.start} onChange={(e) => setPeriod(i, { start: e.target.value })} />
                    </td>
                    <td>
                      <input type="time" className="form-control form-control-sm" aria-label={`End of period ${i + 1}`} value={p.end === '24:00' ? '00:00' : p.end} onChange={(e) => setPeriod(i, { end: endOfDay(e.target.value) })} />
                    </td>
                    <td className="small text-body-secondary">{periodLength(p) ?? '—'}</td>
                    <td>
                      {!readOnly && (
                        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setPeriods((ps) => ps.filter((_, j) => j !== i))} aria-label={`Remove period ${i + 1}`}>
                          Remove
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!readOnly && (
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setPeriods((ps) => [...ps, { days: [], start: '08:00', end: '18:00' }])}>
                Add a period
              </button>
            )}
            <div className="form-text">Wall-clock times in the schedule's zone. An end at or before the start ends the next day (22:00–06:00 runs over midnight).</div>
            <FieldFeedback id={`${id}-periods-error`} problem={shown('periods')} />
          </fieldset>

          <fieldset className="mb-3" aria-describedby={`${id}-behaviour-error`}>
            <legend className="form-label fs-6">Behaviour</legend>
            {BEHAVIOURS.map((b) => (
              <div key={b.value} className="form-check">
                <input id={`${id}-b-${b.value}`} type="radio" name={`${id}-behaviour`} className="form-check-input" checked={behaviour === b.value} onChange={() => setBehaviour(b.value)} />
                <label htmlFor={`${id}-b-${b.value}`} className="form-check-label">
                  {b.label} <span className="small text-body-secondary">— {b.help}</span>
                </label>
              </div>
            ))}
            <FieldFeedback id={`${id}-behaviour-error`} problem={shown('behaviour')} />
          </fieldset>

          <div className="mb-3" style={{ maxWidth: 420 }}>
            <label htmlFor={`${id}-calendar`} className="form-label">
              Holiday calendar
            </label>
            <select id={`${id}-calendar`} value={calendarId} onChange={(e) => setCalendarId(e.target.value)} {...invalidProps(shown('calendarId'), `${id}-calendar-error`, 'form-select')}>
              <option value="">None: the periods apply every week</option>
              {(calendars.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.holidays.length} {c.holidays.length === 1 ? 'day' : 'days'})
                </option>
              ))}
            </select>
            <div className="form-text">On the calendar's days the periods do not open.</div>
            <FieldFeedback id={`${id}-calendar-error`} problem={shown('calendarId')} />
          </div>

          <AssignmentEditor value={assignment} onChange={setAssignment} workers={workers.data} problem={shown('assignment')} disabled={readOnly} />
        </fieldset>

        <SaveError error={save.error} placed={server.size > 0 && unplaced.length === 0} what="schedule" />
        {!readOnly && (
          <div className="d-flex gap-2">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
              {schedule ? 'Save the schedule' : 'Create the schedule'}
            </button>
            <Link to="/scheduling/schedules" className="btn btn-outline-secondary">
              Cancel
            </Link>
            {schedule && (
              <button type="button" className="btn btn-outline-danger ms-auto" onClick={() => setConfirmDelete(true)}>
                Delete
              </button>
            )}
          </div>
        )}
      </form>
      {schedule && (
        <ConfirmDialog
          show={confirmDelete}
          title={`Delete ${schedule.name}?`}
          confirmLabel={`Delete ${schedule.name}`}
          onClose={() => setConfirmDelete(false)}
          onConfirm={() =>
            remove.mutateAsync(schedule.id).then(() => {
              notify('success', `Schedule ${schedule.name} deleted.`);
              void navigate('/scheduling/schedules');
            })
          }
        >
          Its {schedule.workers.length} {schedule.workers.length === 1 ? 'worker is' : 'workers are'} no longer started or stopped by it. Running workers keep running until another rule or a person stops them.
        </ConfirmDialog>
      )}
    </div>
  );
}
