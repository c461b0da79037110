/**
 * The cookie that carries the session's CSRF token (readable by scripts on purpose). Behind https the
 * server names it `__Host-ccm_csrf` (no other host can set or shadow it); over plain http, where
 * browsers refuse that prefix, `ccm_csrf`. The prefixed one wins when both are there (a plain one
 * left from before, or planted by a sibling host).
 */
export const CSRF_COOKIES = ['__Host-ccm_csrf', 'ccm_csrf'] as const;
export const CSRF_HEADER = 'X-CSRF-Token';

/** A cookie's value from `document.cookie`, or undefined. */
export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session's CSRF token, under whichever name the server gave its cookie. */
export function readCsrfToken(cookies: string = document.cookie): string | undefined {
  for (const name of CSRF_COOKIES) {
    const token = readCookie(name, cookies);
    if (token) return token;
  }
  return undefined;
}

/**
 * Forgets the session's CSRF cookie once the server has said the session is gone, so the next visit
 * knows there is no session without asking (see `mayHaveSession`). The server sets a new one at sign-in.
 */
export function forgetCsrfToken(): void {
  // A __Host- cookie is only replaced (here: expired) with the attributes it was set with.
  document.cookie = '__Host-ccm_csrf=; Max-Age=0; Path=/; Secure';
  document.cookie = 'ccm_csrf=; Max-Age=0; Path=/';
}
