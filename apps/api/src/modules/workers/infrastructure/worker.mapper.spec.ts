import { toView, workerMapper } from './worker.mapper.js';

describe('the worker mapper', () => {
  // Some write paths store an absent optional field as null; the API must still say "absent".
  const stored = { _id: 'w-1', version: 4, name: 'lab-east-1', region: 'us-east-1', status: 'running', managed: true, owner: null, endpointOverride: null, tags: {}, bootToReadySeconds: [] };

  it('reads a stored null as an absent field in the view', () => {
    const view = toView(stored as unknown as Parameters<typeof toView>[0]);
    expect(view).toMatchObject({ id: 'w-1', version: 4, name: 'lab-east-1' });
    expect('owner' in view).toBe(false);
    expect('endpointOverride' in view).toBe(false);
  });

  it('reads a stored null as an absent field in the aggregate', () => {
    const { _id, version, ...doc } = stored;
    const worker = workerMapper.fromDocument(_id, version, doc as unknown as Parameters<typeof workerMapper.fromDocument>[2]);
    expect('owner' in worker.snapshot()).toBe(false);
  });
});
