import { useId } from 'react';
import type { Assignment, TagSelector, WorkerChoice } from '../api/scheduling-api';
import { FieldFeedback, invalidProps } from './field-feedback';

export interface SelectorRow {
  key: string;
  /** Accepted values, comma-separated as typed. */
  values: string;
}

export function rowsOfSelector(selector: TagSelector | undefined): SelectorRow[] {
  return Object.entries(selector ?? {}).map(([key, values]) => ({ key, values: values.join(', ') }));
}

const valuesOf = (row: SelectorRow) =>
  row.values
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The selector the rows describe; undefined when no row names a key. */
export function selectorOfRows(rows: readonly SelectorRow[]): TagSelector | undefined {
  const used = rows.filter((r) => r.key.trim());
  if (used.length === 0) return undefined;
  return Object.fromEntries(used.map((r) => [r.key.trim(), valuesOf(r)]));
}

/** What is wrong with the rows (a value without a key, a key without values, a key twice). */
export function selectorProblem(rows: readonly SelectorRow[]): string | undefined {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = r.key.trim();
    if (!key && r.values.trim()) return 'Give the tag key of every row with values.';
    if (!key) continue;
    if (valuesOf(r).length === 0) return `Give at least one value for the tag ${key} (several: separate them with commas).`;
    if (seen.has(key)) return `The tag ${key} is named twice; put its values in one row.`;
    seen.add(key);
  }
  return undefined;
}

/** The workers a selector matches: each key has one of its values. */
export function matching(selector: TagSelector | undefined, workers: readonly WorkerChoice[]): WorkerChoice[] {
  if (!selector) return [];
  return workers.filter((w) => Object.entries(selector).every(([k, vs]) => w.tags?.[k] !== undefined && vs.includes(w.tags[k])));
}

/** Tag key and accepted values, one row per key; a worker matches when it has every key with one of its values. */
export function SelectorRows({ rows, onChange, problem, disabled, workers, idPrefix }: { rows: SelectorRow[]; onChange: (rows: SelectorRow[]) => void; problem?: string; disabled?: boolean; workers?: readonly WorkerChoice[]; idPrefix: string }) {
  const set = (i: number, patch: Partial<SelectorRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const selector = selectorProblem(rows) ? undefined : selectorOfRows(rows);
  const matched = workers && selector ? matching(selector, workers) : undefined;
  return (
    <div>
      {rows.map((r, i) => (
        <div key={i} className="d-flex gap-2 mb-2 align-items-center">
          <input className="form-control form-control-sm font-monospace" style={{ maxWidth: 200 }} aria-label={`Tag key ${i + 1}`} placeholder="team" value={r.key} disabled={disabled} onChange={(e) => set(i, { key: e.target.value })} />
          <span aria-hidden="true">=</span>
          <input className="form-control form-control-sm" aria-label={`Accepted values of tag ${i + 1}`} placeholder="ccna, ccnp" value={r.values} disabled={disabled} onChange={(e) => set(i, { values: e.target.value })} />
          {!disabled && (
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={`Remove tag ${i + 1}`}>
              Remove
            </button>
          )}
        </div>
      ))}
      {!disabled && (
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => onChange([...rows, { key: '', values: '' }])}>
          Add a tag
        </button>
      )}
      <FieldFeedback id={`${idPrefix}-selector-error`} problem={problem} />
      {matched && (
        <div className="form-text" aria-live="polite">
          Matches {matched.length} {matched.length === 1 ? 'worker' : 'workers'} now{matched.length ? `: ${matched.map((w) => w.name).join(', ')}` : ''}.
        </div>
      )}
    </div>
  );
}

export interface AssignmentState {
  workerIds: string[];
  rows: SelectorRow[];
}

export const assignmentState = (a: Assignment | undefined): AssignmentState => ({ workerIds: a?.workerIds ?? [], rows: rowsOfSelector(a?.selector) });

export function assignmentOf(s: AssignmentState): Assignment {
  const selector = selectorOfRows(s.rows);
  return { workerIds: s.workerIds, ...(selector ? { selector } : {}) };
}

export function assignmentProblem(s: AssignmentState): string | undefined {
  return selectorProblem(s.rows) ?? (s.workerIds.length === 0 && !selectorOfRows(s.rows) ? 'Name workers, a tag selector, or both.' : undefined);
}

/** Which workers a policy applies to: chosen by name, and/or every worker whose tags match a selector (now and later). */
export function AssignmentEditor({ value, onChange, workers, problem, disabled }: { value: AssignmentState; onChange: (v: AssignmentState) => void; workers: readonly WorkerChoice[] | undefined; problem?: string; disabled?: boolean }) {
  const id = useId();
  const known = new Set((workers ?? []).map((w) => w.id));
  const unknown = value.workerIds.filter((w) => !known.has(w));
  return (
    <fieldset className="mb-3">
      <legend className="form-label fs-6">Applies to</legend>
      <div className="row g-3">
        <div className="col-md-5">
          <label htmlFor={`${id}-workers`} className="form-label small">
            Workers by name
          </label>
          <select
            id={`${id}-workers`}
            multiple
            size={6}
            value={value.workerIds}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, workerIds: [...e.target.selectedOptions].map((o) => o.value) })}
            {...invalidProps(problem, `${id}-error`, 'form-select')}
          >
            {(workers ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
            {unknown.map((w) => (
              <option key={w} value={w}>
                {w} (not listed)
              </option>
            ))}
          </select>
          <div className="form-text">Ctrl- or Cmd-click to choose several; {value.workerIds.length} chosen.</div>
        </div>
        <div className="col-md-7">
          <span className="form-label small d-block">And every worker with these tags</span>
          <SelectorRows idPrefix={id} rows={value.rows} onChange={(rows) => onChange({ ...value, rows })} disabled={disabled} workers={workers} />
        </div>
      </div>
      <FieldFeedback id={`${id}-error`} problem={problem} />
    </fieldset>
  );
}
