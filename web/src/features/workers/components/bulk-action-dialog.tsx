import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { ActionButton } from '../../../components/action-button';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useNotify } from '../../../components/toaster';
import { workerKeys } from '../../../lib/query-keys';
import { runBulkAction } from '../api/run-bulk-action';
import type { WorkerListItem } from '../api/types';
import { type BulkAction, type BulkPlan, type Caller, type Outcome, actionLabel, actionProblem, describeAction, planBulk, runLimited } from '../lib/bulk-actions';

/** How many per-worker requests run at once (ADR 0052): a few, so a large selection neither floods the API nor takes long. */
export const BULK_CONCURRENCY = 4;

/** What the bar's buttons open: start and stop go straight to the confirmation; tag and policy ask first. */
export type BulkDialogKind = 'start' | 'stop' | 'tag' | 'policy';

type PolicyChoice = 'owner' | 'keep-running' | 'keep-stopped' | 'clear-override' | 'idle-on' | 'idle-off';

const pad = (n: number) => String(n).padStart(2, '0');
/** The value of an `<input type="datetime-local">` for an instant, in the viewer's zone. */
const toLocalInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
function fromLocalInput(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}
function inFourHours(): string {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 4);
  return toLocalInput(d);
}

const OUTCOME_WORDS: Record<Outcome['state'], string> = { waiting: 'Waiting', running: 'Running…', done: 'Done', skipped: 'Skipped', failed: 'Failed' };
const OUTCOME_TONE: Record<Outcome['state'], string> = { waiting: 'light border', running: 'info', done: 'success', skipped: 'secondary', failed: 'danger' };
const detailOf = (o: Outcome) => (o.state === 'done' || o.state === 'failed' ? o.message : o.state === 'skipped' ? o.reason : '');

/**
 * A bulk action from its parameters to each worker's outcome: the form (tag, policy), then a
 * confirmation naming what happens to which workers and which are skipped and why, then the run
 * (BULK_CONCURRENCY at a time, with progress) and an outcome per worker, with a retry of the failed.
 * `workers` is undefined while "all matching the filter" is read.
 */
