import { DomainError, errorCatalogue } from '#kernel';

/** Which controller and which client operation a failure belongs to; never credentials or tokens. */
export interface CmlCallDetails {
  controller: string;
  operation: string;
}

/** A call that got an HTTP answer: `call` is `METHOD /path`. */
interface AnsweredCall extends CmlCallDetails {
  call: string;
  status: number;
  description: string;
}

/** A call that got no answer; `cause` is the network error code. */
interface UnansweredCall extends CmlCallDetails {
  call: string;
  cause: string;
}

type AuthFailure =
  | { reason: 'missing-credentials' }
  | { reason: 'credentials-rejected'; status: number; description: string }
  | { reason: 'token-rejected'; method: string; path: string };

const answered = ({ controller, operation, status }: AnsweredCall) => ({ controller, operation, status });

/**
 * Codes of the CML client and of the connector in front of it (which refuses to contact some
 * controllers at all). All are `DomainError`s; the labs and workers modules turn some into codes
 * of their own where they know more.
 */
export const CmlErrors = errorCatalogue({
  unreachable: {
    code: 'CML.UNREACHABLE',
    kind: 'unavailable',
    meaning: 'Nothing answered at the controller\'s address (connection refused or reset, DNS failure).',
    build: (c: UnansweredCall) => ({
      message: `CML controller ${c.controller} is unreachable (${c.cause}) for ${c.call}.`,
      details: { controller: c.controller, operation: c.operation, cause: c.cause },
    }),
  },
  timeout: {
    code: 'CML.TIMEOUT',
    kind: 'unavailable',
    meaning: 'The controller did not answer within CML_TIMEOUT_MS.',
    build: (c: UnansweredCall & { timeoutMs: number }) => ({
      message: `CML controller ${c.controller} did not answer ${c.call} within ${c.timeoutMs} ms.`,
      details: { controller: c.controller, operation: c.operation, cause: c.cause, timeoutMs: c.timeoutMs },
    }),
  },
  circuitOpen: {
    code: 'CML.CIRCUIT_OPEN',
    kind: 'unavailable',
    meaning: 'The controller failed several times in a row; calls to it are paused (`details.retryInMs`) until a trial call succeeds.',
    build: (c: CmlCallDetails & { retryInMs: number; failures: number; lastFailure?: string }) => ({
      message: `CML controller ${c.controller} is failing; calls are paused for ${Math.ceil(c.retryInMs / 1000)} s after ${c.failures} consecutive failures (last: ${c.lastFailure ?? 'unknown'}).`,
      details: { controller: c.controller, operation: c.operation, retryInMs: c.retryInMs, lastFailure: c.lastFailure },
    }),
  },
  authFailed: {
    code: 'CML.AUTH_FAILED',
    kind: 'upstream',
    meaning: 'The controller rejected the configured CML credentials (or a token it had just issued), or none are configured for it.',
    build: (c: CmlCallDetails & AuthFailure) => {
      const base = { controller: c.controller, operation: c.operation };
      switch (c.reason) {
        case 'missing-credentials':
          return { message: `No CML credentials are configured for controller ${c.controller}.`, details: { ...base, reason: c.reason } };
        case 'credentials-rejected':
          return { message: `CML controller ${c.controller} rejected the configured credentials (${c.status}: ${c.description}).`, details: { ...base, status: c.status } };
        case 'token-rejected':
          return { message: `CML controller ${c.controller} rejected a freshly issued token for ${c.method} ${c.path}.`, details: { ...base, status: 401 } };
      }
    },
  },
  booting: {
    code: 'CML.BOOTING',
    kind: 'unavailable',
    meaning: 'The controller is starting: its web server answers 502, or it says it is not ready where that matters.',
    build: (c: CmlCallDetails & ({ call: string; status: 502 } | { ready: false })) =>
      'call' in c
        ? { message: `CML controller ${c.controller} is not up yet: ${c.call} answered 502.`, details: { controller: c.controller, operation: c.operation, status: c.status } }
        : { message: `CML controller ${c.controller} is not ready yet (no compute can start nodes).`, details: { controller: c.controller, operation: c.operation, ready: false } },
  },
  notFound: {
    code: 'CML.NOT_FOUND',
    kind: 'not-found',
    meaning: 'The controller has no such resource (404).',
    build: (c: AnsweredCall) => ({
      message: `CML controller ${c.controller} has no such resource: ${c.call} (${c.description}).`,
      details: { ...answered(c), description: c.description },
    }),
  },
  refused: {
    code: 'CML.REFUSED',
    kind: 'unprocessable',
    otherKinds: ['conflict'],
    meaning: 'The controller refused the request and said why (422; 409 when the controller answered 409, a state that does not allow it).',
    build: (c: AnsweredCall) => ({
      message: `CML controller ${c.controller} refused ${c.call} (${c.status}): ${c.description}`,
      details: { ...answered(c), description: c.description },
      kind: c.status === 409 ? 'conflict' : 'unprocessable',
    }),
  },
  error: {
    code: 'CML.ERROR',
    kind: 'upstream',
    meaning: 'The controller failed with a server error (a 5xx other than 502) or an unexpected status.',
    build: (c: AnsweredCall) => ({
      message: `CML controller ${c.controller} failed ${c.call} with status ${c.status}: ${c.description}`,
      details: answered(c),
    }),
  },
  invalidResponse: {
    code: 'CML.INVALID_RESPONSE',
    kind: 'upstream',
    meaning: 'The controller answered, but not with JSON of the shape CML 2.9 documents (`details.issues` lists the differences).',
    build: (c: CmlCallDetails & { method: string; path: string }, what: string, issues?: { path: string; message: string }[]) => ({
      message: `CML controller ${c.controller} answered ${c.method} ${c.path} with ${what}`,
      details: { controller: c.controller, operation: c.operation, ...(issues ? { issues } : {}) },
    }),
  },
  tlsUntrusted: {
    code: 'CML.TLS_UNTRUSTED',
    kind: 'upstream',
    meaning: 'The controller\'s TLS certificate is not trusted; configure a CA bundle, or insecure mode for self-signed controllers.',
    build: (c: CmlCallDetails & { cause: string }) => ({
      message: `The TLS certificate of CML controller ${c.controller} is not trusted (${c.cause}); configure a CA bundle, or insecure mode for self-signed controllers.`,
      details: { controller: c.controller, operation: c.operation, cause: c.cause },
    }),
  },
  invalidBaseUrl: {
    code: 'CML.INVALID_BASE_URL',
    kind: 'invalid',
    meaning: 'A controller address is not an http(s) URL.',
    // The value is not echoed: a malformed URL may still carry credentials.
    build: (protocol?: string) => (protocol ? `A CML base URL must be http(s), got ${protocol}` : 'A CML base URL is not a valid URL'),
  },
  noEndpoint: {
    code: 'CML.NO_ENDPOINT',
    kind: 'conflict',
    meaning: 'The worker has no address for its controller (no public IP, cml-endpoint tag or override), so it was not contacted.',
    build: (worker: { name: string; endpointProblem?: string }) => worker.endpointProblem ?? `Worker ${worker.name} has no CML endpoint (no public IP, tag or override).`,
  },
  endpointInsecure: {
    code: 'CML.ENDPOINT_INSECURE',
    kind: 'conflict',
    meaning: 'The controller\'s address is plain http and CML_ALLOW_HTTP is off, so it was not contacted (the credentials would travel in clear).',
    build: (worker: { name: string; endpoint: string }) =>
      `Worker ${worker.name}'s CML endpoint ${worker.endpoint} is plain http, which would send the CML credentials in clear; it is not contacted. Use https, or set CML_ALLOW_HTTP=true for controllers on a network you trust.`,
  },
  endpointNotAllowed: {
    code: 'CML.ENDPOINT_NOT_ALLOWED',
    kind: 'conflict',
    meaning: 'The controller\'s address is outside CML_ALLOWED_NETWORKS, so it was not contacted.',
    build: (worker: { name: string; endpoint: string }, allowed: readonly string[]) =>
      `Worker ${worker.name}'s CML endpoint ${worker.endpoint} is outside CML_ALLOWED_NETWORKS (${allowed.join(', ')}); it is not contacted. Set its endpoint (the cml-endpoint tag or an override) or widen the setting.`,
  },
  noCredentials: {
    code: 'CML.NO_CREDENTIALS',
    kind: 'unavailable',
    meaning: 'No CML credentials are configured (CML_PASSWORD or CML_CREDENTIALS_OVERRIDES), so no controller is contacted.',
    build: () => 'No CML credentials are configured (CML_PASSWORD or CML_CREDENTIALS_OVERRIDES).',
  },
});

