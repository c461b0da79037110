import { licenseFinished, licenseRequested, registrationSettlement } from './license.rule.js';

describe('registrationSettlement', () => {
  it.each([
    ['COMPLETED', 'succeeded'],
    ['REGISTERED', 'succeeded'],
    ['FAILED', 'failed'],
    ['EXPIRED', 'failed'],
    ['RETRY_FAILED', 'failed'],
    ['NOT_REGISTERED', 'failed'],
    ['IN_PROGRESS', 'pending'],
    ['toString', 'pending'],
    ['', 'pending'],
    [undefined, 'pending'],
  ])('%s: %s', (status, settlement) => {
    expect(registrationSettlement(status)).toBe(settlement);
  });
});

describe('license events', () => {
  it.each([
    ['registration', true, { type: 'worker.license-registration-requested', data: { operationId: 'op1', reregister: true } }],
    ['registration', false, { type: 'worker.license-registration-requested', data: { operationId: 'op1', reregister: false } }],
    ['deregistration', false, { type: 'worker.license-deregistration-requested', data: { operationId: 'op1' } }],
  ] as const)('a %s request (reregister %s) is %j, never with the token', (kind, reregister, event) => {
    expect(licenseRequested(kind, 'op1', reregister)).toEqual(event);
  });

  it.each([
    ['registration', { operationId: 'op1', succeeded: true, registrationStatus: 'COMPLETED' }, { type: 'worker.license-registration-finished', data: { operationId: 'op1', succeeded: true, registrationStatus: 'COMPLETED', error: undefined } }],
    ['registration', { operationId: 'op1', succeeded: false, error: 'Registration ended FAILED.' }, { type: 'worker.license-registration-finished', data: { operationId: 'op1', succeeded: false, registrationStatus: undefined, error: 'Registration ended FAILED.' } }],
    ['deregistration', { operationId: 'op1', succeeded: true, result: 'deregistered' }, { type: 'worker.license-deregistration-finished', data: { operationId: 'op1', succeeded: true, outcome: 'deregistered', error: undefined } }],
  ] as const)('a finished %s is %j', (kind, outcome, event) => {
    expect(licenseFinished(kind, outcome)).toEqual(event);
  });
});
