import { Fragment, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { RelativeTime } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { errorMessage } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { formatDateTimeSeconds, formatElapsed, formatFullTimestamp } from '../../../lib/format';
import { describeJobFigures, describeTrigger } from '../../../lib/vocabulary';
import { useJobRuns } from '../api/list-job-runs';
import { useJobs } from '../api/list-jobs';
import { useRunJob } from '../api/run-job';
import type { Job, JobRun } from '../api/types';

const OUTCOME_TONE: Record<string, string> = { succeeded: 'success', failed: 'danger', running: 'info', skipped: 'secondary' };

function Outcome({ run }: { run: JobRun | undefined }) {
  if (!run) return <span className="text-body-secondary">never ran</span>;
  return <span className={`badge text-bg-${OUTCOME_TONE[run.outcome] ?? 'secondary'}`}>{run.outcome}</span>;
}

/**
 * The figures a run reported (workers, AWS calls, imported, stopped ...), labelled and with units.
 * The run's own duration is shown as "took", so the job's copy of it is left out.
 */
function Figures({ run }: { run: JobRun | undefined }) {
  const figures = describeJobFigures(run?.summary, run?.durationMs !== undefined ? ['durationMs'] : []);
  if (!figures.length) return <span className="text-body-secondary">—</span>;
  return (
    <span className="d-flex flex-wrap column-gap-3 small" style={{ maxWidth: 460 }} data-testid="job-figures">
      {figures.map((f) => (
        <span key={f.key} className="text-nowrap" title={f.title}>
          {f.label} <strong>{f.value}</strong>
        </span>
      ))}
    </span>
  );
}

/** Why "Run now" is unavailable, in words; undefined when it is available. */
function runNowReason(job: Job, starting: boolean): string | undefined {
  if (!job.enabled) return 'The job is disabled.';
  if (job.running || starting) return 'A run is in progress.';
  return undefined;
}

function RunsRow({ name, colSpan }: { name: string; colSpan: number }) {
  const { data, error, isPending } = useJobRuns(name);
  return (
    <tr>
      <td colSpan={colSpan} className="bg-body-tertiary">
        {isPending && <Loading label="Loading runs…" />}
        {error && <ErrorAlert error={error} />}
        {data && data.length === 0 && <p className="small mb-0 text-body-secondary">No runs yet.</p>}
        {data && data.length > 0 && (
          <table className="table table-sm small mb-0" aria-label={`Recent runs of ${name}`}>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Trigger</th>
                <th scope="col">Outcome</th>
                <th scope="col">Took</th>
                <th scope="col">Figures</th>
                <th scope="col">Instance</th>
              </tr>
            </thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.id}>
                  <td className="text-nowrap">
                    <time dateTime={r.startedAt} title={formatFullTimestamp(r.startedAt)}>
                      {formatDateTimeSeconds(r.startedAt)}
                    </time>
                  </td>
                  <td>{describeTrigger(r.trigger)}</td>
                  <td>
                    <Outcome run={r} />
                    {r.error && <div className="text-danger">{r.error}</div>}
                  </td>
                  <td className="text-nowrap">{r.durationMs !== undefined ? formatElapsed(r.durationMs) : '—'}</td>
                  <td>
                    <Figures run={r} />
                  </td>
                  <td className="font-monospace">{r.instance}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </td>
    </tr>
  );
}

/** Scheduled jobs: last and next run, outcome and figures, recent runs, "run now" (admin; loaded on demand). */
export default function JobsPage() {
  usePageTitle('Jobs');
  const { data, error, isPending } = useJobs();
  const isAdmin = useHasRole('admin');
  const run = useRunJob();
  const notify = useNotify();
  const [open, setOpen] = useState<string>();

  if (isPending) return <Loading label="Loading jobs…" />;
  if (error) return <ErrorAlert error={error} title="The jobs could not be loaded." />;
  return (
    <>
      <h1 className="h3">Jobs</h1>
      <p className="text-body-secondary">Background work: metric collection, lab sync, idle detection, auto-import. Each run happens once across all app instances.</p>
      {data.length === 0 ? (
        <EmptyState title="No jobs are defined." />
      ) : (
        <div className="table-responsive">
          <table className="table align-middle" aria-label="Jobs">
            <thead className="table-light">
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Schedule</th>
                <th scope="col">Last run</th>
                <th scope="col">Figures</th>
                <th scope="col">Next run</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((job) => (
                <Fragment key={job.name}>
                  <tr data-job={job.name}>
                    <td>
                      <span className="fw-semibold font-monospace">{job.name}</span>
                      <div className="small text-body-secondary">{job.description}</div>
                    </td>
                    <td className="small">
                      {job.enabled ? job.schedule : <span className="badge text-bg-secondary" title={job.disabledReason}>disabled</span>}
                      {!job.enabled && job.disabledReason && <div className="text-body-secondary">{job.disabledReason}</div>}
                    </td>
                    <td className="small">
                      {job.running ? <span className="badge text-bg-info">running now</span> : <Outcome run={job.lastRun} />}
                      {job.lastRun && (
                        <div className="text-body-secondary">
                          <RelativeTime iso={job.lastRun.startedAt} />
                          {job.lastRun.durationMs !== undefined && `, took ${formatElapsed(job.lastRun.durationMs)}`}
                        </div>
                      )}
                      {job.lastRun?.error && <div className="text-danger">{job.lastRun.error}</div>}
                    </td>
                    <td>
                      <Figures run={job.lastRun} />
                    </td>
                    <td className="small">{job.nextRunAt ? <RelativeTime iso={job.nextRunAt} everyMs={5_000} direction="future" /> : '—'}</td>
                    <td>
                      <div className="d-flex flex-wrap align-items-center gap-1">
                        <button type="button" className="btn btn-sm btn-outline-secondary" aria-expanded={open === job.name} onClick={() => setOpen(open === job.name ? undefined : job.name)}>
                          Runs
                        </button>
                        {isAdmin && (
                          <ActionButton
                            variant="primary"
                            busy={run.isPending && run.variables === job.name}
                            reason={runNowReason(job, run.isPending && run.variables === job.name)}
                            onClick={() =>
                              run.mutate(job.name, {
                                onSuccess: () => notify('success', `${job.name} started.`),
                                onError: (err) => notify('danger', `${job.name}: ${errorMessage(err)}`),
                              })
                            }
                          >
                            Run now
                          </ActionButton>
                        )}
                      </div>
                    </td>
                  </tr>
                  {open === job.name && <RunsRow name={job.name} colSpan={6} />}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
