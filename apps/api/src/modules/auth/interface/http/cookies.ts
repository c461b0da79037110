import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../../../../config/app-config.js';

export const SESSION_COOKIE = 'ccm_session';
export const CSRF_COOKIE = 'ccm_csrf';
export const LOGIN_COOKIE = 'ccm_login';
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Set to `1` by the console on reads it makes while nobody is using it (live-event refetches of an
 * unattended tab): such reads do not extend the session's idle timeout.
 */
export const BACKGROUND_HEADER = 'x-background-request';

function base(config: AppConfig): CookieOptions {
  return { secure: config.auth.cookieSecure, sameSite: 'lax', path: '/' };
}

/** The session id: HttpOnly, SameSite=Lax, Secure behind https; a session cookie (no Max-Age) since the server enforces expiry. */
export function setSessionCookies(res: Response, config: AppConfig, cookie: string, csrfToken: string): void {
  res.cookie(SESSION_COOKIE, cookie, { ...base(config), httpOnly: true });
  // Readable by the console's JavaScript so it can echo it in X-CSRF-Token.
  res.cookie(CSRF_COOKIE, csrfToken, { ...base(config), httpOnly: false });
}

export function clearSessionCookies(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { ...base(config), httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { ...base(config), httpOnly: false });
}

/** Binds a sign-in in progress to this browser (login CSRF protection); only sent to /api/auth. */
export function setLoginCookie(res: Response, config: AppConfig, binding: string): void {
  res.cookie(LOGIN_COOKIE, binding, { ...base(config), httpOnly: true, path: '/api/auth', maxAge: 600_000 });
}

export function clearLoginCookie(res: Response, config: AppConfig): void {
  res.clearCookie(LOGIN_COOKIE, { ...base(config), httpOnly: true, path: '/api/auth' });
}
