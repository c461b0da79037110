import { DomainError, type ErrorKind } from '#kernel';
import { type CallContext, toLabError } from './cml-lab-errors.js';

const worker = { id: 'w1', name: 'lab-east-1' };
const cml = (code: string, kind: ErrorKind, details: Record<string, unknown> = {}) =>
  new DomainError(code, kind, `CML controller https://10.0.0.5 said ${code}`, { controller: 'https://10.0.0.5', operation: 'x', ...details });

describe('toLabError', () => {
  it.each([
    ['CML.UNREACHABLE', 'unavailable'],
    ['CML.TIMEOUT', 'unavailable'],
    ['CML.CIRCUIT_OPEN', 'unavailable'],
    ['CML.BOOTING', 'unavailable'],
    ['CML.NO_ENDPOINT', 'conflict'],
    ['CML.NO_CREDENTIALS', 'unavailable'],
  ] as [string, ErrorKind][])('turns %s into 409 LAB.CONTROLLER_UNAVAILABLE naming the worker and the reason', (code, kind) => {
    const err = toLabError(cml(code, kind), { worker, operation: 'start', labId: 'lab-1' }) as DomainError;
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'LAB.CONTROLLER_UNAVAILABLE', kind: 'conflict', details: { workerId: 'w1', reason: code } });
    expect(err.message).toContain('worker lab-east-1 is unavailable, so Cloud Manager could not start lab lab-1');
    expect(err.message).toContain(`said ${code}`);
  });

  it('keeps how long an open circuit stays open, so clients know when to retry', () => {
    const err = toLabError(cml('CML.CIRCUIT_OPEN', 'unavailable', { retryInMs: 12_000 }), { worker, operation: 'labs' }) as DomainError;
    expect(err.details).toMatchObject({ retryInMs: 12_000 });
  });

  it('turns a 404 about a lab into 404 LAB.NOT_FOUND', () => {
    const err = toLabError(cml('CML.NOT_FOUND', 'not-found', { description: 'Lab not found: lab-9' }), { worker, operation: 'download', labId: 'lab-9' }) as DomainError;
    expect(err).toMatchObject({ code: 'LAB.NOT_FOUND', kind: 'not-found', message: 'Worker lab-east-1 has no lab lab-9.', details: { labId: 'lab-9', workerId: 'w1' } });
  });

  it("turns CML's refusal of an action into 409 LAB.REFUSED_BY_CML with CML's description", () => {
    const refusal = cml('CML.REFUSED', 'unprocessable', { status: 400, description: 'Lab lab-1 is running; it must be stopped before it can be wiped.' });
    const err = toLabError(refusal, { worker, operation: 'wipe', labId: 'lab-1' }) as DomainError;
    expect(err).toMatchObject({ code: 'LAB.REFUSED_BY_CML', kind: 'conflict', details: { workerId: 'w1', labId: 'lab-1' } });
    expect(err.message).toBe('CML on worker lab-east-1 refused to wipe lab lab-1: Lab lab-1 is running; it must be stopped before it can be wiped.');
  });

  it('turns a refused import into 422 LAB.TOPOLOGY_REFUSED: it is about the file', () => {
    const err = toLabError(cml('CML.REFUSED', 'unprocessable', { description: 'Topology is invalid: nodes.0.x: Required' }), { worker, operation: 'import' }) as DomainError;
    expect(err).toMatchObject({ code: 'LAB.TOPOLOGY_REFUSED', kind: 'unprocessable' });
    expect(err.message).toContain('refused the topology: Topology is invalid: nodes.0.x: Required');
  });

  it.each([
    ['CML.AUTH_FAILED', 'upstream', { worker, operation: 'labs' }],
    ['CML.INVALID_RESPONSE', 'upstream', { worker, operation: 'labs' }],
    ['CML.ERROR', 'upstream', { worker, operation: 'start', labId: 'lab-1' }],
    ['CML.TLS_UNTRUSTED', 'upstream', { worker, operation: 'labs' }],
    ['CML.NOT_FOUND', 'not-found', { worker, operation: 'nodeDefinitions' }],
  ] as [string, ErrorKind, CallContext][])('leaves %s as it is (no lab to blame)', (code, kind, ctx) => {
    const original = cml(code, kind);
    expect(toLabError(original, ctx)).toBe(original);
  });

  it('leaves errors that are not domain errors alone', () => {
    const bug = new TypeError('x is undefined');
    expect(toLabError(bug, { worker, operation: 'labs' })).toBe(bug);
  });
});
