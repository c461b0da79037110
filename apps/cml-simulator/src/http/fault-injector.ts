import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MalformedMode } from '../seed/controller-seed.js';
import type { VirtualController } from '../controller/virtual-controller.js';
import { cmlError, type Reply } from './http-kit.js';

/** The page nginx in front of a CML controller answers while the controller service is not up. */
const BAD_GATEWAY_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** Timers and parked requests the server must release when it closes. */
export interface FaultResources {
  delay(ms: number): Promise<void>;
  park(req: IncomingMessage, res: ServerResponse): void;
}

export type FaultOutcome = { kind: 'continue' } | { kind: 'reply'; reply: Reply } | { kind: 'dropped' };

/**
 * Applies the controller's fault settings to one `/api/v0` request, before its route runs.
 * `route` is the spec path that matched, used to scope faults with `only`.
 */
export async function applyFaults(controller: VirtualController, route: string, req: IncomingMessage, res: ServerResponse, resources: FaultResources): Promise<FaultOutcome> {
  const faults = controller.faults;
  if (faults.unreachable) {
    req.socket.destroy();
    return { kind: 'dropped' };
  }
  const scoped = !faults.only || faults.only.includes(route);
  if (faults.hang && scoped) {
    resources.park(req, res);
    return { kind: 'dropped' };
  }
  if (faults.latencyMs && scoped) await resources.delay(faults.latencyMs);
  if (faults.booting === 'bad-gateway') return { kind: 'reply', reply: { status: 502, text: BAD_GATEWAY_PAGE, contentType: 'text/html' } };
  if (scoped && controller.consumeFailNext()) return { kind: 'reply', reply: cmlError(500, 'Internal Server Error') };
  if (scoped && faults.errorRate && Math.random() < faults.errorRate) return { kind: 'reply', reply: cmlError(500, 'Internal Server Error') };
  return { kind: 'continue' };
}

/** A value of the wrong type for each JSON type, so a client validating the shape must notice. */
function wrongShape(body: unknown): unknown {
  if (Array.isArray(body)) return { items: body };
  if (typeof body === 'string') return { value: body };
  if (body === null || typeof body !== 'object') return 'unexpected';
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).map(([key, value]) => {
      if (typeof value === 'number') return [key, String(value)];
      if (typeof value === 'boolean') return [key, value ? 'yes' : 'no'];
      if (typeof value === 'string') return [key, 42];
      if (Array.isArray(value)) return [key, 'list'];
      if (value && typeof value === 'object') return [key, 42];
      return [key, 42];
    }),
  );
}

/** Breaks a successful answer the way the `malformed` fault asks for. */
export function malform(reply: Reply, mode: MalformedMode): Reply {
  if (mode === 'invalid-json') return { status: reply.status === 204 ? 200 : reply.status, text: '{"truncated": [1, 2', contentType: 'application/json' };
  if (reply.json === undefined) return { status: reply.status === 204 ? 200 : reply.status, json: { unexpected: true } };
  return { ...reply, json: wrongShape(reply.json) };
}
