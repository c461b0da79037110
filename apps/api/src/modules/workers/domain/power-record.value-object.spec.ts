import { afterAttempt, BOOT_SAMPLES_KEPT, desiredChanged, idleProtection, type StoredDesiredPower, storedDesired, withBootSample } from './power-record.value-object.js';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const desired = (more: Partial<StoredDesiredPower> = {}): StoredDesiredPower => ({
  state: 'running',
  rule: { kind: 'reservation', id: 'r-1', name: 'CCNA class' },
  reason: 'Reserved for CCNA class until 17:00 UTC.',
  until: '2026-11-25T17:00:00.000Z',
  next: [],
  decidedAt: NOW.toISOString(),
  ...more,
});

describe("the reconciler's records on a worker", () => {
  it('stores a decision with ISO times, Dates or strings alike, and when it was decided', () => {
    const at = new Date('2026-11-25T17:00:00.000Z');
    const stored = storedDesired({ state: 'running', rule: { kind: 'schedule', id: 's-1', name: 'CCNA' }, reason: 'r', until: at, next: [{ at, state: 'stopped', rule: { kind: 'schedule', id: 's-1' }, reason: 'closed' }] }, undefined, NOW);
    expect(stored).toEqual({ state: 'running', rule: { kind: 'schedule', id: 's-1', name: 'CCNA' }, reason: 'r', until: at.toISOString(), next: [{ at: at.toISOString(), state: 'stopped', rule: { kind: 'schedule', id: 's-1' }, reason: 'closed' }], decidedAt: NOW.toISOString() });
  });

  // [before, after, changed]
  it.each<[string, StoredDesiredPower | undefined, StoredDesiredPower, boolean]>([
    ['the first decision', undefined, desired(), true],
    ['the same decision, other words and times', desired(), desired({ reason: 'other words', until: '2026-11-25T18:00:00.000Z' }), false],
    ['another state', desired(), desired({ state: 'stopped' }), true],
    ['another rule kind', desired(), desired({ rule: { kind: 'override' } }), true],
    ['another reservation', desired(), desired({ rule: { kind: 'reservation', id: 'r-2', name: 'CCNA class' } }), true],
  ])('%s: changed %s', (_what, before, after, changed) => {
    expect(desiredChanged(before, after)).toBe(changed);
  });

  it('keeps the held reason while the decision stays, and forgets it when it changes', () => {
    const before = desired({ heldReason: 'The worker is stopping.' });
    expect(storedDesired({ ...before }, before, NOW).heldReason).toBe('The worker is stopping.');
    expect(storedDesired({ ...before, state: 'stopped' }, before, NOW).heldReason).toBeUndefined();
  });

  it('counts failed attempts in a row and resets them on a success', () => {
    const once = afterAttempt(undefined, { ok: false, error: 'EC2 refused' }, NOW);
    const twice = afterAttempt(once, { ok: false, error: 'EC2 refused again' }, NOW);
    expect(twice).toEqual({ failures: 2, lastAttemptAt: NOW.toISOString(), lastError: 'EC2 refused again' });
    expect(afterAttempt(twice, { ok: true }, NOW)).toEqual({ failures: 0, lastAttemptAt: NOW.toISOString() });
  });

  it('keeps the last boot-to-ready times in whole seconds, newest last', () => {
    const full = Array.from({ length: BOOT_SAMPLES_KEPT }, (_, i) => 300 + i);
    expect(withBootSample(full, '2026-11-25T09:55:00.000Z', new Date('2026-11-25T10:00:00.400Z'))).toEqual([...full.slice(1), 300]);
    // A clock that went backwards makes no sample.
    expect(withBootSample([1], '2026-11-25T10:05:00.000Z', NOW)).toEqual([1]);
  });
});

describe('what keeps idle detection from stopping a worker', () => {
  const override = (kind: 'keep-running' | 'keep-stopped', until: string) => ({ kind, until, by: 'alice', setAt: NOW.toISOString() });
  // [what, desired, override, the reason, or undefined when nothing protects it]
  it.each<[string, StoredDesiredPower | undefined, ReturnType<typeof override> | undefined, string | undefined]>([
    ['inside a reservation', desired(), undefined, 'Inside reservation CCNA class until 17:00 UTC; no idle stop.'],
    ['inside a keep-running override the reconciler decided', desired({ rule: { kind: 'override' }, until: '2026-11-25T22:00:00.000Z' }), undefined, 'Inside a keep-running override until 22:00 UTC; no idle stop.'],
    ["the worker's own keep-running override, before the reconciler saw it", undefined, override('keep-running', '2026-11-25T22:00:00.000Z'), 'Inside a keep-running override until 22:00 UTC; no idle stop.'],
    ['a reservation wins over an override in the words too', desired(), override('keep-running', '2026-11-25T22:00:00.000Z'), 'Inside reservation CCNA class until 17:00 UTC; no idle stop.'],
    ['a schedule window does not protect', desired({ rule: { kind: 'schedule', id: 's', name: 'CCNA' } }), undefined, undefined],
    ['a reservation that wants it stopped does not', desired({ state: 'stopped' }), undefined, undefined],
    ['a stale decision whose until passed does not', desired({ until: '2026-11-25T09:00:00.000Z' }), undefined, undefined],
    ['an expired override does not', undefined, override('keep-running', '2026-11-25T09:00:00.000Z'), undefined],
    ['a keep-stopped override does not', undefined, override('keep-stopped', '2026-11-25T22:00:00.000Z'), undefined],
  ])('%s', (_what, d, o, reason) => {
    expect(idleProtection(d, o, NOW)?.reason).toBe(reason);
  });
});
