import { DomainError, type ErrorKind } from '#kernel';

/** Stable codes of the errors the CML client throws; all are `DomainError`s. */
export const CML_ERROR = {
  /** Connection refused or reset, DNS failure: nothing answered. */
  UNREACHABLE: 'CML.UNREACHABLE',
  /** No answer within the per-call timeout. */
  TIMEOUT: 'CML.TIMEOUT',
  /** The controller failed repeatedly; calls fail fast until a trial call succeeds. */
  CIRCUIT_OPEN: 'CML.CIRCUIT_OPEN',
  /** The controller rejected the credentials (or a freshly issued token), or none are configured. */
  AUTH_FAILED: 'CML.AUTH_FAILED',
  /** The controller is starting: 502 from its web server, or `ready: false` where that matters. */
  BOOTING: 'CML.BOOTING',
  /** 404: the lab (or other resource) does not exist. */
  NOT_FOUND: 'CML.NOT_FOUND',
  /** Another 4xx: the controller refused and explained why (its description is in the message). */
  REFUSED: 'CML.REFUSED',
  /** A 5xx other than 502, or an unexpected status. */
  ERROR: 'CML.ERROR',
  /** A 2xx answer that is not JSON or not of the expected shape. */
  INVALID_RESPONSE: 'CML.INVALID_RESPONSE',
  /** The controller's TLS certificate is not trusted (configure a CA bundle, or `insecure` for self-signed controllers). */
  TLS_UNTRUSTED: 'CML.TLS_UNTRUSTED',
} as const;

export type CmlErrorCode = (typeof CML_ERROR)[keyof typeof CML_ERROR];

const KINDS: Record<CmlErrorCode, ErrorKind> = {
  'CML.UNREACHABLE': 'unavailable',
  'CML.TIMEOUT': 'unavailable',
  'CML.CIRCUIT_OPEN': 'unavailable',
  'CML.AUTH_FAILED': 'upstream',
  'CML.BOOTING': 'unavailable',
  'CML.NOT_FOUND': 'not-found',
  'CML.REFUSED': 'unprocessable',
  'CML.ERROR': 'upstream',
  'CML.INVALID_RESPONSE': 'upstream',
  'CML.TLS_UNTRUSTED': 'upstream',
};

/** Facts every CML error carries; never credentials or tokens. */
export interface CmlErrorDetails extends Record<string, unknown> {
  controller: string;
  operation: string;
}

/** Builds the `DomainError` for a CML failure; a 409 refusal is a conflict, other refusals unprocessable. */
export function cmlError(code: CmlErrorCode, message: string, details: CmlErrorDetails): DomainError {
  const kind = code === CML_ERROR.REFUSED && details.status === 409 ? 'conflict' : KINDS[code];
  return new DomainError(code, kind, message, details);
}

/** True for a `DomainError` with one of the given CML codes. */
export function isCmlError(error: unknown, ...codes: CmlErrorCode[]): error is DomainError {
  return error instanceof DomainError && error.code.startsWith('CML.') && (codes.length === 0 || codes.includes(error.code as CmlErrorCode));
}

/** Failures that say the controller is not available; they count for the circuit breaker. */
export const AVAILABILITY_FAILURES: readonly string[] = [CML_ERROR.UNREACHABLE, CML_ERROR.TIMEOUT, CML_ERROR.BOOTING, CML_ERROR.ERROR, CML_ERROR.TLS_UNTRUSTED];
