import { errorCatalogue } from '#kernel';
import { highestRole, type Role } from './role.js';

/** Why a caller is not authenticated. */
export type UnauthenticatedCause =
  | { kind: 'no-credentials' }
  | { kind: 'session-ended' }
  /** The bearer token failed verification; `reason` says how, in words (never the token). */
  | { kind: 'token-refused'; reason: string };

/** Who is asking, as far as a role refusal tells them. */
export interface Caller {
  username: string;
  roles: readonly Role[];
}

/**
 * Why `caller` may not do what needs `required`, in the words every role refusal uses (a 403, a
 * worker's unavailable action): `what` names the action ("Terminating a worker"), else "This".
 */
export function roleRefusal(required: Role, caller: Caller, what = 'This'): string {
  const held = highestRole(caller.roles);
  return held
    ? `${what} needs the ${required} role or a stronger one; you have ${held}.`
    : `You are signed in as ${caller.username} but have no CML Cloud Manager role; ask an administrator for access.`;
}

const START_AGAIN = 'Start again from the sign-in page.';

/** Codes of the auth module: who the caller is, what their role allows, and the sign-in flow. */
export const AuthErrors = errorCatalogue({
  unauthenticated: {
    code: 'AUTH.UNAUTHENTICATED',
    kind: 'unauthenticated',
    meaning: 'No valid session cookie or bearer token came with the request; sign in (bearer clients: `WWW-Authenticate` says why the token was refused).',
    build: (cause: UnauthenticatedCause) => {
      const message =
        cause.kind === 'no-credentials'
          ? 'Sign in, or send a bearer token in the Authorization header.'
          : cause.kind === 'session-ended'
            ? 'Your session has ended; sign in again.'
            : `The bearer token was refused: ${cause.reason}.`;
      // RFC 6750: tell bearer clients why.
      const params = [`realm="cml-cloud-manager"`];
      if (cause.kind === 'token-refused') params.push(`error="invalid_token"`, `error_description="${message.replace(/["\\]/g, '')}"`);
      return { message, headers: { 'WWW-Authenticate': `Bearer ${params.join(', ')}` } };
    },
  },
  forbidden: {
    code: 'AUTH.FORBIDDEN',
    kind: 'forbidden',
    meaning: 'The caller\'s role does not allow this (`details.required` names the role needed).',
    build: (required: Role, caller: Caller, what?: string) => ({
      message: roleRefusal(required, caller, what),
      details: { required, roles: [...caller.roles] },
    }),
  },
  routeNotDeclared: {
    code: 'AUTH.ROUTE_NOT_DECLARED',
    kind: 'forbidden',
    meaning: 'The route declares no access rule and is therefore closed to everyone (a fault of ours; report it).',
    build: () => 'This route declares no access rule and is therefore closed.',
  },
  csrfTokenInvalid: {
    code: 'AUTH.CSRF_TOKEN_INVALID',
    kind: 'forbidden',
    meaning: 'A change made with the session cookie lacks the X-CSRF-Token header matching the CSRF cookie.',
    build: (csrfCookie: string) => `This change needs the X-CSRF-Token header with the value of the ${csrfCookie} cookie.`,
  },
  rateLimited: {
    code: 'AUTH.RATE_LIMITED',
    kind: 'rate-limited',
    meaning: 'Too many sign-in attempts from this address in the last minute (AUTH_LOGIN_RATE_LIMIT_PER_MINUTE); wait for `Retry-After`.',
    build: (retryAfterSeconds: number) => ({
      message: 'Too many sign-in attempts from this address; wait a minute and try again.',
      details: { retryAfterSeconds },
    }),
  },
  tooManySignIns: {
    code: 'AUTH.TOO_MANY_SIGN_INS',
    kind: 'rate-limited',
    meaning: 'Too many sign-ins are in progress across all clients (AUTH_PENDING_LOGINS_MAX); wait for `Retry-After`.',
    build: (retryAfterSeconds: number) => ({
      message: 'Too many sign-ins are in progress right now; wait a few minutes and try again.',
      details: { retryAfterSeconds },
    }),
  },
  providerRefused: {
    code: 'AUTH.PROVIDER_REFUSED',
    kind: 'invalid',
    meaning: 'The identity provider answered the sign-in with an error (e.g. the person cancelled).',
    build: (error: string, description?: string) => `The identity provider refused the sign-in (${error}${description ? `: ${description}` : ''}).`,
  },
  callbackInvalid: {
    code: 'AUTH.CALLBACK_INVALID',
    kind: 'invalid',
    meaning: 'The sign-in callback lacks its `code` or `state`.',
    build: () => `The sign-in callback is missing its code or state. ${START_AGAIN}`,
  },
  stateUnknown: {
    code: 'AUTH.STATE_UNKNOWN',
    kind: 'invalid',
    meaning: 'The sign-in callback names a sign-in that expired or was already completed.',
    build: () => `This sign-in link has expired or was already used. ${START_AGAIN}`,
  },
  stateMismatch: {
    code: 'AUTH.STATE_MISMATCH',
    kind: 'invalid',
    meaning: 'The sign-in callback reached another browser (or tab) than the one that started the sign-in.',
    build: () => `This sign-in was started in another browser or tab. ${START_AGAIN}`,
  },
  callbackRejected: {
    code: 'AUTH.CALLBACK_REJECTED',
    kind: 'invalid',
    meaning: 'The identity provider would not exchange the sign-in code (state, nonce or PKCE did not verify, or the code expired).',
    build: (cause: string) => `Sign-in could not be completed: ${cause}. ${START_AGAIN}`,
  },
  refreshFailed: {
    code: 'AUTH.REFRESH_FAILED',
    kind: 'unauthenticated',
    meaning: 'The session\'s tokens could not be renewed at the identity provider; sign in again.',
    build: (cause: string) => `The session could not be renewed (${cause}); sign in again.`,
  },
  providerUnavailable: {
    code: 'AUTH.PROVIDER_UNAVAILABLE',
    kind: 'unavailable',
    meaning: 'The identity provider cannot be reached (or publishes no signing keys); retry in a moment.',
    build: (why: 'unreachable' | 'no-jwks') =>
      why === 'unreachable' ? 'The identity provider cannot be reached right now; try again in a moment.' : 'The identity provider publishes no JWKS.',
  },
});
