import { useId, useState } from 'react';
import Modal from 'react-bootstrap/Modal';
import { ErrorAlert } from '../../../components/error-alert';
import { priceProblem } from '../lib/price-rules';
import { FieldFeedback, invalidProps } from './field-feedback';

export interface PriceTarget {
  /** "m5zn.metal in us-east-1" */
  what: string;
  unit: string;
  current: number;
}

/** Sets an override price for one instance or volume type in one region; the server's refusal stays in the dialog. */
export function PriceOverrideDialog({ target, onSave, onClose }: { target: PriceTarget | undefined; onSave: (value: number) => Promise<unknown>; onClose: () => void }) {
  return (
    <Modal show={target !== undefined} onHide={onClose} aria-labelledby="price-override-title">
      {target && <PriceOverrideForm key={target.what} target={target} onSave={onSave} onClose={onClose} />}
    </Modal>
  );
}

function PriceOverrideForm({ target, onSave, onClose }: { target: PriceTarget; onSave: (value: number) => Promise<unknown>; onClose: () => void }) {
  const id = useId();
  const [text, setText] = useState(String(target.current));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const problem = submitted ? priceProblem(text, target.unit) : undefined;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (priceProblem(text, target.unit)) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSave(Number(text));
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Modal.Header closeButton>
        <Modal.Title id="price-override-title" as="h2" className="h5">
          Price of {target.what}
        </Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <label htmlFor={`${id}-price`} className="form-label">
          Price
        </label>
        <div className="input-group has-validation">
          <span className="input-group-text">$</span>
          <input id={`${id}-price`} type="number" inputMode="decimal" min={0} step="any" value={text} onChange={(e) => setText(e.target.value)} autoFocus {...invalidProps(problem, `${id}-error`)} />
          <span className="input-group-text">{target.unit}</span>
        </div>
        <FieldFeedback id={`${id}-error`} problem={problem} />
        <p className="small text-body-secondary mt-2 mb-0">Applies from now on, before the discount; what ran before keeps its price.</p>
        {error !== undefined && <ErrorAlert className="mt-3 mb-0" error={error} title="The server refused:" />}
      </Modal.Body>
      <Modal.Footer>
        <button type="button" className="btn btn-outline-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Set the price
        </button>
      </Modal.Footer>
    </form>
  );
}
