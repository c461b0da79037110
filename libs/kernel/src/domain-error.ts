/**
 * What kind of failure a domain error is. The HTTP layer maps kinds to status codes;
 * the domain never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid' // the caller sent something wrong (400)
  | 'unprocessable' // well-formed but cannot be acted on (422)
  | 'not-found' // 404
  | 'conflict' // the current state does not allow it (409)
  | 'rate-limited' // 429
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'upstream' // an outside system failed or refused (502)
  | 'unavailable'; // a dependency is down (503)

/** A failure with a stable, documented code such as `WORKER.NOT_FOUND`. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    /** Extra, non-secret facts a client can act on (e.g. `{ status: 'stopped' }`). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'not-found', message, details);
  }

  static conflict(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'conflict', message, details);
  }

  static invalid(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 'invalid', message, details);
  }
}

/** Thrown when a write lost an optimistic-concurrency race after its retries. */
export class ConcurrencyError extends DomainError {
  constructor(aggregateType: string, id: string) {
    super(
      'CONCURRENCY.CONFLICT',
      'conflict',
      `The ${aggregateType} ${id} was changed by someone else at the same time; reload and try again.`,
      { aggregateType, id },
    );
  }
}
