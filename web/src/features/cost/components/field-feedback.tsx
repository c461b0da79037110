/**
 * What is wrong with one field, under it; the field points at it with `aria-describedby` and
 * carries `aria-invalid` (as the scheduling forms do; features share no code, so this is the cost
 * feature's copy of the same two lines).
 */
export function FieldFeedback({ id, problem }: { id: string; problem: string | undefined }) {
  return (
    <div id={id} className={`invalid-feedback ${problem ? 'd-block' : ''}`} role={problem ? 'alert' : undefined}>
      {problem}
    </div>
  );
}

export function invalidProps(problem: string | undefined, feedbackId: string, base = 'form-control') {
  return { className: `${base}${problem ? ' is-invalid' : ''}`, 'aria-invalid': problem ? true : undefined, 'aria-describedby': feedbackId } as const;
}
