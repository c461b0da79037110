import { applyCmlObservation, type CmlFacts, cmlInfoChanges, type CmlObservation, serviceStatusObserved } from './cml-observation.value-object.js';

const AT = '2026-11-25T10:30:00.000Z';

describe('cmlInfoChanges', () => {
  const known: CmlFacts = { version: '2.9.0', ready: true, healthy: true, licensed: true, licenseStatus: 'COMPLETED' };
  it.each<[string, CmlObservation, Record<string, { from: unknown; to: unknown }>]>([
    ['the same facts', { serviceStatus: 'available', version: '2.9.0', ready: true, healthy: true, licensed: true, licenseStatus: 'COMPLETED' }, {}],
    ['facts not read (the collection cycle reads none)', { serviceStatus: 'available' }, {}],
    ['an upgrade', { serviceStatus: 'available', version: '2.9.1' }, { version: { from: '2.9.0', to: '2.9.1' } }],
    ['a controller that says it is unhealthy', { serviceStatus: 'available', healthy: false }, { healthy: { from: true, to: false } }],
    ['a lost license', { serviceStatus: 'available', licensed: false, licenseStatus: 'EXPIRED' }, { licensed: { from: true, to: false }, licenseStatus: { from: 'COMPLETED', to: 'EXPIRED' } }],
    ['a reboot', { serviceStatus: 'starting', ready: false }, { ready: { from: true, to: false } }],
  ])('%s', (_case, observation, changes) => {
    expect(cmlInfoChanges(known, observation)).toEqual(changes);
  });
});

describe('applyCmlObservation', () => {
  it.each<[string, CmlObservation, Partial<CmlFacts>]>([
    ['an answer', { serviceStatus: 'available', version: '2.9.1' }, { version: '2.9.1', error: undefined, lastSyncedAt: AT, lastReadAt: AT }],
    ['no answer', { serviceStatus: 'unavailable', reason: 'CML controller timed out' }, { version: '2.9.0', error: 'CML controller timed out', lastSyncedAt: AT, lastReadAt: 'before' }],
    ['a booting controller', { serviceStatus: 'starting', reason: 'booting' }, { error: 'booting', lastSyncedAt: AT, lastReadAt: 'before' }],
    ['a licence expiry read is kept, silently', { serviceStatus: 'available', licenseExpiresAt: '2026-12-12T09:00:00.000Z' }, { licenseExpiresAt: '2026-12-12T09:00:00.000Z' }],
    ['licensing read without an expiry forgets it', { serviceStatus: 'available', licenseExpiresAt: null }, { licenseExpiresAt: undefined }],
    ['computes read', { serviceStatus: 'available', computes: [{ id: 'c1', hostname: 'h', isController: true }] }, { computes: [{ id: 'c1', hostname: 'h', isController: true }], lastReadAt: AT }],
  ])('%s', (_case, observation, facts) => {
    const known: CmlFacts = { version: '2.9.0', error: 'old', lastReadAt: 'before', labStates: { l1: 'STARTED' } };
    const applied = applyCmlObservation(known, observation, AT);
    expect(applied.facts).toMatchObject({ ...facts, labStates: { l1: 'STARTED' } });
    expect(applied.changes).not.toHaveProperty('licenseExpiresAt');
    expect(known).toEqual({ version: '2.9.0', error: 'old', lastReadAt: 'before', labStates: { l1: 'STARTED' } });
  });
});

describe('serviceStatusObserved', () => {
  const NOW = new Date('2026-03-02T10:05:00.000Z');
  const booting = { serviceStatus: 'unavailable' as const, bootStartedAt: '2026-03-02T10:00:00.000Z', bootToReadySeconds: [400] };
  it.each([
    ['available after a boot: a boot-to-ready sample, the boot ends', booting, 'available', { serviceStatus: 'available', bootToReadySeconds: [400, 300], bootStartedAt: undefined }],
    ['available with no boot under way: no sample', { ...booting, bootStartedAt: undefined }, 'available', { serviceStatus: 'available' }],
    ['in error during a boot: the boot goes on', booting, 'error', { serviceStatus: 'error' }],
  ] as const)('%s', (_, state, to, set) => {
    expect(serviceStatusObserved(state, { serviceStatus: to }, NOW)).toEqual({ set, event: { type: 'worker.service-status-changed', data: { from: 'unavailable', to, reason: `CML controller is ${to}` } } });
  });

  it('is no change when the status is the same, and keeps the reason the observation gives', () => {
    expect(serviceStatusObserved(booting, { serviceStatus: 'unavailable' }, NOW)).toBeUndefined();
    expect(serviceStatusObserved(booting, { serviceStatus: 'error', reason: 'licence expired' }, NOW)?.event?.data).toMatchObject({ reason: 'licence expired' });
  });
});
