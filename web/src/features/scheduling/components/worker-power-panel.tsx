import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DisabledReason } from '../../../components/disabled-reason';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useNotify } from '../../../components/toaster';
import { useHasRole, useMe } from '../../../lib/auth';
import { type OverrideKind, type PowerRule, type PowerState, type PowerTransition, type WorkerOwnership, type WorkerPower, useChangeOwner, useClearOverride, useSetOverride, useWorkerPower } from '../api/scheduling-api';
import { fieldProblems, problemText } from '../lib/field-problems';
import { formatZoned, fromLocalInput, toLocalInput, viewerTimeZone } from '../lib/zoned-time';
import { FieldFeedback, invalidProps } from './field-feedback';

/** The server's bound for an override's end. */
export const MAX_OVERRIDE_DAYS = 14;

const RULE_WORDS: Record<PowerRule['kind'], string> = {
  reservation: 'reservation',
  override: 'override',
  schedule: 'schedule',
  manual: 'manual start or stop',
  'runtime-limit': 'runtime limit',
  none: 'no rule',
};

export function ruleLabel(rule: PowerRule): string {
  return rule.name ? `${RULE_WORDS[rule.kind]} “${rule.name}”` : RULE_WORDS[rule.kind];
}

const NEXT_WORDS: Record<PowerState, string> = { running: 'it should be running', stopped: 'it should be stopped', either: 'no rule asks it to run or stop' };
const STATE_WORDS: Record<PowerState, string> = { running: 'Running', stopped: 'Stopped', either: 'Either (nothing asks)' };

const ACTUAL: Record<string, string> = { running: 'Running', stopped: 'Stopped', pending: 'Starting', stopping: 'Stopping', starting: 'Starting' };

/**
 * "Running — Schedule "CCNA classroom" has it running until 18:00 CET; next, at Tue 8 Dec, 18:00 CET,
 * it should be stopped (schedule “CCNA classroom”)." Why it is as it is and what happens next, in one
 * sentence, times in the viewer's zone with the rule's zone beside them where it differs.
 */
export function powerSentence(power: WorkerPower, status: string | undefined, viewerZone = viewerTimeZone()): string {
  const actual = status ? (ACTUAL[status] ?? `${status[0].toUpperCase()}${status.slice(1)}`) : STATE_WORDS[power.state];
  const reason = power.reason.trim().replace(/\.$/, '');
  const next = power.next[0];
  const then = next ? `next, at ${formatZoned(next.at, { ruleZone: power.timezone, viewerZone })}, ${NEXT_WORDS[next.state]} (${ruleLabel(next.rule)})` : 'no change is planned in the coming week';
  return `${actual} — ${reason}; ${then}.`;
}

/** Whether the signed-in person may act as the worker's owner (the server decides for groups it knows). */
export function actsAsOwner(owner: string | undefined, username: string | undefined): boolean {
  if (!owner || !username) return false;
  return owner === username || owner.startsWith('group:');
}

/**
 * A worker's power policy on its page: who owns it, why it runs or is stopped and what happens
 * next, the upcoming transitions, and the override its owner or a manager can set.
 */
export function WorkerPowerPanel({ worker, status }: { worker: WorkerOwnership; status?: string }) {
  const power = useWorkerPower(worker.id);
  const me = useMe().data;
  const isManager = useHasRole('manager');
  const isAdmin = useHasRole('admin');
  const mayOverride = isManager || actsAsOwner(worker.owner, me?.username);
  const overrideReason = mayOverride ? undefined : worker.owner ? `Only its owner (${worker.owner}) or a manager can set an override.` : 'Only a manager can set an override on a worker without an owner.';
  const zone = viewerTimeZone();
  return (
    <section className="card mb-3" aria-label="Power policy">
      <div className="card-body py-2">
        {power.isPending && <Loading label="Loading why it runs…" />}
        {power.error && <ErrorAlert error={power.error} title="What the rules want of this worker could not be loaded." className="mb-2" />}
        {power.data && (
          <>
            <p className="mb-1" data-testid="power-sentence">
              {powerSentence(power.data, status, zone)}
            </p>
            {power.data.next.length > 0 && <Transitions next={power.data.next} ruleZone={power.data.timezone} />}
          </>
        )}
        <ReconcilerRecord worker={worker} />
        <div className="d-flex flex-wrap gap-4 mt-2">
          <OwnerField worker={worker} editable={isAdmin} />
          <OverrideControls worker={worker} reason={overrideReason} />
        </div>
        <p className="small text-body-secondary mb-0 mt-2">
          See the <Link to="/scheduling">fleet timeline</Link> for what is planned across workers. Times in {zone}.
        </p>
      </div>
    </section>
  );
}

