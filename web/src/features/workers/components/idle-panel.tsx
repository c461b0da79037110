import { useId, useState } from 'react';
import { DisabledReason } from '../../../components/disabled-reason';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { RelativeTimeAt } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { useNow } from '../../../components/use-now';
import { formatDateTime, formatDuration, formatRelative, formatTimeNear } from '../../../lib/format';
import { useWorkerIdle } from '../api/get-worker-idle';
import { useSnoozeWorker } from '../api/snooze-worker';
import type { Worker, WorkerIdle } from '../api/types';

/** Whether the server offers the snooze to this caller now (the worker's `actions.snooze`). */
type SnoozeAvailability = Worker['actions']['snooze'];
import { activitySourceWords, describeIdleDecision } from '../lib/idle-words';
import { SNOOZE_MAX_MS, snoozeUntilProblem, toLocalInput } from '../lib/snooze-until';

const SNOOZE_CHOICES = [
  { minutes: 30, label: '30 minutes' },
  { minutes: 60, label: '1 hour' },
  { minutes: 120, label: '2 hours' },
  { minutes: 240, label: '4 hours' },
  { minutes: 480, label: '8 hours' },
  { minutes: 1440, label: '1 day' },
];

const OUTCOME_TONE: Record<string, string> = { keep: 'success', warn: 'warning', stop: 'danger', skipped: 'secondary' };
const OUTCOME_WORDS: Record<string, string> = { keep: 'keeps running', warn: 'warned', stop: 'stopped', skipped: 'not evaluated' };

function Outcome({ outcome }: { outcome: string }) {
  return (
    <span className={`badge text-bg-${OUTCOME_TONE[outcome] ?? 'secondary'}`} title={outcome}>
      {OUTCOME_WORDS[outcome] ?? outcome}
    </span>
  );
}

/**
 * Idle detection for one worker: the decision of now and why, the planned stop, snooze (as the
 * worker's `actions.snooze` offers it), and the changes of decision.
 */
export function IdlePanel({ workerId, snooze }: { workerId: string; snooze: SnoozeAvailability }) {
  const { data, error, isPending } = useWorkerIdle(workerId);
  if (isPending) return <Loading label="Loading idle state…" />;
  if (error) return <ErrorAlert error={error} title="The idle state could not be loaded." />;
  return <IdleDetails idle={data} snooze={snooze} />;
}

