import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ControllerRegistry } from './controller/controller-registry.js';
import { handleAdminRequest } from './http/admin-api.router.js';
import { handleCmlRequest } from './http/cml-api.router.js';
import type { FaultResources } from './http/fault-injector.js';
import { cmlError, send } from './http/http-kit.js';
import { type ControllerSeed, controllerSeedSchema, describeIssues } from './seed/controller-seed.js';

export { ControllerRegistry } from './controller/controller-registry.js';
export { SYSTEM_USER_ID, VirtualController } from './controller/virtual-controller.js';
export type { ControllerSummary, RequestRecord } from './controller/virtual-controller.js';
export type * from './seed/controller-seed.js';

export interface CmlSimulatorOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Controllers to create at start. */
  controllers?: ControllerSeed[];
  /** Lifetime of bearer tokens unless a controller says otherwise. Default 3600. */
  tokenTtlSeconds?: number;
  /** How long a licence registration stays IN_PROGRESS unless a controller says otherwise. Default 2000. */
  licenseRegistrationDelayMs?: number;
  /** Serve HTTPS with this key and certificate (PEM), like a real controller. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Clock in epoch milliseconds; tests can move time. */
  now?: () => number;
  /** Called once per answered request (method, URL path, status, duration), e.g. for a CLI access log. */
  onRequest?: (entry: { method: string; path: string; status: number; durationMs: number }) => void;
}

export interface CmlSimulator {
  /** `http://127.0.0.1:<port>` (or https). */
  readonly url: string;
  /** The base URL of a controller, as the product stores it: `<url>/<id>` (the API is under `/api/v0`). */
  baseUrlOf(id: string): string;
  readonly controllers: ControllerRegistry;
  close(): Promise<void>;
}

/** Starts a fake CML 2.9 server hosting any number of controllers under `/<controller-id>/api/v0`. */
export async function startCmlSimulator(options: CmlSimulatorOptions = {}): Promise<CmlSimulator> {
  const registry = new ControllerRegistry({
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
    licenseRegistrationDelayMs: options.licenseRegistrationDelayMs ?? 2000,
    now: options.now ?? Date.now,
  });
  for (const [index, seed] of (options.controllers ?? []).entries()) {
    const parsed = controllerSeedSchema.safeParse(seed);
    if (!parsed.success) throw new Error(`Invalid controller seed #${index}: ${describeIssues(parsed.error).join('; ')}`);
    registry.add(parsed.data);
  }

  const timers = new Set<NodeJS.Timeout>();
  const parked = new Set<ServerResponse>();
  let closing = false;
  const resources: FaultResources = {
    delay: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
    park: (_req, res) => {
      parked.add(res);
      res.on('close', () => parked.delete(res));
    },
  };

  let url = '';
  const baseUrlOf = (id: string): string => `${url}/${encodeURIComponent(id)}`;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    const requestUrl = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = requestUrl.pathname;
    if (options.onRequest) res.on('close', () => options.onRequest?.({ method: req.method ?? 'GET', path, status: res.writableFinished ? res.statusCode : 0, durationMs: Date.now() - started }));
    if (closing) return send(res, { status: 503, json: { error: 'The simulator is shutting down' } });
    if (path === '/_sim' || path.startsWith('/_sim/')) return send(res, await handleAdminRequest(registry, baseUrlOf, path, req));
    if (path === '/') return send(res, { status: 200, json: { controllers: registry.list().map((c) => ({ id: c.id, baseUrl: baseUrlOf(c.id) })) } });
    const [, first = '', ...rest] = path.split('/');
    const controller = registry.get(decodeURIComponent(first));
    const subPath = `/${rest.join('/')}`;
    if (!controller) return send(res, { status: 404, json: { code: 404, description: `No simulated controller '${first}'` } });
    if (subPath === '/api/v0' || subPath.startsWith('/api/v0/')) {
      return handleCmlRequest(controller, subPath.slice('/api/v0'.length) || '/', requestUrl, req, res, resources);
    }
    send(res, { status: 404, text: 'Not Found', contentType: 'text/plain' });
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      console.error('cml-simulator: request failed', error);
      send(res, cmlError(500, 'Internal Server Error'));
    });
  };
  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createHttpServer(listener);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `${options.tls ? 'https' : 'http'}://${host}:${address.port}`;

  return {
    url,
    baseUrlOf,
    controllers: registry,
    close: async () => {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const res of parked) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
