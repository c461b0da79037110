import axios, { AxiosError } from 'axios';

/** Same-origin API client: the session cookie travels automatically, no token lives in the browser. */
export const api = axios.create({ baseURL: '/api', withCredentials: true, headers: { Accept: 'application/json' } });

interface Problem {
  detail?: string;
  title?: string;
  code?: string;
}

/** The server's own explanation of a failure (RFC 9457 `detail`), for showing to the user. */
export function errorMessage(err: unknown): string {
  if (err instanceof AxiosError) {
    const problem = err.response?.data as Problem | undefined;
    if (problem?.detail) return problem.detail;
    if (err.response) return `${err.response.status} ${err.response.statusText}`;
    return 'The server cannot be reached. Check your connection and try again.';
  }
  return err instanceof Error ? err.message : String(err);
}
