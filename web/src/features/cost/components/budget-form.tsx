import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import type { Budget, BudgetInput } from '../api/cost-types';
import { type BudgetField, budgetFields, budgetInput, budgetProblems, THRESHOLD_MAX, THRESHOLD_MIN } from '../lib/budget-rules';
import { FieldFeedback, invalidProps } from './field-feedback';

/**
 * A budget's fields (admin): name, what it covers, the monthly amount, the thresholds that notify,
 * and whether it stops the workers at its limit (and inside reservations). Checked as the server
 * checks; a refusal shows the server's words.
 */
export function BudgetForm({ budget, onSave, onCancel }: { budget?: Budget; onSave: (input: BudgetInput) => Promise<unknown>; onCancel: () => void }) {
  const id = useId();
  const [f, setF] = useState(() => budgetFields(budget));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const problems = budgetProblems(f);
  const shown = (field: BudgetField) => (submitted ? problems[field] : undefined);
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) => setF((old) => ({ ...old, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(budgetInput(f));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={budget ? `Budget ${budget.name}` : 'New budget'}>
      <div className="mb-3">
        <label htmlFor={`${id}-name`} className="form-label">
          Name
        </label>
        <input id={`${id}-name`} value={f.name} onChange={(e) => set('name', e.target.value)} {...invalidProps(shown('name'), `${id}-name-error`)} />
        <FieldFeedback id={`${id}-name-error`} problem={shown('name')} />
      </div>
      <fieldset className="mb-3">
        <legend className="form-label fs-6">Covers</legend>
        {(
          [
            ['fleet', 'The whole fleet'],
            ['owner', 'One owner’s workers'],
            ['tag', 'Workers with a tag value'],
          ] as const
        ).map(([kind, label]) => (
          <div key={kind} className="form-check form-check-inline">
            <input className="form-check-input" type="radio" name={`${id}-scope`} id={`${id}-scope-${kind}`} checked={f.scopeKind === kind} onChange={() => set('scopeKind', kind)} />
            <label className="form-check-label" htmlFor={`${id}-scope-${kind}`}>
              {label}
            </label>
          </div>
        ))}
        {f.scopeKind === 'owner' && (
          <div className="mt-2">
            <label htmlFor={`${id}-owner`} className="form-label small">
              Owner
            </label>
            <input id={`${id}-owner`} value={f.owner} onChange={(e) => set('owner', e.target.value)} {...invalidProps(shown('scope'), `${id}-scope-error`)} />
          </div>
        )}
        {f.scopeKind === 'tag' && (
          <div className="row g-2 mt-1">
            <div className="col">
              <label htmlFor={`${id}-tag-key`} className="form-label small">
                Tag key
              </label>
              <input id={`${id}-tag-key`} value={f.tagKey} placeholder="team" onChange={(e) => set('tagKey', e.target.value)} {...invalidProps(shown('scope'), `${id}-scope-error`)} />
            </div>
            <div className="col">
              <label htmlFor={`${id}-tag-value`} className="form-label small">
                Tag value
              </label>
              <input id={`${id}-tag-value`} value={f.tagValue} placeholder="ccna" onChange={(e) => set('tagValue', e.target.value)} {...invalidProps(shown('scope'), `${id}-scope-error`)} />
            </div>
          </div>
        )}
        <FieldFeedback id={`${id}-scope-error`} problem={shown('scope')} />
      </fieldset>
      <div className="row g-3 mb-3">
        <div className="col-sm-6">
          <label htmlFor={`${id}-usd`} className="form-label">
            Monthly amount
          </label>
          <div className="input-group has-validation">
            <span className="input-group-text">$</span>
            <input id={`${id}-usd`} type="number" inputMode="decimal" min={0} step="any" value={f.monthlyUsd} onChange={(e) => set('monthlyUsd', e.target.value)} {...invalidProps(shown('monthlyUsd'), `${id}-usd-error`)} />
            <span className="input-group-text">USD per month</span>
          </div>
          <FieldFeedback id={`${id}-usd-error`} problem={shown('monthlyUsd')} />
        </div>
        <div className="col-sm-6">
          <label htmlFor={`${id}-thresholds`} className="form-label">
            Notify at
          </label>
          <div className="input-group has-validation">
            <input id={`${id}-thresholds`} value={f.thresholds} onChange={(e) => set('thresholds', e.target.value)} {...invalidProps(shown('thresholdsPercent'), `${id}-thresholds-error`)} />
            <span className="input-group-text">% of the amount</span>
          </div>
          <FieldFeedback id={`${id}-thresholds-error`} problem={shown('thresholdsPercent')} />
          {!shown('thresholdsPercent') && (
            <div className="form-text">
              From {THRESHOLD_MIN} to {THRESHOLD_MAX}, low to high, separated by commas.
            </div>
          )}
        </div>
      </div>
      <div className="form-check">
        <input className="form-check-input" type="checkbox" id={`${id}-stop`} checked={f.stopAtLimit} onChange={(e) => set('stopAtLimit', e.target.checked)} aria-describedby={`${id}-stop-help`} />
        <label className="form-check-label" htmlFor={`${id}-stop`}>
          Stop the workers it covers at 100 %
        </label>
        <div id={`${id}-stop-help`} className="form-text mt-0">
          Through the usual stop (labs stopped, licence released); they stay stopped until the month ends.
        </div>
      </div>
      <div className="form-check mb-3">
        <input className="form-check-input" type="checkbox" id={`${id}-hard`} checked={f.stopAtLimit && f.hard} disabled={!f.stopAtLimit} onChange={(e) => set('hard', e.target.checked)} aria-describedby={`${id}-hard-help`} />
        <label className="form-check-label" htmlFor={`${id}-hard`}>
          Hard: stop them inside a reservation too
        </label>
        <div id={`${id}-hard-help`} className="form-text mt-0">
          Otherwise a reserved worker keeps running until its reservation ends.
        </div>
      </div>
      {error !== undefined && <ErrorAlert error={error} title="The budget was not saved:" />}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {budget ? 'Save the budget' : 'Create the budget'}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