export function BulkActionDialog({
  kind,
  workers,
  loadError,
  caller,
  onClose,
}: {
  kind: BulkDialogKind;
  workers: WorkerListItem[] | undefined;
  loadError?: unknown;
  caller: Caller;
  onClose: () => void;
}) {
  const titleId = useId();
  const formId = useId();
  const notify = useNotify();
  const client = useQueryClient();
  const [step, setStep] = useState<'edit' | 'confirm' | 'run'>(kind === 'start' || kind === 'stop' ? 'confirm' : 'edit');
  const [tagMode, setTagMode] = useState<'set' | 'remove'>('set');
  const [tagKey, setTagKey] = useState('');
  const [tagValue, setTagValue] = useState('');
  const [policy, setPolicy] = useState<PolicyChoice>('keep-running');
  const [owner, setOwner] = useState('');
  const [until, setUntil] = useState(inFourHours);
  const [submitted, setSubmitted] = useState(false);
  const [outcomes, setOutcomes] = useState<Map<string, Outcome>>(new Map());
  const [running, setRunning] = useState(false);
  // What was confirmed, frozen: the list refreshes while the action runs (a stopped worker would now be "skipped").
  const ran = useRef<{ action: BulkAction; workers: WorkerListItem[]; skipped: BulkPlan['skip'] } | undefined>(undefined);

  const action: BulkAction = useMemo(() => {
    if (kind === 'start' || kind === 'stop') return { kind };
    if (kind === 'tag') return tagMode === 'set' ? { kind: 'set-tag', key: tagKey.trim(), value: tagValue } : { kind: 'remove-tag', key: tagKey.trim() };
    switch (policy) {
      case 'owner':
        return { kind: 'owner', owner: owner.trim() };
      case 'keep-running':
      case 'keep-stopped':
        return { kind: 'override', overrideKind: policy, until: fromLocalInput(until) };
      case 'clear-override':
        return { kind: 'clear-override' };
      case 'idle-on':
      case 'idle-off':
        return { kind: 'idle-detection', enabled: policy === 'idle-on' };
    }
  }, [kind, tagMode, tagKey, tagValue, policy, owner, until]);

  const problem = actionProblem(action);
  const plan = useMemo(() => (workers ? planBulk(action, workers, caller) : undefined), [action, workers, caller]);
  const label = actionLabel(action);

  const run = async (targets: WorkerListItem[], what: BulkAction) => {
    setRunning(true);
    setOutcomes((prev) => {
      const next = new Map(prev);
      for (const w of targets) next.set(w.id, { state: 'waiting' });
      return next;
    });
    const settled: Outcome[] = [];
    await runLimited(
      targets,
      BULK_CONCURRENCY,
      (w) => runBulkAction(what, w.id),
      (w, outcome) => {
        if (outcome.state !== 'running') settled.push(outcome);
        setOutcomes((prev) => new Map(prev).set(w.id, outcome));
      },
    );
    setRunning(false);
    void client.invalidateQueries({ queryKey: workerKeys.all });
    const count = (s: Outcome['state']) => settled.filter((o) => o.state === s).length;
    const failed = count('failed');
    notify(failed ? 'warning' : 'success', `${actionLabel(what)}: ${count('done')} done, ${count('skipped')} skipped, ${failed} failed.`);
  };

  const confirm = () => {
    if (!plan) return;
    ran.current = { action, workers: plan.act, skipped: plan.skip };
    setStep('run');
    void run(plan.act, action);
  };

  const failedOnes = ran.current ? ran.current.workers.filter((w) => outcomes.get(w.id)?.state === 'failed') : [];
  const settledCount = ran.current ? ran.current.workers.filter((w) => ['done', 'skipped', 'failed'].includes(outcomes.get(w.id)?.state ?? '')).length : 0;
  const total = ran.current?.workers.length ?? 0;

  const close = () => {
    if (!running) onClose();
  };

  const title = step === 'run' ? `${label}: outcome per worker` : kind === 'tag' ? 'Tag the selected workers' : kind === 'policy' ? 'Set a policy on the selected workers' : `${label} the selected workers?`;

  return (
    <Modal show onHide={close} aria-labelledby={titleId} backdrop={running ? 'static' : true} keyboard={!running} size="lg" scrollable>
      <Modal.Header closeButton={!running}>
        <Modal.Title id={titleId} as="h2" className="h5">
          {title}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        {loadError !== undefined && <ErrorAlert error={loadError} title="The selected workers could not be read." />}
        {!workers && loadError === undefined && <Loading label="Reading every worker that matches the filter…" />}

        {step === 'edit' && (
          <form
            id={formId}
            noValidate
            aria-label={kind === 'tag' ? 'The tag' : 'The policy'}
            onSubmit={(e) => {
              e.preventDefault();
              setSubmitted(true);
              if (!problem) setStep('confirm');
            }}
          >
            {kind === 'tag' ? (
              <TagFields mode={tagMode} onMode={setTagMode} tagKey={tagKey} onKey={setTagKey} value={tagValue} onValue={setTagValue} problem={submitted ? problem : undefined} />
            ) : (
              <PolicyFields choice={policy} onChoice={setPolicy} owner={owner} onOwner={setOwner} until={until} onUntil={setUntil} canAdmin={caller.isAdmin} problem={submitted ? problem : undefined} />
            )}
          </form>
        )}

        {step === 'confirm' && plan && (
          <div data-testid="bulk-confirmation">
            <p className="fw-semibold" data-testid="bulk-sentence">
              {describeAction(action, plan.act.length)}
            </p>
            {plan.act.length > 0 && <WorkerNames label="Workers it goes to" workers={plan.act} />}
            {plan.skip.length > 0 && (
              <section aria-label="Skipped workers" data-testid="bulk-skipped">
                <h3 className="h6 mt-3">
                  Skipped: {plan.skip.length} {plan.skip.length === 1 ? 'worker' : 'workers'}
                </h3>
                <ul className="small mb-0">
                  {plan.skip.map(({ worker, reason }) => (
                    <li key={worker.id}>
                      <strong>{worker.name}</strong>: {reason}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <p className="small text-body-secondary mt-3 mb-0">
              Each worker is asked on its own, {BULK_CONCURRENCY} at a time; what the server refuses for one worker does not stop the others.
            </p>
          </div>
        )}

        {step === 'run' && ran.current && (
          <div>
            <div className="d-flex align-items-center gap-2 mb-2">
              <progress className="flex-grow-1" max={total} value={settledCount} aria-label="Workers settled" />
              <span className="small text-nowrap" role="status" data-testid="bulk-progress">
                {running ? `${settledCount} of ${total} settled…` : `All ${total} settled.`}
              </span>
            </div>
            <table className="table table-sm align-middle mb-0" aria-label="Outcome per worker" data-testid="bulk-outcomes">
              <thead>
                <tr>
                  <th scope="col">Worker</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {ran.current.workers.map((w) => {
                  const o = outcomes.get(w.id) ?? { state: 'waiting' };
                  return (
                    <tr key={w.id} data-worker-name={w.name} data-outcome={o.state}>
                      <td className="fw-semibold">{w.name}</td>
                      <td>
                        <span className={`badge text-bg-${OUTCOME_TONE[o.state]} fw-normal`}>{OUTCOME_WORDS[o.state]}</span>
                      </td>
                      <td className="small">{detailOf(o)}</td>
                    </tr>
                  );
                })}
                {ran.current.skipped.map(({ worker, reason }) => (
                  <tr key={worker.id} data-worker-name={worker.name} data-outcome="skipped">
                    <td className="fw-semibold">{worker.name}</td>
                    <td>
                      <span className={`badge text-bg-${OUTCOME_TONE.skipped} fw-normal`}>{OUTCOME_WORDS.skipped}</span>
                    </td>
                    <td className="small">{reason} (not sent)</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Modal.Body>
      <Modal.Footer>
        {step === 'edit' && (
          <>
            <button type="button" className="btn btn-outline-secondary" onClick={close}>
              Cancel
            </button>
            <button type="submit" form={formId} className="btn btn-primary">
              Review
            </button>
          </>
        )}
        {step === 'confirm' && (
          <>
            {kind === 'tag' || kind === 'policy' ? (
              <button type="button" className="btn btn-outline-secondary" onClick={() => setStep('edit')}>
                Back
              </button>
            ) : null}
            <button type="button" className="btn btn-outline-secondary" onClick={close} autoFocus>
              Cancel
            </button>
            <ActionButton
              size="md"
              variant={kind === 'stop' ? 'warning' : 'primary'}
              reason={!plan ? 'The selected workers are still being read.' : plan.act.length === 0 ? 'Every selected worker is skipped; nothing to do.' : undefined}
              onClick={confirm}
            >
              {label} {plan?.act.length ?? ''} {plan?.act.length === 1 ? 'worker' : 'workers'}
            </ActionButton>
          </>
        )}
        {step === 'run' && (
          <>
            {!running && failedOnes.length > 0 && ran.current && (
              <button type="button" className="btn btn-outline-primary" onClick={() => void run(failedOnes, ran.current!.action)}>
                Retry the {failedOnes.length} failed
              </button>
            )}
            <button type="button" className="btn btn-secondary" onClick={close} disabled={running}>
              Close
            </button>
          </>
        )}
      </Modal.Footer>
    </Modal>
  );
}

function WorkerNames({ label, workers }: { label: string; workers: WorkerListItem[] }) {
  return (
    <section aria-label={label} data-testid="bulk-targets">
      <ul className="list-inline small mb-0">
        {workers.map((w) => (
          <li key={w.id} className="list-inline-item">
            <span className="badge text-bg-light border fw-normal">{w.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TagFields({
  mode,
  onMode,
  tagKey,
  onKey,
  value,
  onValue,
  problem,
}: {
  mode: 'set' | 'remove';
  onMode: (m: 'set' | 'remove') => void;
  tagKey: string;
  onKey: (v: string) => void;
  value: string;
  onValue: (v: string) => void;
  problem?: string;
}) {
  const id = useId();
  return (
    <>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">What to do</legend>
        {(
          [
            ['set', 'Add the tag, or change its value'],
            ['remove', 'Remove the tag'],
          ] as const
        ).map(([m, text]) => (
          <div className="form-check" key={m}>
            <input className="form-check-input" type="radio" name={`${id}-mode`} id={`${id}-${m}`} checked={mode === m} onChange={() => onMode(m)} />
            <label className="form-check-label" htmlFor={`${id}-${m}`}>
              {text}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="row g-2">
        <div className="col-sm-5">
          <label htmlFor={`${id}-key`} className="form-label">
            Tag key
          </label>
          <input
            id={`${id}-key`}
            className={`form-control font-monospace ${problem ? 'is-invalid' : ''}`}
            value={tagKey}
            onChange={(e) => onKey(e.target.value)}
            placeholder="team"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            autoFocus
          />
        </div>
        {mode === 'set' && (
          <div className="col-sm-7">
            <label htmlFor={`${id}-value`} className="form-label">
              Value
            </label>
            <input id={`${id}-value`} className="form-control" value={value} onChange={(e) => onValue(e.target.value)} placeholder="ccna" />
          </div>
        )}
      </div>
      {problem && (
        <div id={`${id}-problem`} className="invalid-feedback d-block">
          {problem}
        </div>
      )}
      <p className="form-text mb-0">Other tags stay as they are. Schedules and runtime limits pick workers by tag, so a tag can put these workers under one.</p>
    </>
  );
}

function PolicyFields({
  choice,
  onChoice,
  owner,
  onOwner,
  until,
  onUntil,
  canAdmin,
  problem,
}: {
  choice: PolicyChoice;
  onChoice: (c: PolicyChoice) => void;
  owner: string;
  onOwner: (v: string) => void;
  until: string;
  onUntil: (v: string) => void;
  canAdmin: boolean;
  problem?: string;
}) {
  const id = useId();
  const choices: [PolicyChoice, string, boolean][] = [
    ['keep-running', 'Keep running until a time (override)', true],
    ['keep-stopped', 'Keep stopped until a time (override)', true],
    ['clear-override', 'Clear the override (the schedules apply again)', true],
    ['owner', 'Set or clear the owner', canAdmin],
    ['idle-on', 'Turn idle detection on', canAdmin],
    ['idle-off', 'Turn idle detection off', canAdmin],
  ];
  const described = problem ? `${id}-problem` : undefined;
  return (
    <>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">Policy</legend>
        {choices
          .filter(([, , shown]) => shown)
          .map(([c, text]) => (
            <div className="form-check" key={c}>
              <input className="form-check-input" type="radio" name={`${id}-policy`} id={`${id}-${c}`} checked={choice === c} onChange={() => onChoice(c)} />
              <label className="form-check-label" htmlFor={`${id}-${c}`}>
                {text}
              </label>
            </div>
          ))}
      </fieldset>
      {(choice === 'keep-running' || choice === 'keep-stopped') && (
        <div>
          <label htmlFor={`${id}-until`} className="form-label">
            Until (your time zone, at most 14 days ahead)
          </label>
          <input
            id={`${id}-until`}
            type="datetime-local"
            className={`form-control ${problem ? 'is-invalid' : ''}`}
            style={{ maxWidth: 260 }}
            value={until}
            onChange={(e) => onUntil(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={described}
          />
        </div>
      )}
      {choice === 'owner' && (
        <div>
          <label htmlFor={`${id}-owner`} className="form-label">
            Owner
          </label>
          <input
            id={`${id}-owner`}
            className={`form-control ${problem ? 'is-invalid' : ''}`}
            style={{ maxWidth: 320 }}
            value={owner}
            onChange={(e) => onOwner(e.target.value)}
            placeholder="alice or group:ccna-trainers"
            aria-invalid={problem ? true : undefined}
            aria-describedby={described}
          />
          <div className="form-text">A username, or group:&lt;name&gt; for a group of the identity provider; empty: no owner.</div>
        </div>
      )}
      {problem && (
        <div id={`${id}-problem`} className="invalid-feedback d-block">
          {problem}
        </div>
      )}
      <p className="form-text mb-0 mt-2">
        Schedules and runtime limits are assigned on their own pages, by worker or by tag (tag the workers to put them under one).
      </p>
    </>
  );
}
