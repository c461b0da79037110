import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import { fullWorkerView } from './response-samples.test.js';
import { WorkersController } from './workers.controller.js';

// Once the worker's state went out as it is stored (less three fields), with whatever the
// domain keeps for itself; now the answer is the presenter's allow-list.
describe('GET /api/workers/{id}', () => {
  it('answers the worker without what the API does not declare: lab states, computes, idle decision internals', async () => {
    const queries = { execute: async () => structuredClone(fullWorkerView) } as unknown as QueryBus;
    const controller = new WorkersController({} as CommandBus, queries);
    const body = JSON.parse(JSON.stringify(await controller.get(fullWorkerView.id)));
    expect(body.cml).not.toHaveProperty('labStates');
    expect(body.cml).not.toHaveProperty('computes');
    expect(Object.keys(body.idle.lastDecision).sort()).toEqual(['at', 'outcome', 'reason']);
    expect(body).toMatchObject({ id: fullWorkerView.id, name: 'lab-east-1', cml: { version: '2.9.0', freshness: { current: false } } });
  });
});
