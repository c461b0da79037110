import { documentMisfits, type EveryField } from '#persistence';
import type { Operation } from '../application/operation.js';
import { operationSchema } from './operation.schema.js';

const at = '2026-11-25T10:00:00.000Z';

/** Every field an operation can have: a field added to `Operation` fails to compile here until the schema declares it. */
const { id, ...everyField }: EveryField<Operation> = {
  id: '0193a000-0000-7000-8000-0000000000aa',
  kind: 'worker.license-registration',
  subject: { type: 'worker', id: '0193a000-0000-7000-8000-0000000000bb' },
  status: 'failed',
  progress: 'Registering',
  startedAt: at,
  finishedAt: at,
  error: 'The controller refused the token.',
  result: { licensed: true, 'product.license': 'ENTERPRISE' },
  requestedBy: { kind: 'service', id: 'svc-1', name: 'cml-automation' },
  steps: [{ name: 'stop-labs', title: 'Stop the running labs', status: 'succeeded', detail: 'Stopped 1 lab', startedAt: at, finishedAt: at }],
  options: { force: true },
  resumable: true,
  heartbeatAt: at,
};

describe('the operations collection schema', () => {
  it('stores an operation with every field set as it is', () => {
    expect(documentMisfits(operationSchema, { _id: id, ...everyField })).toEqual([]);
  });

  it('indexes the running operations by age and the operations of a subject', () => {
    expect(operationSchema.indexes()).toEqual([
      [{ status: 1, startedAt: 1 }, {}],
      [{ 'subject.id': 1, startedAt: -1 }, {}],
      [{ status: 1, resumable: 1, heartbeatAt: 1 }, {}],
    ]);
  });
});
