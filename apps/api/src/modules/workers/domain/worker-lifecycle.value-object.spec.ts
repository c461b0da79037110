import { newLifecycle, withRequest } from './worker-lifecycle.value-object.js';

const ada = { kind: 'user' as const, id: 'u1', name: 'ada' };
const AT = '2026-11-25T10:30:00.000Z';

describe('worker lifecycle', () => {
  it.each([
    [false, { createdAt: AT, createdBy: ada, updatedAt: AT }],
    [true, { createdAt: AT, createdBy: ada, importedAt: AT, importedBy: ada, updatedAt: AT }],
  ])('a new worker (imported: %s) is created, and imported, by the same person at the same time', (imported, lifecycle) => {
    expect(newLifecycle(AT, ada, imported)).toEqual(lifecycle);
  });

  it.each([
    ['start', { startRequestedAt: AT, startRequestedBy: ada }],
    ['stop', { stopRequestedAt: AT, stopRequestedBy: ada }],
    ['terminate', { terminateRequestedAt: AT, terminateRequestedBy: ada }],
  ] as const)('records who asked to %s, and when, keeping the rest', (action, stamp) => {
    const before = { ...newLifecycle('2026-11-25T09:00:00.000Z', ada, false), stopRequestedAt: 'earlier' };
    expect(withRequest(before, action, AT, ada)).toEqual({ ...before, ...stamp });
  });
});
