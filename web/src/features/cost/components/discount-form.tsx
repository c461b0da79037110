import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/toaster';
import { formatNumber } from '../../../lib/format';
import { useSetDiscount } from '../api/set-discount';
import { discountProblem } from '../lib/price-rules';
import { FieldFeedback, invalidProps } from './field-feedback';

/** The discount taken off every list price (savings plans, reserved capacity), from now on (admin). */
export function DiscountForm({ current }: { current: number }) {
  const id = useId();
  const notify = useNotify();
  const save = useSetDiscount();
  const [text, setText] = useState(String(current));
  const [submitted, setSubmitted] = useState(false);
  const problem = submitted ? discountProblem(text) : undefined;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (discountProblem(text)) return;
    save.mutate(Number(text), { onSuccess: (r) => notify('success', `Discount set to ${formatNumber(r.discountPercent, 2)} % from now on.`) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Discount" className="d-flex flex-wrap align-items-start gap-2">
      <div>
        <label htmlFor={`${id}-percent`} className="form-label small mb-1">
          Discount off list prices
        </label>
        <div className="input-group input-group-sm has-validation" style={{ maxWidth: 200 }}>
          <input id={`${id}-percent`} type="number" inputMode="decimal" min={0} max={99.99} step={0.01} value={text} onChange={(e) => setText(e.target.value)} {...invalidProps(problem, `${id}-error`)} />
          <span className="input-group-text">%</span>
        </div>
        <FieldFeedback id={`${id}-error`} problem={problem} />
      </div>
      <button type="submit" className="btn btn-sm btn-primary" style={{ marginTop: '1.6rem' }} disabled={save.isPending}>
        Set the discount
      </button>
      {save.error !== null && <ErrorAlert className="w-100 py-2 mb-0" error={save.error} title="The discount was not set:" />}
    </form>
  );
}
