import { ErrorAlert } from '../../../components/error-alert';

/**
 * What is wrong with one field, under it (Bootstrap's invalid-feedback, shown because it is given).
 * The field points at it with `aria-describedby` and carries `aria-invalid`, as in the other forms.
 */
export function FieldFeedback({ id, problem }: { id: string; problem: string | undefined }) {
  return (
    <div id={id} className={`invalid-feedback ${problem ? 'd-block' : ''}`} role={problem ? 'alert' : undefined}>
      {problem}
    </div>
  );
}

/** Props for a field that may be invalid: the class and the ARIA attributes. */
export function invalidProps(problem: string | undefined, feedbackId: string, base = 'form-control') {
  return { className: `${base}${problem ? ' is-invalid' : ''}`, 'aria-invalid': problem ? true : undefined, 'aria-describedby': feedbackId } as const;
}

/**
 * A refused save: when every problem the server named is shown at its field, a line pointing there;
 * otherwise the server's whole answer (a 403, a 409 naming the clash, a problem naming no field).
 */
export function SaveError({ error, placed, what }: { error: unknown; placed: boolean; what: string }) {
  if (error === null || error === undefined) return null;
  if (placed)
    return (
      <div className="alert alert-danger py-2" role="alert">
        The {what} was not saved: the server named problems at the fields marked above.
      </div>
    );
  return <ErrorAlert error={error} title={`The ${what} was not saved:`} />;
}
