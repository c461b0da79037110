import { CML_ERROR, type CmlSystemHealth, type CmlSystemInformation, type CmlSystemStats } from '#cml-client';
import { DomainError } from '#kernel';
import { NOT_CONTACTED } from '../../../../platform/cml/controller-reachability.js';
import { clampPercent, cycleObservation, failedObservation, licenseExpiry, percent, syncObservation, telemetryOf } from './cml-observation.mapper.js';

const info = (ready = true) => ({ version: '2.9.0', ready }) as CmlSystemInformation;
const stats = {
  all: { cpu: { percent: 12.34 }, memory: { used: 25, total: 100 }, disk: { used: 1, total: 4 } },
  computes: {
    c1: { hostname: 'ctrl', is_controller: true, stats: { cpu: { percent: 20 }, memory: { used: 1, total: 2 }, disk: { used: 1, total: 10 }, dominfo: { running_nodes: 4, total_nodes: 6 } } },
    c2: { hostname: 'cmp', is_controller: false, stats: { cpu: { percent: 5 }, memory: { used: 0, total: 0 }, disk: { used: 0, total: 10 }, dominfo: { running_nodes: null, total_nodes: 2 } } },
  },
} as unknown as CmlSystemStats;
const health = (valid: boolean | null, controllerValid = true) =>
  ({ valid, is_licensed: true, is_enterprise: false, computes: { c1: { valid: true, admission_state: 'READY' } }, controller: { valid: controllerValid } }) as unknown as CmlSystemHealth;

describe('failedObservation', () => {
  it.each([
    [CML_ERROR.UNREACHABLE, 'unavailable'],
    [CML_ERROR.TIMEOUT, 'unavailable'],
    [CML_ERROR.CIRCUIT_OPEN, 'unavailable'],
    [NOT_CONTACTED.NO_ENDPOINT, 'unavailable'],
    [NOT_CONTACTED.ENDPOINT_INSECURE, 'unavailable'],
    [NOT_CONTACTED.ENDPOINT_NOT_ALLOWED, 'unavailable'],
    [NOT_CONTACTED.NO_CREDENTIALS, 'unavailable'],
    [CML_ERROR.BOOTING, 'starting'],
    [CML_ERROR.AUTH_FAILED, 'error'],
    [CML_ERROR.ERROR, 'error'],
    [CML_ERROR.INVALID_RESPONSE, 'error'],
    [CML_ERROR.TLS_UNTRUSTED, 'error'],
    [CML_ERROR.REFUSED, 'error'],
  ])('a read that failed with %s: %s, with the failure as the reason', (code, serviceStatus) => {
    expect(failedObservation(new DomainError(code, 'upstream', `failed: ${code}`))).toEqual({ serviceStatus, reason: `failed: ${code}` });
  });

  it.each([new DomainError('WORKER.NOT_FOUND', 'not-found', 'not ours'), new TypeError('a bug')])('throws %p again: it is not the controller’s doing', (error) => {
    expect(() => failedObservation(error)).toThrow(error);
  });
});

