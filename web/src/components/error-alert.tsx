import { errorMessage, problemOf } from '../lib/api-client';

/** A failure in the server's own words (the problem's `detail`), with its code for support. */
export function ErrorAlert({ error, title, className = '' }: { error: unknown; title?: string; className?: string }) {
  const problem = problemOf(error);
  return (
    <div className={`alert alert-danger ${className}`} role="alert">
      {title && <strong className="d-block">{title}</strong>}
      <span>{errorMessage(error)}</span>
      {problem?.errors && problem.errors.length > 0 && (
        <ul className="mb-0 mt-1 small">
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.messages.join('; ')}
            </li>
          ))}
        </ul>
      )}
      {problem?.code && <span className="d-block small text-body-secondary mt-1">Code {problem.code}{problem.traceId ? ` · request ${problem.traceId}` : ''}</span>}
    </div>
  );
}