/** The codes of the errors the CML client throws, by name. */
export const CML_ERROR = {
  UNREACHABLE: CmlErrors.unreachable.code,
  TIMEOUT: CmlErrors.timeout.code,
  CIRCUIT_OPEN: CmlErrors.circuitOpen.code,
  AUTH_FAILED: CmlErrors.authFailed.code,
  BOOTING: CmlErrors.booting.code,
  NOT_FOUND: CmlErrors.notFound.code,
  REFUSED: CmlErrors.refused.code,
  ERROR: CmlErrors.error.code,
  INVALID_RESPONSE: CmlErrors.invalidResponse.code,
  TLS_UNTRUSTED: CmlErrors.tlsUntrusted.code,
} as const;

export type CmlErrorCode = (typeof CML_ERROR)[keyof typeof CML_ERROR];

/** True for a `DomainError` with one of the given CML codes. */
export function isCmlError(error: unknown, ...codes: CmlErrorCode[]): error is DomainError {
  return error instanceof DomainError && error.code.startsWith('CML.') && (codes.length === 0 || codes.includes(error.code as CmlErrorCode));
}

/** Failures that say the controller is not available; they count for the circuit breaker. */
export const AVAILABILITY_FAILURES: readonly string[] = [CML_ERROR.UNREACHABLE, CML_ERROR.TIMEOUT, CML_ERROR.BOOTING, CML_ERROR.ERROR, CML_ERROR.TLS_UNTRUSTED];
