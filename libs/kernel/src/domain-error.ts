/**
 * What kind of failure a domain error is. The HTTP layer maps kinds to status codes;
 * the domain never speaks HTTP.
 */
export type ErrorKind =
  | 'invalid' // the caller sent something wrong (400)
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not-found' // 404
  | 'conflict' // the current state does not allow it (409)
  | 'gone' // it existed but is no longer usable: expired or used up (410)
  | 'too-large' // the request body is larger than accepted (413)
  | 'unsupported-media-type' // the request body is of a type not accepted (415)
  | 'unprocessable' // well-formed but cannot be acted on (422)
  | 'rate-limited' // 429
  | 'internal' // a fault on our side (500); never for a caller's mistake
  | 'upstream' // an outside system failed or refused (502)
  | 'unavailable'; // a dependency is down (503)

/** A field of the request and what is wrong with it. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** What an error carries besides its code, kind, message and details. */
export interface DomainErrorExtras {
  /** Response headers a client needs to act on the refusal (e.g. `WWW-Authenticate`). */
  headers?: Record<string, string>;
  /** Field-level messages for bad input. */
  fieldErrors?: FieldError[];
}

/**
 * A failure with a stable, documented code such as `WORKER.NOT_FOUND`. Built by the constructors of
 * an error catalogue (`errorCatalogue`, one per module), never inline: the catalogue fixes the
 * code, its kind and its message, and docs/api.md is generated from it.
 */
export class DomainError extends Error {
  readonly headers?: Record<string, string>;
  readonly fieldErrors?: readonly FieldError[];

  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    /** Extra, non-secret facts a client can act on (e.g. `{ status: 'stopped' }`). */
    readonly details?: Record<string, unknown>,
    extras: DomainErrorExtras = {},
  ) {
    super(message);
    this.name = 'DomainError';
    if (extras.headers) this.headers = extras.headers;
    if (extras.fieldErrors) this.fieldErrors = extras.fieldErrors;
  }
}