describe('what a controller that answered is', () => {
  it.each([
    ['healthy', health(true), true],
    ['unhealthy (system_health.valid false)', health(false), false],
    ['unhealthy (controller.valid false)', health(true, false), false],
    ['of unknown health overall (valid null), its controller valid', health(null), true],
  ])('%s: available to both read paths, with healthy as a fact', (_case, h, healthy) => {
    const sync = syncObservation(info(), h, stats);
    expect(sync).toMatchObject({ serviceStatus: 'available', healthy, ready: true, version: '2.9.0', licensed: true });
    expect(sync.reason).toBeUndefined();
    // The collection cycle reads the stats only: it must not say something else about the same controller.
    expect(cycleObservation(stats).serviceStatus).toBe(sync.serviceStatus);
  });

  it('is starting while it says ready: false, reading nothing else', () => {
    expect(syncObservation(info(false), health(true), stats)).toEqual({ serviceStatus: 'starting', reason: 'The controller is booting (ready: false)', version: '2.9.0', ready: false });
  });

  it('carries the license status when licensing answered, and none when it did not', () => {
    expect(syncObservation(info(), health(true), stats, { registration: { status: 'COMPLETED' } }).licenseStatus).toBe('COMPLETED');
    expect(syncObservation(info(), health(true), stats).licenseStatus).toBeUndefined();
  });

  it.each<[string, Parameters<typeof licenseExpiry>[0], string | null]>([
    ['a registered controller: its authorization expires first', { registration: { status: 'COMPLETED', expires: '2027-12-01T10:00:00Z' }, authorization: { status: 'AUTHORIZED', expires: '2027-03-01T10:00:00Z' } }, '2027-03-01T10:00:00.000Z'],
    ['a registration that expires before its authorization', { registration: { status: 'COMPLETED', expires: '2027-01-01T00:00:00Z' }, authorization: { status: 'AUTHORIZED', expires: '2027-03-01T10:00:00Z' } }, '2027-01-01T00:00:00.000Z'],
    ['an evaluation: the end of its period (no registration expiry)', { registration: { status: 'NOT_REGISTERED', expires: null }, authorization: { status: 'EVAL', expires: '2026-12-12T09:00:00Z' } }, '2026-12-12T09:00:00.000Z'],
    ['no dates at all', { registration: { status: 'NOT_REGISTERED' } }, null],
    ['a date that is not one is not read', { authorization: { status: 'EVAL', expires: 'soon' } }, null],
  ])('licence expiry: %s', (_case, licensing, expected) => {
    expect(licenseExpiry(licensing)).toBe(expected);
  });

  it('carries the licence expiry only when licensing answered', () => {
    expect(syncObservation(info(), health(true), stats, { authorization: { status: 'EVAL', expires: '2026-12-12T09:00:00Z' } }).licenseExpiresAt).toBe('2026-12-12T09:00:00.000Z');
    expect(syncObservation(info(), health(true), stats, { registration: { status: 'NOT_REGISTERED' } }).licenseExpiresAt).toBeNull();
    expect('licenseExpiresAt' in syncObservation(info(), health(true), stats)).toBe(false);
  });

  it('carries the licence details the controller reports: statuses, expiries, account, product and features', () => {
    const licensing = {
      registration: { status: 'COMPLETED', expires: '2027-12-01T10:00:00Z', smart_account: 'Engineering', virtual_account: null },
      authorization: { status: 'IN_COMPLIANCE', expires: 'soon' },
      product_license: { active: 'CML_Enterprise', is_enterprise: true },
      features: [{ id: 'regid.x,1.0_y', name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', in_use: 12, max: 300 }],
    };
    expect(syncObservation(info(), health(true), stats, licensing).license).toEqual({
      registrationStatus: 'COMPLETED',
      registrationExpiresAt: '2027-12-01T10:00:00.000Z',
      authorizationStatus: 'IN_COMPLIANCE',
      authorizationExpiresAt: undefined,
      smartAccount: 'Engineering',
      virtualAccount: undefined,
      product: 'CML_Enterprise',
      features: [{ id: 'regid.x,1.0_y', name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', inUse: 12, max: 300 }],
    });
    expect('license' in syncObservation(info(), health(true), stats)).toBe(false);
  });

  it('gives both paths the same telemetry; the cycle adds the lab count when the tiles came', () => {
    const figures = { cpuPercent: 12.3, memoryPercent: 25, diskPercent: 25, runningNodes: 4, totalNodes: 8 };
    expect(syncObservation(info(), health(true), stats).telemetry).toEqual(figures);
    expect(cycleObservation(stats).telemetry).toEqual(figures);
    expect(cycleObservation(stats, [{ id: 'l1', lab_title: 'a', state: 'STARTED' }]).telemetry).toEqual({ ...figures, labs: 1 });
  });

  it('lists each compute with its figures and validity', () => {
    expect(syncObservation(info(), health(true), stats).computes).toEqual([
      { id: 'c1', hostname: 'ctrl', isController: true, cpuPercent: 20, memoryPercent: 50, diskPercent: 10, runningNodes: 4, totalNodes: 6, valid: true, admissionState: 'READY' },
      { id: 'c2', hostname: 'cmp', isController: false, cpuPercent: 5, memoryPercent: undefined, diskPercent: 0, runningNodes: undefined, totalNodes: 2, valid: undefined, admissionState: undefined },
    ]);
  });
});

describe('figures', () => {
  it.each([
    [25, 100, 25],
    [1, 3, 33.3],
    [0, 10, 0],
    [5, 0, undefined],
    [undefined, 10, undefined],
    [5, undefined, undefined],
  ])('percent(%p, %p) is %p', (used, total, expected) => {
    expect(percent(used, total)).toBe(expected);
  });

  it.each([
    [12.34, 12.3],
    [-1, 0],
    [100.04, 100],
    [250, 100],
    [Number.NaN, undefined],
    [undefined, undefined],
  ])('clampPercent(%p) is %p', (value, expected) => {
    expect(clampPercent(value)).toBe(expected);
  });

  it('sums node counts over the computes, a missing count as none', () => {
    expect(telemetryOf({ computes: {} } as unknown as CmlSystemStats)).toEqual({ cpuPercent: undefined, memoryPercent: undefined, diskPercent: undefined, runningNodes: 0, totalNodes: 0 });
  });
});