/**
 * What the power reconciler last made of this worker, when it matters: starts or stops that keep
 * failing (it waits longer after each), or why it held back although the worker differs from what
 * its rules want.
 */
export function ReconcilerRecord({ worker }: { worker: WorkerOwnership }) {
  const failures = worker.powerAttempts?.failures ?? 0;
  const held = worker.desiredPower?.heldReason;
  if (failures === 0 && !held) return null;
  return (
    <div className="small mt-1" data-testid="reconciler-record">
      {failures > 0 && (
        <div className="alert alert-warning py-1 px-2 mb-1" role="alert">
          The power reconciler&apos;s last {failures === 1 ? 'attempt' : `${failures} attempts`} to start or stop this worker failed
          {worker.powerAttempts?.lastAttemptAt ? ` (last at ${formatZoned(worker.powerAttempts.lastAttemptAt)})` : ''}
          {worker.powerAttempts?.lastError ? `: ${worker.powerAttempts.lastError}` : ''}. It tries again later, waiting longer after each failure (up to 60 min).
        </div>
      )}
      {held && (
        <p className="mb-0 text-body-secondary">
          The power reconciler held back{worker.desiredPower ? ` at ${formatZoned(worker.desiredPower.decidedAt)}` : ''}: {held}
        </p>
      )}
    </div>
  );
}

