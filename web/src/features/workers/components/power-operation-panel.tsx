import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { RelativeTimeAt } from '../../../components/relative-time';
import { useNotify } from '../../../components/toaster';
import { useNow } from '../../../components/use-now';
import { OPERATION_POLL_MS } from '../../../config/console';
import { formatSeconds } from '../../../lib/format';
import { workerKeys } from '../../../lib/query-keys';
import { useOperation } from '../api/get-operation';
import { useTerminateWorker } from '../api/terminate-worker';
import type { Operation, OperationStep, PowerOperationRef, Worker } from '../api/types';
import { currentStep, percentDone, stepMilliseconds, stepPosition, waitsForController } from '../lib/power-operation';

const ACTION: Record<PowerOperationRef['action'], { noun: string; title: string }> = {
  stop: { noun: 'stop', title: 'Stop operation' },
  terminate: { noun: 'terminate', title: 'Terminate operation' },
};

const OUTCOME: Record<Operation['status'], { text: string; tone: string }> = {
  running: { text: 'running', tone: 'info' },
  succeeded: { text: 'succeeded', tone: 'success' },
  failed: { text: 'failed', tone: 'danger' },
};

const STEP: Record<OperationStep['status'], { text: string; tone: string; icon: string }> = {
  pending: { text: 'pending', tone: 'light border', icon: '○' },
  running: { text: 'running', tone: 'info', icon: '' },
  succeeded: { text: 'done', tone: 'success', icon: '✓' },
  failed: { text: 'failed', tone: 'danger', icon: '✗' },
  skipped: { text: 'skipped', tone: 'secondary', icon: '–' },
};

/**
 * The worker's last choreographed stop or terminate (`powerOperation`), step by step: a progress bar
 * and the steps with what each did and how long it took, re-read every `pollMs` while it runs (the
 * live `worker.power-operation-finished` event refreshes it at once when it ends). An ended one shows
 * how it ended; its steps fold away. While a terminate waits for an unreachable controller, whoever
 * may terminate the worker can tell it to go on without it.
 */
export function PowerOperationPanel({ worker, pollMs = OPERATION_POLL_MS }: { worker: Worker; pollMs?: number }) {
  const ref = worker.powerOperation;
  if (!ref) return null;
  // A new operation starts with its own state (unfolded, no dialog).
  return <OperationPanel key={ref.id} worker={worker} reference={ref} pollMs={pollMs} />;
}

function OperationPanel({ worker, reference, pollMs }: { worker: Worker; reference: PowerOperationRef; pollMs: number }) {
  const client = useQueryClient();
  const headingId = useId();
  const stepsId = useId();
  const { data: op, error } = useOperation(worker.id, reference.id, { running: reference.status === 'running', pollMs });
  const status = op?.status ?? reference.status;
  const running = status === 'running';
  const now = useNow(running ? 1_000 : 30_000);
  // A finished stop that went well is history: its steps start folded. Anything else is worth reading.
  const [open, setOpen] = useState(reference.status !== 'succeeded');

  // The operation ended but the worker still says it runs (a live event missed): re-read the worker.
  const ended = op !== undefined && op.status !== 'running';
  const workerSaysRunning = reference.status === 'running';
  useEffect(() => {
    if (ended && workerSaysRunning) void client.invalidateQueries({ queryKey: workerKeys.detail(worker.id), exact: true });
  }, [client, ended, workerSaysRunning, worker.id]);

  const words = ACTION[reference.action];
  const outcome = OUTCOME[status];
  const summary = reference.summary ?? (typeof op?.result?.summary === 'string' ? op.result.summary : undefined);

  return (
    <section className="card mb-3" aria-labelledby={headingId} data-testid="power-operation">
      <div className="card-header d-flex flex-wrap align-items-center gap-2">
        <h2 id={headingId} className="h6 mb-0">
          {words.title}
        </h2>
        <span className={`badge text-bg-${outcome.tone}`}>{outcome.text}</span>
        <span className="small text-body-secondary me-auto">
          started <RelativeTimeAt iso={reference.startedAt} now={now} />
          {op?.requestedBy && <> by {op.requestedBy.name}</>}
          {op?.force && <> · forced: does not wait for the controller</>}
        </span>
        <button type="button" className="btn btn-sm btn-link p-0" aria-expanded={open} aria-controls={stepsId} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide steps' : 'Show steps'}
        </button>
      </div>
      <div className="card-body">
        {error !== undefined && !op && <ErrorAlert error={error} title={`The ${words.noun}'s steps could not be loaded.`} />}
        {op && running && <Progress op={op} />}
        {!running && <Outcome noun={words.noun} status={status} error={op?.error} summary={summary} finishedAt={reference.finishedAt ?? op?.finishedAt} now={now} />}
        {op && <ForceTerminate worker={worker} op={op} />}
        <div id={stepsId} hidden={!open}>
          {op?.steps && op.steps.length > 0 && <StepList steps={op.steps} now={now} />}
        </div>
      </div>
    </section>
  );
}

