import type { IncomingMessage, ServerResponse } from 'node:http';
import { CmlApiError, type SimUser, type VirtualController } from '../controller/virtual-controller.js';
import { applyFaults, type FaultResources, malform } from './fault-injector.js';
import { BodyError, cmlError, matchPath, readBody, type Reply, send } from './http-kit.js';

interface RouteContext {
  controller: VirtualController;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The authenticated user; only set on routes that need a token. */
  user: SimUser;
  body(): Promise<string>;
}

interface CmlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path as written in the OpenAPI document (without `/api/v0`). */
  path: string;
  auth: boolean;
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

const ok = (json: unknown): Reply => ({ status: 200, json });
const noContent: Reply = { status: 204 };
const UUID4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

function labId(ctx: RouteContext): string {
  const id = ctx.params.lab_id ?? '';
  // A malformed id cannot name a lab; answering 404 keeps "not found" one case for clients.
  if (!UUID4.test(id)) throw new CmlApiError(404, `Lab not found: ${id}`);
  return id;
}

async function jsonBody(ctx: RouteContext): Promise<unknown> {
  const text = await ctx.body();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CmlApiError(400, 'Bad request: the body is not valid JSON.');
  }
}

/** The endpoints the simulator implements; every other `/api/v0` path answers 404. */
export const CML_ROUTES: CmlRoute[] = [
  {
    method: 'POST', path: '/authenticate', auth: false,
    async handle(ctx) {
      const body = await jsonBody(ctx);
      const { username, password } = (body && typeof body === 'object' ? body : {}) as { username?: unknown; password?: unknown };
      if (typeof username !== 'string' || typeof password !== 'string') throw new CmlApiError(400, 'Bad request: username and password are required.');
      const token = ctx.controller.authenticate(username, password);
      if (!token) throw new CmlApiError(403, 'Authentication failed!');
      return ok(token);
    },
  },
  { method: 'GET', path: '/authok', auth: true, handle: () => ok('OK') },
  { method: 'GET', path: '/system_information', auth: false, handle: (ctx) => ok(ctx.controller.systemInformation()) },
  { method: 'GET', path: '/system_health', auth: true, handle: (ctx) => ok(ctx.controller.systemHealth()) },
  { method: 'GET', path: '/system_stats', auth: true, handle: (ctx) => ok(ctx.controller.systemStats()) },
  { method: 'GET', path: '/system/compute_hosts', auth: true, handle: (ctx) => ok(ctx.controller.computeHosts()) },
  { method: 'GET', path: '/licensing', auth: true, handle: (ctx) => ok(ctx.controller.licensingStatus()) },
  {
    method: 'POST', path: '/licensing/registration', auth: true,
    async handle(ctx) {
      ctx.controller.registerLicense(await jsonBody(ctx), ctx.user);
      return noContent;
    },
  },
  { method: 'DELETE', path: '/licensing/deregistration', auth: true, handle: (ctx) => ({ status: ctx.controller.deregisterLicense(ctx.user) }) },
  {
    method: 'GET', path: '/labs', auth: true,
    handle: (ctx) => ok(ctx.query.get('show_all') === 'true' ? ctx.controller.labIds() : ctx.controller.labIdsOwnedBy(ctx.user)),
  },
  { method: 'GET', path: '/labs/{lab_id}', auth: true, handle: (ctx) => ok(ctx.controller.labResponse(labId(ctx))) },
  {
    method: 'DELETE', path: '/labs/{lab_id}', auth: true,
    handle(ctx) {
      ctx.controller.deleteLab(labId(ctx));
      return noContent;
    },
  },
  {
    method: 'GET', path: '/populate_lab_tiles', auth: true,
    handle: (ctx) => (ctx.controller.labTiles ? ok(ctx.controller.labTilesResponse()) : notFound('/populate_lab_tiles')),
  },
  { method: 'GET', path: '/labs/{lab_id}/state', auth: true, handle: (ctx) => ok(ctx.controller.labState(labId(ctx))) },
  {
    method: 'PUT', path: '/labs/{lab_id}/start', auth: true,
    handle(ctx) {
      ctx.controller.startLab(labId(ctx), ctx.user);
      return noContent;
    },
  },
  {
    method: 'PUT', path: '/labs/{lab_id}/stop', auth: true,
    handle(ctx) {
      ctx.controller.stopLab(labId(ctx), ctx.user);
      return noContent;
    },
  },
  {
    method: 'PUT', path: '/labs/{lab_id}/wipe', auth: true,
    handle(ctx) {
      ctx.controller.wipeLab(labId(ctx), ctx.user);
      return noContent;
    },
  },
  {
    // The spec types the answer as a JSON string; controllers send the YAML text itself (virl2_client reads `.text`).
    method: 'GET', path: '/labs/{lab_id}/download', auth: true,
    handle: (ctx) => ({ status: 200, text: ctx.controller.downloadTopology(labId(ctx), ctx.user), contentType: 'text/plain; charset=utf-8' }),
  },
  {
    // The body is the topology as YAML or JSON, whatever the content type says (clients send YAML as application/json).
    method: 'POST', path: '/import', auth: true,
    async handle(ctx) {
      const title = ctx.query.get('title') ?? undefined;
      if (title !== undefined && (title.length < 1 || title.length > 64)) throw new CmlApiError(400, 'Bad request: title must be 1-64 characters.');
      return ok(ctx.controller.importTopology(await ctx.body(), title, ctx.user));
    },
  },
  { method: 'GET', path: '/telemetry/events', auth: true, handle: (ctx) => ok(ctx.controller.telemetryEvents()) },
  { method: 'GET', path: '/labs/{lab_id}/events', auth: true, handle: (ctx) => ok(ctx.controller.labEvents(labId(ctx))) },
  { method: 'GET', path: '/node_definitions', auth: true, handle: (ctx) => ok(ctx.controller.nodeDefinitions()) },
  { method: 'GET', path: '/image_definitions', auth: true, handle: (ctx) => ok(ctx.controller.imageDefinitions()) },
  { method: 'GET', path: '/simplified_node_definitions', auth: true, handle: (ctx) => ok(ctx.controller.simplifiedNodeDefinitions()) },
];