function Transitions({ next, ruleZone }: { next: PowerTransition[]; ruleZone?: string }) {
  return (
    <details>
      <summary className="small">Upcoming transitions ({next.length})</summary>
      <table className="table table-sm small mb-0 mt-1">
        <thead>
          <tr>
            <th scope="col">At</th>
            <th scope="col">Wanted</th>
            <th scope="col">Rule</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {next.map((t) => (
            <tr key={`${t.at}-${t.state}`}>
              <td className="text-nowrap">{formatZoned(t.at, { ruleZone })}</td>
              <td>{STATE_WORDS[t.state]}</td>
              <td>{ruleLabel(t.rule)}</td>
              <td>{t.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function OwnerField({ worker, editable }: { worker: WorkerOwnership; editable: boolean }) {
  const id = useId();
  const notify = useNotify();
  const change = useChangeOwner();
  const [editing, setEditing] = useState(false);
  const [owner, setOwner] = useState(worker.owner ?? '');
  const problem = problemText(fieldProblems(change.error), 'owner');
  const save = (value: string) =>
    change.mutate(
      { id: worker.id, owner: value.trim() },
      {
        onSuccess: (w) => {
          setEditing(false);
          notify('success', w.owner ? `${w.name} is now owned by ${w.owner}.` : `${w.name} has no owner now.`);
        },
      },
    );
  if (!editing) {
    return (
      <div>
        <span className="small text-body-secondary d-block">Owner</span>
        <span data-testid="worker-owner">{worker.owner ?? 'nobody'}</span>
        {editable && (
          <button
            type="button"
            className="btn btn-link btn-sm py-0"
            onClick={() => {
              setOwner(worker.owner ?? '');
              change.reset();
              setEditing(true);
            }}
          >
            Change owner
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save(owner);
      }}
      noValidate
      aria-label="Change the owner"
    >
      <label htmlFor={`${id}-owner`} className="small text-body-secondary d-block">
        Owner
      </label>
      <div className="d-flex gap-2 align-items-start">
        <div>
          <input id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="alice or group:ccna-trainers" {...invalidProps(problem, `${id}-owner-error`, 'form-control form-control-sm')} />
          <div className="form-text">A username, or group:&lt;name&gt; for a group of the identity provider; empty: no owner.</div>
          <FieldFeedback id={`${id}-owner-error`} problem={problem} />
        </div>
        <button type="submit" className="btn btn-sm btn-primary" disabled={change.isPending}>
          Save
        </button>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
      {change.error !== null && !problem && <ErrorAlert error={change.error} title="The owner was not changed:" className="mt-2 mb-0" />}
    </form>
  );
}

function defaultUntil(): string {
  const d = new Date();
  d.setMinutes(0, 0, 0);
  d.setHours(d.getHours() + 4);
  return toLocalInput(d);
}

function untilProblem(value: string, now = Date.now()): string | undefined {
  const iso = fromLocalInput(value);
  if (!iso) return 'Give a day and a time.';
  if (Date.parse(iso) <= now) return 'Give a time in the future.';
  if (Date.parse(iso) - now > MAX_OVERRIDE_DAYS * 86_400_000) return `An override lasts at most ${MAX_OVERRIDE_DAYS} days; give an earlier time.`;
  return undefined;
}

function OverrideControls({ worker, reason }: { worker: WorkerOwnership; reason: string | undefined }) {
  const id = useId();
  const notify = useNotify();
  const set = useSetOverride();
  const clear = useClearOverride();
  const [kind, setKind] = useState<OverrideKind>('keep-running');
  const [until, setUntil] = useState(defaultUntil);
  const [submitted, setSubmitted] = useState(false);
  const server = fieldProblems(set.error);
  const shownUntil = (submitted ? untilProblem(until) : undefined) ?? problemText(server, 'until');
  const shownKind = problemText(server, 'kind');

  const current = worker.override;
  if (current) {
    return (
      <div>
        <span className="small text-body-secondary d-block">Override</span>
        <span data-testid="worker-override">
          <strong>{current.kind === 'keep-running' ? 'Keep running' : 'Keep stopped'}</strong> until {formatZoned(current.until)}, set by {current.by}
        </span>
        <div className="d-flex gap-2 align-items-center mt-1">
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            aria-disabled={reason ? true : undefined}
            aria-describedby={reason ? `${id}-why` : undefined}
            disabled={clear.isPending}
            onClick={() => {
              if (reason) return;
              clear.mutate(worker.id, { onSuccess: (w) => notify('success', `Override on ${w.name} cleared; its rules apply again.`) });
            }}
          >
            Clear the override
          </button>
          <DisabledReason id={`${id}-why`} reason={reason} />
        </div>
        {clear.error !== null && <ErrorAlert error={clear.error} title="The override was not cleared:" className="mt-2 mb-0" />}
      </div>
    );
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (reason || untilProblem(until)) return;
    set.mutate(
      { id: worker.id, kind, until: fromLocalInput(until)! },
      {
        onSuccess: (w) => {
          setSubmitted(false);
          notify('success', `${w.name}: ${kind === 'keep-running' ? 'kept running' : 'kept stopped'} until ${formatZoned(w.override?.until ?? fromLocalInput(until)!)}.`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Override">
      <span className="small text-body-secondary d-block">Override</span>
      <div className="d-flex flex-wrap gap-2 align-items-start">
        <div>
          <select aria-label="Override kind" value={kind} onChange={(e) => setKind(e.target.value as OverrideKind)} disabled={Boolean(reason)} {...invalidProps(shownKind, `${id}-kind-error`, 'form-select form-select-sm')}>
            <option value="keep-running">Keep running until</option>
            <option value="keep-stopped">Keep stopped until</option>
          </select>
          <FieldFeedback id={`${id}-kind-error`} problem={shownKind} />
        </div>
        <div>
          <input aria-label="Override until" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} disabled={Boolean(reason)} {...invalidProps(shownUntil, `${id}-until-error`, 'form-control form-control-sm')} />
          <FieldFeedback id={`${id}-until-error`} problem={shownUntil} />
        </div>
        <button type="submit" className="btn btn-sm btn-outline-primary" aria-disabled={reason ? true : undefined} aria-describedby={reason ? `${id}-why` : undefined} disabled={set.isPending}>
          Set the override
        </button>
      </div>
      <div className="form-text">Wins over schedules and runtime limits (not over reservations) and expires by itself; at most {MAX_OVERRIDE_DAYS} days ahead.</div>
      <DisabledReason id={`${id}-why`} reason={reason} />
      {set.error !== null && !shownUntil && !shownKind && <ErrorAlert error={set.error} title="The override was not set:" className="mt-2 mb-0" />}
    </form>
  );
}
