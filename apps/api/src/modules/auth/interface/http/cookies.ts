import type { CookieOptions, Request, Response } from 'express';
import type { AppConfig } from '../../../../config/app-config.js';

/** The cookies' names over plain http (local development, tests), where browsers refuse `__Host-`. */
export const PLAIN_COOKIE_NAMES = { session: 'ccm_session', csrf: 'ccm_csrf', login: 'ccm_login' } as const;
/**
 * Browsers accept a `__Host-` cookie only when it is Secure, has Path=/ and no Domain, so no other
 * host (a sibling subdomain) and no plain-http page can set or shadow it.
 */
export const HOST_PREFIX = '__Host-';
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Set to `1` by the console on reads it makes while nobody is using it (live-event refetches of an
 * unattended tab): such reads do not extend the session's idle timeout.
 */
export const BACKGROUND_HEADER = 'x-background-request';

export interface CookieNames {
  session: string;
  csrf: string;
  login: string;
}

/**
 * The cookies' names: `__Host-ccm_session` and so on whenever the cookies are Secure (PUBLIC_URL is
 * https, or SESSION_COOKIE_SECURE=true), the plain names otherwise. Only these names are read: a
 * plain-named cookie planted next to a `__Host-` one is ignored.
 */
export function cookieNames(config: AppConfig): CookieNames {
  const prefix = config.auth.cookieSecure ? HOST_PREFIX : '';
  return { session: prefix + PLAIN_COOKIE_NAMES.session, csrf: prefix + PLAIN_COOKIE_NAMES.csrf, login: prefix + PLAIN_COOKIE_NAMES.login };
}

/** A cookie of the request by its (possibly prefixed) name. */
export function requestCookie(req: Request, name: string): string | undefined {
  return (req.cookies as Record<string, string> | undefined)?.[name];
}

function base(config: AppConfig): CookieOptions {
  // No Domain, ever: a `__Host-` cookie must not have one, and the plain ones stay host-only too.
  return { secure: config.auth.cookieSecure, sameSite: 'lax', path: '/' };
}

/** The session id: HttpOnly, SameSite=Lax, Secure behind https; a session cookie (no Max-Age) since the server enforces expiry. */
export function setSessionCookies(res: Response, config: AppConfig, cookie: string, csrfToken: string): void {
  const names = cookieNames(config);
  res.cookie(names.session, cookie, { ...base(config), httpOnly: true });
  // Readable by the console's JavaScript so it can echo it in X-CSRF-Token.
  res.cookie(names.csrf, csrfToken, { ...base(config), httpOnly: false });
}

export function clearSessionCookies(res: Response, config: AppConfig): void {
  const names = cookieNames(config);
  res.clearCookie(names.session, { ...base(config), httpOnly: true });
  res.clearCookie(names.csrf, { ...base(config), httpOnly: false });
}

/**
 * Path of the cookie that binds a sign-in to the browser: only /api/auth needs it, but a `__Host-`
 * cookie must have Path=/ (it lives ten minutes and is cleared at the callback).
 */
function loginPath(config: AppConfig): string {
  return config.auth.cookieSecure ? '/' : '/api/auth';
}

/** Binds a sign-in in progress to this browser (login CSRF protection). */
export function setLoginCookie(res: Response, config: AppConfig, binding: string): void {
  res.cookie(cookieNames(config).login, binding, { ...base(config), httpOnly: true, path: loginPath(config), maxAge: 600_000 });
}

export function clearLoginCookie(res: Response, config: AppConfig): void {
  res.clearCookie(cookieNames(config).login, { ...base(config), httpOnly: true, path: loginPath(config) });
}
