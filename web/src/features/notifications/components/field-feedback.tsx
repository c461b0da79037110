/**
 * What is wrong with one field, under it; the field points at it with `aria-describedby` and
 * carries `aria-invalid` (as the scheduling and cost forms do; features share no code, so this is
 * the notifications feature's copy of the same lines).
 */
export function FieldFeedback({ id, problem }: { id: string; problem: string | undefined }) {
  return (
    <div id={id} className={`invalid-feedback ${problem ? 'd-block' : ''}`} role={problem ? 'alert' : undefined}>
      {problem}
    </div>
  );
}

/** Props for a field that may be invalid: the class and the ARIA attributes (`helpId`: its help text, read after the problem). */
export function invalidProps(problem: string | undefined, feedbackId: string, { base = 'form-control', helpId }: { base?: string; helpId?: string } = {}) {
  return { className: `${base}${problem ? ' is-invalid' : ''}`, 'aria-invalid': problem ? true : undefined, 'aria-describedby': [feedbackId, helpId].filter(Boolean).join(' ') } as const;
}