function notFound(path: string): Reply {
  return cmlError(404, `Not found: ${path}`);
}

function findRoute(method: string, path: string): { route: CmlRoute; params: Record<string, string> } | undefined {
  for (const route of CML_ROUTES) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}

const unauthorized = (reason: 'missing' | 'invalid' | 'expired'): Reply =>
  cmlError(401, reason === 'missing' ? 'No authorization token provided.' : reason === 'expired' ? 'Authorization token has expired.' : 'Invalid authorization token.');

/**
 * The `echoRequest` fault: an error answer in CML's shape gets the request appended to its
 * description, the way a careless controller or proxy repeats what it was sent.
 */
async function withEcho(reply: Reply, req: IncomingMessage, apiPath: string, body: () => Promise<string>): Promise<Reply> {
  const error = reply.json as { code?: unknown; description?: unknown } | undefined;
  if (reply.status < 400 || !error || typeof error.description !== 'string') return reply;
  const text = await body().catch(() => '');
  const echo = `request: ${req.method ?? 'GET'} ${apiPath} headers=${JSON.stringify(req.headers)} body=${text} form=${encodeURIComponent(text)}`;
  return { ...reply, json: { ...error, description: `${error.description} (${echo})` } };
}

/** Answers one request under `/<controller>/api/v0`; `apiPath` is the part after `/api/v0`. */
export async function handleCmlRequest(controller: VirtualController, apiPath: string, url: URL, req: IncomingMessage, res: ServerResponse, resources: FaultResources): Promise<void> {
  const method = req.method ?? 'GET';
  const found = findRoute(method, apiPath);
  const routeName = found?.route.path ?? apiPath;
  const record = { at: Date.now(), method, route: routeName, path: apiPath, status: 0 };
  controller.logRequest(record);
  res.on('finish', () => {
    record.status = res.statusCode;
  });
  // Read at most once: by the route, or by the echo of an error answer.
  let bodyText: Promise<string> | undefined;
  const body = (): Promise<string> => (bodyText ??= readBody(req));
  const answer = async (reply: Reply): Promise<void> => send(res, controller.faults.echoRequest ? await withEcho(reply, req, apiPath, body) : reply);

  const outcome = await applyFaults(controller, routeName, req, res, resources);
  if (outcome.kind === 'dropped') return;
  if (outcome.kind === 'reply') return answer(outcome.reply);
  if (!found) return answer(notFound(apiPath));

  const { route, params } = found;
  let user: SimUser | undefined;
  if (route.auth) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const check = controller.checkToken(match?.[1]?.trim());
    if (!check.ok) return answer(unauthorized(check.reason));
    if (controller.faults.rejectTokens) return answer(unauthorized('invalid'));
    user = controller.userNamed(check.subject.username);
  }
  let reply: Reply;
  try {
    reply = await route.handle({ controller, params, query: url.searchParams, user: user as SimUser, body });
  } catch (error) {
    if (error instanceof CmlApiError) reply = cmlError(error.status, error.description);
    else if (error instanceof BodyError) reply = cmlError(413, error.message);
    else throw error;
  }
  const mode = controller.faults.malformed?.[route.path];
  if (mode && reply.status >= 200 && reply.status < 300) reply = malform(reply, mode);
  return answer(reply);
}
