import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { type ControllerRegistry, DuplicateControllerError } from '../controller/controller-registry.js';
import { CmlApiError, type VirtualController } from '../controller/virtual-controller.js';
import { activitySeedSchema, controllerPatchSchema, controllerSeedSchema, describeIssues, faultSettingsSchema, labSeedSchema } from '../seed/controller-seed.js';
import { matchPath, readBody, type Reply } from './http-kit.js';

const activityBodySchema = activitySeedSchema.extend({ labId: z.string().optional() });

class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
  }
}

async function parseBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const text = await readBody(req);
  let raw: unknown = {};
  if (text.trim()) {
    try {
      raw = JSON.parse(text);
    } catch {
      throw new AdminError(400, 'The body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AdminError(400, 'The body is invalid', describeIssues(parsed.error));
  return parsed.data;
}

/**
 * The simulator's own API under `/_sim`: create, list, change and remove controllers at runtime, set
 * their faults, write human activity and read the requests they answered.
 */
export async function handleAdminRequest(registry: ControllerRegistry, baseUrlOf: (id: string) => string, path: string, req: IncomingMessage): Promise<Reply> {
  const method = req.method ?? 'GET';
  const describe = (c: VirtualController): Record<string, unknown> => ({ ...c.summary(), baseUrl: baseUrlOf(c.id) });
  const controllerOf = (params: Record<string, string>): VirtualController => {
    const controller = registry.get(params.id ?? '');
    if (!controller) throw new AdminError(404, `No simulated controller '${params.id}'`);
    return controller;
  };
  const routes: [string, string, (params: Record<string, string>) => Promise<Reply> | Reply][] = [
    ['GET', '/_sim/health', () => ({ status: 200, json: { ok: true, controllers: registry.list().length } })],
    ['GET', '/_sim/controllers', () => ({ status: 200, json: registry.list().map(describe) })],
    [
      'POST', '/_sim/controllers',
      async () => {
        const seed = await parseBody(req, controllerSeedSchema);
        try {
          return { status: 201, json: describe(registry.add(seed)) };
        } catch (error) {
          if (error instanceof DuplicateControllerError) throw new AdminError(409, error.message);
          throw error;
        }
      },
    ],
    ['GET', '/_sim/controllers/{id}', (p) => ({ status: 200, json: describe(controllerOf(p)) })],
    [
      'PATCH', '/_sim/controllers/{id}',
      async (p) => {
        const controller = controllerOf(p);
        controller.patch(await parseBody(req, controllerPatchSchema));
        return { status: 200, json: describe(controller) };
      },
    ],
    [
      'DELETE', '/_sim/controllers/{id}',
      (p) => {
        registry.remove(controllerOf(p).id);
        return { status: 204 };
      },
    ],
    ['GET', '/_sim/controllers/{id}/faults', (p) => ({ status: 200, json: controllerOf(p).faults })],
    [
      'PUT', '/_sim/controllers/{id}/faults',
      async (p) => {
        const controller = controllerOf(p);
        controller.setFaults(await parseBody(req, faultSettingsSchema));
        return { status: 200, json: controller.faults };
      },
    ],
    [
      'DELETE', '/_sim/controllers/{id}/faults',
      (p) => {
        controllerOf(p).setFaults({});
        return { status: 204 };
      },
    ],
    [
      'POST', '/_sim/controllers/{id}/activity',
      async (p) => {
        const controller = controllerOf(p);
        const event = controller.addActivity(await parseBody(req, activityBodySchema));
        return { status: 201, json: { category: event.category, timestamp: new Date(event.at).toISOString(), data: event.data } };
      },
    ],
    [
      'POST', '/_sim/controllers/{id}/labs',
      async (p) => {
        const controller = controllerOf(p);
        const lab = controller.addLab(await parseBody(req, labSeedSchema));
        return { status: 201, json: controller.labResponse(lab.id) };
      },
    ],
    ['GET', '/_sim/controllers/{id}/requests', (p) => ({ status: 200, json: controllerOf(p).requests() })],
    [
      'DELETE', '/_sim/controllers/{id}/requests',
      (p) => {
        controllerOf(p).resetRequests();
        return { status: 204 };
      },
    ],
  ];
  try {
    for (const [routeMethod, template, handler] of routes) {
      if (routeMethod !== method) continue;
      const params = matchPath(template, path);
      if (params) return await handler(params);
    }
    return { status: 404, json: { error: `No admin route ${method} ${path}` } };
  } catch (error) {
    if (error instanceof AdminError) return { status: error.status, json: { error: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    if (error instanceof CmlApiError) return { status: error.status, json: { error: error.description } };
    throw error;
  }
}
