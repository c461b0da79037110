import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Identity } from '../../../auth/auth.public.js';
import { fullWorkerView, sampleCaller } from './response-samples.test.js';
import { ACTION_ROLES, OWNER_MAY, WORKER_ACTIONS, type WorkerActionName } from '../../domain/worker-actions.rule.js';
import { WorkerInsightsController } from './worker-insights.controller.js';
import { WorkersController } from './workers.controller.js';
import type { ListWorkersQueryDto } from './worker-request.dto.js';
import type { Clock } from '#kernel';
import type { CostFacade, CostSubject, WorkerCost } from '../../../cost/cost.public.js';

const clock = { now: () => new Date('2026-12-03T12:00:00Z') } as Clock;
/** Every worker costs $1 per hour now and $10 so far this month. */
const costs = {
  costsOf: async (subjects: readonly CostSubject[], month: string) =>
    new Map(subjects.map((s) => [s.id, { workerId: s.id, month, usdPerHourNow: 1, totalUsd: 10, savedUsd: 2, projectedUsd: 30 } as WorkerCost])),
} as unknown as CostFacade;

// Once the worker's state went out as it is stored (less three fields), with whatever the
// domain keeps for itself; now the answer is the presenter's allow-list.
describe('GET /api/workers/{id}', () => {
  it('answers the worker without what the API does not declare: lab states, computes, idle decision internals', async () => {
    const queries = { execute: async () => structuredClone(fullWorkerView) } as unknown as QueryBus;
    const controller = new WorkersController({} as CommandBus, queries, costs, clock);
    const body = JSON.parse(JSON.stringify(await controller.get(fullWorkerView.id, { ...sampleCaller, via: 'bearer' } as Identity)));
    expect(body.cml).not.toHaveProperty('labStates');
    expect(body.cml).not.toHaveProperty('computes');
    expect(Object.keys(body.idle.lastDecision).sort()).toEqual(['at', 'outcome', 'reason']);
    expect(body).toMatchObject({ id: fullWorkerView.id, name: 'lab-east-1', cml: { version: '2.9.0', freshness: { current: false } } });
  });
});

describe("a worker's actions", () => {
  // The route that takes each action, so `actions` never offers what its route would refuse (403).
  const routes: Record<WorkerActionName, (...args: never[]) => unknown> = {
    start: WorkersController.prototype.start,
    stop: WorkersController.prototype.stop,
    terminate: WorkersController.prototype.terminate,
    refresh: WorkersController.prototype.refresh,
    unregister: WorkersController.prototype.unregister,
    registerLicense: WorkersController.prototype.registerLicense,
    deregisterLicense: WorkersController.prototype.deregisterLicense,
    editTags: WorkersController.prototype.tags,
    snooze: WorkerInsightsController.prototype.snooze,
    override: WorkersController.prototype.setOverride,
    changeOwner: WorkersController.prototype.setOwner,
  };

  // What owners may do too is open to users at the route and checked against the worker's owner by the controller.
  it.each(WORKER_ACTIONS)('%s needs the role its route declares', (action) => {
    expect(Reflect.getMetadata('ccm:access', routes[action])).toBe(OWNER_MAY.has(action) ? 'user' : ACTION_ROLES[action]);
  });

  it('are answered for the caller: a user is told the role it lacks', async () => {
    const queries = { execute: async () => structuredClone(fullWorkerView) } as unknown as QueryBus;
    const controller = new WorkersController({} as CommandBus, queries, costs, clock);
    const asUser = JSON.parse(JSON.stringify(await controller.get(fullWorkerView.id, { username: 'v', roles: ['user'], via: 'bearer' } as unknown as Identity)));
    const asAdmin = JSON.parse(JSON.stringify(await controller.get(fullWorkerView.id, { username: 'a', roles: ['admin'], via: 'bearer' } as unknown as Identity)));
    expect(asUser.actions.stop).toEqual({ allowed: false, reason: 'This needs the manager role or a stronger one; you have user.', refusedBy: 'role' });
    expect(asAdmin.actions.stop).toEqual({ allowed: true });
  });
});

// Each listed worker once carried its nine actions with their reasons: most of a page's bytes and
// of the app's CPU per page beyond the database. The console's table shows none of them.
describe('GET /api/workers', () => {
  const page = { items: [fullWorkerView, { ...fullWorkerView, id: 'w2', name: 'lab-2', status: 'stopped' as const }], total: 2, page: 1, pageSize: 25, summary: { total: 2, byStatus: { running: 1, stopped: 1 }, billable: 1 } };
  const listAs = async (q: ListWorkersQueryDto, roles: string[] = ['admin']) => {
    const queries = { execute: async () => structuredClone(page) } as unknown as QueryBus;
    const controller = new WorkersController({} as CommandBus, queries, costs, clock);
    return JSON.parse(JSON.stringify(await controller.list(q, { username: 'a', roles, via: 'bearer' } as unknown as Identity)));
  };

  it('lists workers without their actions unless asked', async () => {
    const body = await listAs({});
    expect(body.items).toHaveLength(2);
    for (const item of body.items) expect(item).not.toHaveProperty('actions');
    expect(body.items[1]).toMatchObject({ id: 'w2', name: 'lab-2', status: 'stopped', cml: { version: '2.9.0' }, telemetry: {}, lifecycle: {} });
  });

  it('lists each worker with the actions the single GET answers when include=actions asks', async () => {
    const body = await listAs({ include: ['actions'] }, ['user']);
    const queries = { execute: async () => structuredClone(page.items[1]) } as unknown as QueryBus;
    const single = JSON.parse(JSON.stringify(await new WorkersController({} as CommandBus, queries, costs, clock).get('w2', { username: 'a', roles: ['user'], via: 'bearer' } as unknown as Identity)));
    expect(body.items[1].actions).toEqual(single.actions);
    expect(body.items[1].actions.stop).toEqual({ allowed: false, reason: 'This needs the manager role or a stronger one; you have user.', refusedBy: 'role' });
    expect({ ...body.items[1], actions: undefined }).toEqual({ ...single, actions: undefined, cost: undefined });
  });

  it('lists each worker with what it costs this month only when include=cost asks; the single GET always has it', async () => {
    expect((await listAs({})).items[0]).not.toHaveProperty('cost');
    const body = await listAs({ include: ['cost'] }, ['user']);
    expect(body.items[1].cost).toEqual({ month: '2026-12', usdPerHourNow: 1, monthToDateUsd: 10, savedUsd: 2, projectedUsd: 30 });
    const queries = { execute: async () => structuredClone(page.items[1]) } as unknown as QueryBus;
    const single = JSON.parse(JSON.stringify(await new WorkersController({} as CommandBus, queries, costs, clock).get('w2', { username: 'a', roles: ['user'], via: 'bearer' } as unknown as Identity)));
    expect(single.cost).toEqual(body.items[1].cost);
  });
});
