/** The name of the cookie that carries the session's CSRF token (readable by scripts on purpose). */
export const CSRF_COOKIE = 'ccm_csrf';
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
