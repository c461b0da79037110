import { type EventEnvelope, systemActor } from '#kernel';
import { sanitise, toStreamEvent } from './stream-event.js';

describe('sanitise', () => {
  it.each(['token', 'licenseToken', 'accessToken', 'password', 'PASSWORD', 'clientSecret', 'credentials', 'authorization', 'cookie', 'apiKey', 'api_key', 'privateKey'])(
    'drops a key named %s',
    (key) => {
      expect(sanitise({ [key]: 'x', kept: 1 })).toEqual({ kept: 1 });
    },
  );

  it('drops secrets at any depth, inside arrays too, and leaves the rest as it was', () => {
    const input = { a: { b: [{ password: 'p', ok: true }, 'plain'], refreshToken: 'r' }, registrationStatus: 'ok', n: 0, nothing: null };
    expect(sanitise(input)).toEqual({ a: { b: [{ ok: true }, 'plain'] }, registrationStatus: 'ok', n: 0, nothing: null });
    expect(input.a.refreshToken).toBe('r');
  });
});

describe('toStreamEvent', () => {
  const base: EventEnvelope = {
    id: '0193a000-0000-7000-8000-0000000000aa',
    type: 'worker.renamed',
    aggregateType: 'worker',
    aggregateId: '0193a000-0000-7000-8000-000000000001',
    aggregateVersion: 3,
    occurredAt: '2025-01-02T03:04:05.000Z',
    actor: systemActor('test'),
    data: { from: 'a', to: 'b' },
  };

  it('names the worker, the time and the sanitised data; no actor, no version', () => {
    expect(toStreamEvent({ ...base, data: { from: 'a', to: 'b', token: 'nope' } as never })).toEqual({
      id: base.id,
      type: 'worker.renamed',
      workerId: base.aggregateId,
      at: '2025-01-02T03:04:05.000Z',
      data: { from: 'a', to: 'b' },
    });
  });

  it('takes the worker from data.workerId for events of other aggregates, and null when there is none', () => {
    expect(toStreamEvent({ ...base, aggregateType: 'lab', aggregateId: 'lab-1', data: { workerId: 'w-9' } as never }).workerId).toBe('w-9');
    expect(toStreamEvent({ ...base, type: 'system.started', aggregateType: 'system', aggregateId: 'i-1', data: { instanceId: 'i-1', version: '1' } }).workerId).toBeNull();
  });
});
