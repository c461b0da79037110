import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { api } from '../lib/api-client';

export interface RecordedCall {
  method: string;
  url: string;
  params: Record<string, unknown>;
  body: unknown;
  headers: Record<string, unknown>;
}

type Reply = { status?: number; data?: unknown } | undefined;
type Handler = (call: RecordedCall) => Reply | Promise<Reply>;

/**
 * Answers the console's API calls in a test without a server: routes are "METHOD /path" (relative
 * to /api, path parameters as :name). Every call is recorded; an unrouted call answers 404 and is
 * reported, so a test never passes by silently talking to nothing.
 */
export function mockApi(routes: Record<string, Handler | Reply>) {
  const calls: RecordedCall[] = [];
  const unrouted: string[] = [];
  const compiled = Object.entries(routes).map(([route, handler]) => {
    const [method, path] = route.split(' ');
    const pattern = new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);
    return { method: method.toLowerCase(), pattern, handler };
  });
  const original = api.defaults.adapter;
  api.defaults.adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const method = (config.method ?? 'get').toLowerCase();
    const url = config.url ?? '';
    let body: unknown = config.data;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        /* keep the text */
      }
    }
    const call: RecordedCall = { method, url, params: (config.params ?? {}) as Record<string, unknown>, body, headers: config.headers.toJSON() };
    calls.push(call);
    const route = compiled.find((r) => r.method === method && r.pattern.test(url));
    if (!route) unrouted.push(`${method.toUpperCase()} ${url}`);
    const reply = route ? await (typeof route.handler === 'function' ? route.handler(call) : route.handler) : { status: 404, data: { detail: `No mock for ${method} ${url}`, status: 404, code: 'TEST.UNROUTED' } };
    const status = reply?.status ?? 200;
    const response: AxiosResponse = { data: reply?.data, status, statusText: String(status), headers: {}, config };
    if (status >= 400) throw new AxiosError(`Request failed with status code ${status}`, status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST', config, undefined, response);
    return response;
  };
  return {
    calls,
    unrouted,
    /** Calls of one route, e.g. `callsTo('POST /workers/import')`. */
    callsTo(route: string) {
      const [method, path] = route.split(' ');
      const pattern = new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`);
      return calls.filter((c) => c.method === method.toLowerCase() && pattern.test(c.url));
    },
    restore() {
      api.defaults.adapter = original;
    },
  };
}

/** An RFC 9457 problem body as the server sends it. */
export function problem(status: number, code: string, detail: string) {
  return { status, data: { type: `/problems/${code.toLowerCase()}`, title: 'Refused', status, detail, code, traceId: 'test-trace' } };
}
