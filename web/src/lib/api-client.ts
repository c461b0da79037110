import axios, { AxiosError, type InternalAxiosRequestConfig } from 'axios';
import type { components } from './api-types';
import { CSRF_HEADER, readCsrfToken } from './csrf';
import { isUserIdle } from './user-activity';

export type Problem = components['schemas']['ProblemDetails'];

const SAFE_METHODS = new Set(['get', 'head', 'options']);

/**
 * The one HTTP client of the console. Same origin: the session cookie travels by itself and no token
 * lives in the browser. Every write carries the session's CSRF token, which the server compares with
 * the one it keeps in the session.
 */
export const api = axios.create({ baseURL: '/api', withCredentials: true, headers: { Accept: 'application/json' } });

export function withCsrfToken(config: InternalAxiosRequestConfig): InternalAxiosRequestConfig {
  if (!SAFE_METHODS.has((config.method ?? 'get').toLowerCase())) {
    const token = readCsrfToken();
    if (token) config.headers.set(CSRF_HEADER, token);
  }
  return config;
}
api.interceptors.request.use(withCsrfToken);

/** The server does not extend the session's idle timeout for reads carrying this header. */
export const BACKGROUND_HEADER = 'X-Background-Request';

/** Marks reads made while nobody uses the console (see user-activity.ts). */
export function markBackgroundReads(config: InternalAxiosRequestConfig, idle = isUserIdle()): InternalAxiosRequestConfig {
  if (idle && SAFE_METHODS.has((config.method ?? 'get').toLowerCase())) config.headers.set(BACKGROUND_HEADER, '1');
  return config;
}
api.interceptors.request.use((config) => markBackgroundReads(config));

type UnauthorizedListener = (detail: string) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the API answers 401: the session ended (or never existed). Returns an unsubscribe function. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(detail: string): void {
  for (const listener of unauthorizedListeners) listener(detail);
}

api.interceptors.response.use(undefined, (err: unknown) => {
  // A 401 anywhere means the session is gone; the sign-in screen takes over. Asking who we are is
  // expected to answer 401 before signing in, so that one call is not an event.
  if (err instanceof AxiosError && err.response?.status === 401 && !err.config?.url?.endsWith('/auth/me')) {
    notifyUnauthorized(problemOf(err)?.detail ?? 'Your session has ended.');
  }
  return Promise.reject(err);
});

/** The RFC 9457 problem the server answered with, if any. */
export function problemOf(err: unknown): Problem | undefined {
  if (!(err instanceof AxiosError)) return undefined;
  const data = err.response?.data as Partial<Problem> | undefined;
  return data && typeof data === 'object' && typeof data.detail === 'string' ? (data as Problem) : undefined;
}

export function statusOf(err: unknown): number | undefined {
  return err instanceof AxiosError ? err.response?.status : undefined;
}

/** The server's own explanation of a failure (RFC 9457 `detail`), for showing to the user. */
export function errorMessage(err: unknown): string {
  const problem = problemOf(err);
  if (problem) return problem.detail;
  if (err instanceof AxiosError) {
    if (err.response) return `The server answered ${err.response.status} ${err.response.statusText}`.trim() + '.';
    return 'The server cannot be reached. Check your connection and try again.';
  }
  return err instanceof Error ? err.message : String(err);
}
