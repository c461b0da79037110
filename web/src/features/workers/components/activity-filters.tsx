import { useEffect, useId, useState } from 'react';
import { DisabledReason } from '../../../components/disabled-reason';
import { ACTOR_MAX_LENGTH, type ActivityFilter, activityFilterProblems, EVENT_FAMILIES, fromLocalInput, RANGE_PRESETS, type RangePreset, toLocalInput } from '../lib/activity-filter';

export interface WorkerChoice {
  id: string;
  name: string;
}

/**
 * The activity page's filters: worker, event type (grouped by family), actor and time (a preset
 * relative to now, or between two times). Pickers apply at once; the actor and the two times apply
 * with "Apply" (or Enter), after the same checks the server makes.
 */
export function ActivityFilters({ value, workers, onChange }: { value: ActivityFilter; workers: WorkerChoice[]; onChange: (next: ActivityFilter) => void }) {
  const id = useId();
  const [actor, setActor] = useState(value.actor);
  const [from, setFrom] = useState(toLocalInput(value.from));
  const [to, setTo] = useState(toLocalInput(value.to));
  const [range, setRange] = useState<RangePreset>(value.range);
  useEffect(() => setActor(value.actor), [value.actor]);
  useEffect(() => setFrom(toLocalInput(value.from)), [value.from]);
  useEffect(() => setTo(toLocalInput(value.to)), [value.to]);
  useEffect(() => setRange(value.range), [value.range]);

  const draft = { actor, range, from: fromLocalInput(from) || (from ? 'invalid' : ''), to: fromLocalInput(to) || (to ? 'invalid' : '') };
  const problems = activityFilterProblems(draft);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const reason = problems.length ? 'Correct the marked fields first.' : undefined;

  const apply = () => {
    if (problems.length) return;
    onChange({ ...value, actor: actor.trim(), range, from: range === 'custom' ? draft.from : '', to: range === 'custom' ? draft.to : '' });
  };
  const chooseRange = (next: RangePreset) => {
    setRange(next);
    // A preset applies at once; "between two times" waits for the times.
    if (next !== 'custom') onChange({ ...value, actor: actor.trim() || value.actor, range: next, from: '', to: '' });
  };
  const knownWorker = !value.worker || workers.some((w) => w.id === value.worker);

  return (
    <form
      className="row g-2 align-items-end mb-3"
      role="search"
      aria-label="Filter the activity"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <div className="col-12 col-md-3">
        <label htmlFor={`${id}-worker`} className="form-label small mb-1">
          Worker
        </label>
        <select id={`${id}-worker`} className="form-select" value={value.worker} onChange={(e) => onChange({ ...value, worker: e.target.value })}>
          <option value="">All workers</option>
          {!knownWorker && <option value={value.worker}>{value.worker}</option>}
          {workers.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-3">
        <label htmlFor={`${id}-type`} className="form-label small mb-1">
          What happened
        </label>
        <select id={`${id}-type`} className="form-select" value={value.type} onChange={(e) => onChange({ ...value, type: e.target.value })}>
          <option value="">Everything</option>
          {EVENT_FAMILIES.map((f) => (
            <optgroup key={f.family} label={f.label}>
              {f.prefix && <option value={f.prefix}>All {f.label.toLowerCase()} events</option>}
              {f.types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="col-12 col-md-2">
        <label htmlFor={`${id}-actor`} className="form-label small mb-1">
          Who (actor)
        </label>
        <input
          id={`${id}-actor`}
          type="search"
          className={`form-control${problemOf('actor') ? ' is-invalid' : ''}`}
          placeholder="Username or job"
          value={actor}
          maxLength={ACTOR_MAX_LENGTH + 50}
          aria-invalid={Boolean(problemOf('actor'))}
          aria-describedby={problemOf('actor') ? `${id}-actor-problem` : `${id}-actor-help`}
          onChange={(e) => setActor(e.target.value)}
        />
        {problemOf('actor') ? (
          <div id={`${id}-actor-problem`} className="invalid-feedback">
            {problemOf('actor')}
          </div>
        ) : (
          <div id={`${id}-actor-help`} className="form-text">
            Exactly as shown on an entry.
          </div>
        )}
      </div>
      <div className="col-12 col-md-2">
        <label htmlFor={`${id}-range`} className="form-label small mb-1">
          When
        </label>
        <select id={`${id}-range`} className="form-select" value={range} onChange={(e) => chooseRange(e.target.value as RangePreset)}>
          {RANGE_PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {range === 'custom' && (
        <>
          <div className="col-6 col-md-2">
            <label htmlFor={`${id}-from`} className="form-label small mb-1">
              From (your time)
            </label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              className={`form-control${problemOf('from') ? ' is-invalid' : ''}`}
              value={from}
              aria-invalid={Boolean(problemOf('from'))}
              aria-describedby={problemOf('from') ? `${id}-from-problem` : undefined}
              onChange={(e) => setFrom(e.target.value)}
            />
            {problemOf('from') && (
              <div id={`${id}-from-problem`} className="invalid-feedback">
                {problemOf('from')}
              </div>
            )}
          </div>
          <div className="col-6 col-md-2">
            <label htmlFor={`${id}-to`} className="form-label small mb-1">
              To (your time)
            </label>
            <input
              id={`${id}-to`}
              type="datetime-local"
              className={`form-control${problemOf('to') ? ' is-invalid' : ''}`}
              value={to}
              aria-invalid={Boolean(problemOf('to'))}
              aria-describedby={problemOf('to') ? `${id}-to-problem` : undefined}
              onChange={(e) => setTo(e.target.value)}
            />
            {problemOf('to') && (
              <div id={`${id}-to-problem`} className="invalid-feedback">
                {problemOf('to')}
              </div>
            )}
          </div>
        </>
      )}
      <div className="col-auto d-flex align-items-center gap-2">
        <button type="submit" className="btn btn-primary" aria-disabled={Boolean(reason)} aria-describedby={reason ? `${id}-reason` : undefined}>
          Apply
        </button>
        <DisabledReason id={`${id}-reason`} reason={reason} />
      </div>
    </form>
  );
}