function Progress({ op }: { op: Operation }) {
  const percent = percentDone(op);
  const { step, of } = stepPosition(op);
  const current = currentStep(op);
  const position = of ? `Step ${step} of ${of}` : undefined;
  return (
    <div className="mb-3">
      {/* Screen readers hear the operation move on to the next step. */}
      <p className="small mb-1" aria-live="polite">
        {position && <strong>{position}</strong>}
        {current && <>: {current.title}</>}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Progress"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={[`${percent} %`, position].filter(Boolean).join(', ')}
      >
        <div className="progress-bar progress-bar-striped progress-bar-animated" style={{ width: `${percent}%` }}>
          {percent} %
        </div>
      </div>
      {op.progress && op.progress !== current?.title && <p className="small text-body-secondary mb-0 mt-1">{op.progress}</p>}
    </div>
  );
}

function Outcome({ noun, status, error, summary, finishedAt, now }: { noun: string; status: Operation['status']; error?: string; summary?: string; finishedAt?: string; now: number }) {
  const failed = status === 'failed';
  return (
    <div className={`alert alert-${failed ? 'danger' : 'success'} mb-3`} role={failed ? 'alert' : 'status'}>
      <strong className="d-block">
        {failed ? `The ${noun} failed` : `The ${noun} succeeded`}
        {finishedAt && (
          <span className="fw-normal">
            {' '}
            (<RelativeTimeAt iso={finishedAt} now={now} />)
          </span>
        )}
        {failed && error ? `: ${error}` : '.'}
      </strong>
      {summary && <span className="small">{summary}</span>}
    </div>
  );
}

function StepList({ steps, now }: { steps: OperationStep[]; now: number }) {
  return (
    <ol className="list-group" aria-label="Steps">
      {steps.map((s) => {
        const look = STEP[s.status];
        const ms = stepMilliseconds(s, now);
        return (
          <li key={s.name} className="list-group-item d-flex gap-2 align-items-start" data-step={s.name} data-status={s.status}>
            <span className={`badge text-bg-${look.tone} d-inline-flex align-items-center gap-1 mt-1`} style={{ minWidth: 80 }}>
              {s.status === 'running' ? <span className="spinner-border" style={{ width: 8, height: 8, borderWidth: 1 }} aria-hidden="true" /> : <span aria-hidden="true">{look.icon}</span>}
              {look.text}
            </span>
            <div className="flex-grow-1">
              <div className={s.status === 'pending' || s.status === 'skipped' ? 'text-body-secondary' : undefined}>{s.title}</div>
              {s.detail && <div className={`small ${s.status === 'failed' ? 'text-danger' : 'text-body-secondary'}`}>{s.detail}</div>}
            </div>
            {ms !== undefined && (
              <span className="small text-nowrap text-body-secondary" title={s.status === 'running' ? 'Running for' : 'Took'}>
                {formatSeconds(ms)}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * "Terminate without the controller": offered while a terminate waits for an unreachable controller,
 * to those the server lets terminate the worker (its `actions`: the admin role).
 */
function ForceTerminate({ worker, op }: { worker: Worker; op: Operation }) {
  const notify = useNotify();
  const client = useQueryClient();
  const terminate = useTerminateWorker();
  const [asking, setAsking] = useState(false);
  if (!waitsForController(op) || worker.actions.terminate.refusedBy === 'role') return null;
  return (
    <div className="alert alert-warning d-flex flex-wrap align-items-center gap-2 mb-3">
      <span className="me-auto small">The terminate waits for the controller, which does not answer. It can go on without it; the licence then stays held.</span>
      <ActionButton variant="danger" busy={terminate.isPending} onClick={() => setAsking(true)}>
        Terminate without the controller
      </ActionButton>
      <ConfirmDialog
        show={asking}
        title={`Terminate ${worker.name} without the controller?`}
        confirmLabel={`Terminate ${worker.name} without the controller`}
        onClose={() => setAsking(false)}
        onConfirm={() =>
          terminate.mutateAsync({ id: worker.id, force: true }).then((r) => {
            notify('warning', r.message);
            void client.invalidateQueries({ queryKey: workerKeys.operation(worker.id, op.id) });
          })
        }
      >
        <p className="mb-2">
          The terminate of {worker.name} stops waiting for its controller and skips the steps that still need it: labs not yet stopped, wiped or exported are lost
          with the instance, and the licence is not released. EC2 then terminates {worker.instanceId ? `instance ${worker.instanceId}` : 'its instance'} and deletes
          its disks.
        </p>
        <p className="mb-0">
          <strong>The licence may stay held in Smart Software Manager</strong> until someone releases it there; the timeline and a notification say so.
        </p>
      </ConfirmDialog>
    </div>
  );
}