export function IdleDetails({ idle, snooze }: { idle: WorkerIdle; snooze: SnoozeAvailability }) {
  // One clock for the whole panel: every "ago", "in" and "for" below is measured against it.
  const now = useNow(15_000);
  const plannedStop = idle.warning?.plannedStopAt ?? idle.current.plannedStopAt;
  const snoozed = idle.snoozedUntil && Date.parse(idle.snoozedUntil) > now ? idle.snoozedUntil : undefined;
  const grace = idle.startGraceUntil && Date.parse(idle.startGraceUntil) > now ? idle.startGraceUntil : undefined;
  return (
    <div className="row g-3">
      <section className="col-12 col-lg-6" aria-labelledby="idle-now">
        <div className="card h-100">
          <div className="card-header d-flex align-items-center gap-2">
            <h2 id="idle-now" className="h6 mb-0 me-auto">
              Now
            </h2>
            <Outcome outcome={idle.current.outcome} />
          </div>
          <div className="card-body small">
            <p className="mb-1" data-testid="idle-current-reason">
              {describeIdleDecision(idle.current, now)}
            </p>
            <p className="text-body-secondary mb-2" data-testid="idle-evaluated">
              <Evaluated idle={idle} now={now} />
            </p>
            {idle.warning && plannedStop && (
              <div className="alert alert-warning py-2" role="status" data-testid="idle-planned-stop">
                Idle: this worker will be <strong>stopped at {formatTimeNear(plannedStop, now)}</strong>
                {Date.parse(plannedStop) > now ? ` (${formatRelative(plannedStop, now, 'future')})` : ''} unless someone uses it or snoozes it.
              </div>
            )}
            <dl className="row mb-0">
              <dt className="col-5 fw-normal text-body-secondary">Detection</dt>
              <dd className="col-7">
                {idle.enabled ? 'on' : 'off'}
                {!idle.fleetEnabled && ' (off for the fleet)'}
                {idle.fleetEnabled && !idle.workerEnabled && ' (off for this worker)'}
              </dd>
              <dt className="col-5 fw-normal text-body-secondary">Idle timeout</dt>
              <dd className="col-7" data-testid="idle-timeout">
                {formatDuration(idle.timeoutMinutes * 60_000)} ({idle.timeoutSource === 'worker' ? 'this worker' : 'fleet default'})
              </dd>
              <dt className="col-5 fw-normal text-body-secondary">Last activity</dt>
              <dd className="col-7" data-testid="idle-last-activity">
                {idle.lastActivityAt ? (
                  <>
                    <RelativeTimeAt iso={idle.lastActivityAt} now={now} /> <span className="text-body-secondary">({activitySourceWords(idle.lastActivitySource)})</span>
                  </>
                ) : (
                  'none seen'
                )}
              </dd>
              <dt className="col-5 fw-normal text-body-secondary">Snoozed</dt>
              <dd className="col-7">{snoozed ? `until ${formatTimeNear(snoozed, now)}` : 'no'}</dd>
              {grace && (
                <>
                  <dt className="col-5 fw-normal text-body-secondary">Start grace</dt>
                  <dd className="col-7">never stopped before {formatTimeNear(grace, now)}</dd>
                </>
              )}
              <dt className="col-5 fw-normal text-body-secondary">Activity read</dt>
              <dd className="col-7">
                <RelativeTimeAt iso={idle.lastActivityCheckAt} now={now} />
              </dd>
            </dl>
          </div>
        </div>
      </section>
      <section className="col-12 col-lg-6" aria-labelledby="idle-snooze">
        <SnoozeCard idle={idle} snooze={snooze} />
      </section>
      <section className="col-12" aria-labelledby="idle-decisions">
        <h2 id="idle-decisions" className="h6 mb-1">
          Decision changes
        </h2>
        <p className="small text-body-secondary mb-2">A row is added when the decision or its reason changes; the decision of now is above.</p>
        {idle.recentDecisions.length === 0 ? (
          <p className="small text-body-secondary">No decision yet.</p>
        ) : (
          <table className="table table-sm small" aria-labelledby="idle-decisions">
            <thead>
              <tr>
                <th scope="col">Since</th>
                <th scope="col">Decision</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {idle.recentDecisions.map((d) => (
                <tr key={d.at}>
                  <td className="text-nowrap">{formatDateTime(d.at)}</td>
                  <td>
                    <Outcome outcome={d.outcome} />
                  </td>
                  <td>{describeIdleDecision(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** When idle detection last looked, and since when it has taken the decision of now. */
function Evaluated({ idle, now }: { idle: WorkerIdle; now: number }) {
  if (!idle.enabled) return <>Idle detection does not evaluate this worker.</>;
  if (!idle.lastEvaluatedAt) return <>Not evaluated by idle detection yet.</>;
  return (
    <>
      Evaluated <RelativeTimeAt iso={idle.lastEvaluatedAt} now={now} />
      {idle.current.since ? `; the same decision since ${formatTimeNear(idle.current.since, now)}.` : '; idle detection takes this decision at its next run.'}
    </>
  );
}

function SnoozeCard({ idle, snooze: offer }: { idle: WorkerIdle; snooze: SnoozeAvailability }) {
  const notify = useNotify();
  const snooze = useSnoozeWorker();
  const [minutes, setMinutes] = useState(120);
  // 'for': one of the presets; 'until': a chosen time (the API's `until`).
  const [mode, setMode] = useState<'for' | 'until'>('for');
  const now = useNow(60_000);
  const [until, setUntil] = useState(() => toLocalInput(Date.now() + 4 * 3_600_000));
  const [tried, setTried] = useState(false);
  const id = useId();
  const untilId = useId();
  const untilProblemId = useId();
  const reasonId = useId();
  const unavailable = offer.allowed ? undefined : (offer.reason ?? 'Not available now.');
  const untilProblem = mode === 'until' ? snoozeUntilProblem(until, now) : undefined;
  return (
    <div className="card h-100">
      <div className="card-header">
        <h2 id="idle-snooze" className="h6 mb-0">
          Keep it running
        </h2>
      </div>
      <div className="card-body small">
        <p>Snoozing keeps this worker from being stopped for idleness for a while, and cancels a pending warning.</p>
        <form
          className="d-flex flex-wrap gap-2 align-items-end"
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (unavailable || snooze.isPending || untilProblem) return;
            snooze.mutate(
              mode === 'until' ? { id: idle.workerId, until: new Date(until).toISOString() } : { id: idle.workerId, minutes },
              { onSuccess: (r) => notify('success', r.snoozedUntil ? `Kept running until ${formatDateTime(r.snoozedUntil)}.` : 'Snoozed.') },
            );
          }}
        >
          <fieldset className="w-100">
            <legend className="form-label small mb-1">Keep it running</legend>
            <div className="form-check form-check-inline">
              <input className="form-check-input" type="radio" name={`${id}-mode`} id={`${id}-for`} checked={mode === 'for'} onChange={() => setMode('for')} />
              <label className="form-check-label" htmlFor={`${id}-for`}>
                for a while
              </label>
            </div>
            <div className="form-check form-check-inline">
              <input className="form-check-input" type="radio" name={`${id}-mode`} id={`${id}-until`} checked={mode === 'until'} onChange={() => setMode('until')} />
              <label className="form-check-label" htmlFor={`${id}-until`}>
                until a chosen time
              </label>
            </div>
          </fieldset>
          {mode === 'for' ? (
            <div>
              <label htmlFor={id} className="form-label mb-1">
                For
              </label>
              <select id={id} className="form-select form-select-sm" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
                {SNOOZE_CHOICES.map((c) => (
                  <option key={c.minutes} value={c.minutes}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div>
              <label htmlFor={untilId} className="form-label mb-1">
                Until (your local time, at most 7 days ahead)
              </label>
              <input
                id={untilId}
                type="datetime-local"
                className={`form-control form-control-sm${tried && untilProblem ? ' is-invalid' : ''}`}
                value={until}
                min={toLocalInput(now)}
                max={toLocalInput(now + SNOOZE_MAX_MS)}
                aria-invalid={(tried && Boolean(untilProblem)) || undefined}
                aria-describedby={tried && untilProblem ? untilProblemId : undefined}
                onChange={(e) => setUntil(e.target.value)}
              />
              {tried && untilProblem && (
                <div id={untilProblemId} className="invalid-feedback d-block">
                  {untilProblem}
                </div>
              )}
            </div>
          )}
          <button
            type="submit"
            className="btn btn-sm btn-primary"
            aria-disabled={Boolean(unavailable) || snooze.isPending || undefined}
            aria-describedby={unavailable ? reasonId : undefined}
          >
            {snooze.isPending && <span className="spinner-border spinner-border-sm me-1" aria-hidden="true" />}
            Snooze idle stop
          </button>
          <DisabledReason id={reasonId} reason={unavailable} className="w-100" />
        </form>
        {snooze.error && <ErrorAlert className="mt-3 mb-0" error={snooze.error} title="Snooze refused:" />}
      </div>
    </div>
  );
}
