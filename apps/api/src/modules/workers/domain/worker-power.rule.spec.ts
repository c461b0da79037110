import { attemptRecorded, ownerChange, overrideCleared, overrideSet, type PowerChange, type PowerFacts, powerHeld, stopWarningRecorded } from './worker-power.rule.js';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const ctx = { actor: { kind: 'user' as const, id: 'u', name: 'alice' }, now: NOW };
const facts = (more: Partial<PowerFacts> = {}): PowerFacts => ({ name: 'lab-1', managed: true, ...more });
const keepRunning = { kind: 'keep-running' as const, until: '2026-11-25T12:00:00.000Z', by: 'alice', setAt: NOW.toISOString() };
const warning = { plannedStopAt: '2026-11-25T18:00:00Z', cause: 'schedule' as const, ruleId: 's-1', ruleName: 'Lab hours', reason: 'Schedule "Lab hours" ends: stop planned at 18:00 UTC.' };
const warned = { plannedStopAt: '2026-11-25T18:00:00.000Z', cause: 'schedule' as const, issuedAt: '2026-11-25T09:00:00.000Z' };
const desired = { state: 'stopped' as const, rule: { kind: 'schedule' }, reason: 'closed', next: [], decidedAt: NOW.toISOString() };

describe('owner, override and power changes of a worker', () => {
  // [what, the change (undefined: nothing changes), the event type it records, or undefined for a silent change]
  it.each<[string, () => PowerChange | undefined, string | undefined, Partial<PowerFacts> | undefined]>([
    ['a new owner', () => ownerChange(facts({ owner: 'bob' }), 'w', 'alice'), 'worker.owner-changed', { owner: 'alice' }],
    ['the same owner, spaces aside', () => ownerChange(facts({ owner: 'alice' }), 'w', ' alice '), undefined, undefined],
    ['clearing the owner', () => ownerChange(facts({ owner: 'alice' }), 'w', ''), 'worker.owner-changed', { owner: undefined }],
    ['an override', () => overrideSet(facts(), 'w', 'keep-running', new Date(keepRunning.until), ctx), 'worker.override-set', { override: keepRunning }],
    ['clearing an override', () => overrideCleared(facts({ override: keepRunning }), 'w', 'cleared', NOW), 'worker.override-cleared', { override: undefined }],
    ['clearing when there is none', () => overrideCleared(facts(), 'w', 'cleared', NOW), undefined, undefined],
    ['expiring one still in force', () => overrideCleared(facts({ override: keepRunning }), 'w', 'expired', NOW), undefined, undefined],
    ['a new reason to hold back', () => powerHeld(facts({ desiredPower: desired }), 'w', 'starting'), 'worker.power-held', { desiredPower: { ...desired, heldReason: 'starting' } }],
    ['a first stop warning', () => stopWarningRecorded(facts(), 'w', warning, NOW), 'worker.stop-warning-issued', { stopWarning: { plannedStopAt: '2026-11-25T18:00:00.000Z', cause: 'schedule', issuedAt: NOW.toISOString() } }],
    ['a warning of the stop already warned of (another run, another replica)', () => stopWarningRecorded(facts({ stopWarning: warned }), 'w', warning, NOW), undefined, undefined],
    ['a warning of a stop planned for another time (an override moved it)', () => stopWarningRecorded(facts({ stopWarning: warned }), 'w', { ...warning, plannedStopAt: '2026-11-25T19:00:00.000Z' }, NOW), 'worker.stop-warning-issued', { stopWarning: { plannedStopAt: '2026-11-25T19:00:00.000Z', cause: 'schedule', issuedAt: NOW.toISOString() } }],
    ['a warning for a worker no longer managed', () => stopWarningRecorded(facts({ managed: false }), 'w', warning, NOW), undefined, undefined],
    ['the same reason again', () => powerHeld(facts({ desiredPower: { ...desired, heldReason: 'starting' } }), 'w', 'starting'), undefined, undefined],
  ])('%s', (_what, change, eventType, set) => {
    const c = change();
    expect(c?.event?.type).toBe(eventType);
    if (set) expect(c?.set).toEqual(set);
    else expect(c).toBeUndefined();
  });

  it('says in the warning what ends, and when', () => {
    expect(stopWarningRecorded(facts(), 'w-1', warning, NOW)?.event).toEqual({
      type: 'worker.stop-warning-issued',
      data: { workerId: 'w-1', plannedStopAt: '2026-11-25T18:00:00.000Z', cause: 'schedule', ruleId: 's-1', ruleName: 'Lab hours', reason: warning.reason },
    });
  });

  it('records an attempt silently, and one that went through forgets the held reason', () => {
    const c = attemptRecorded(facts({ desiredPower: { ...desired, heldReason: 'starting' }, powerAttempts: { failures: 3 } }), { ok: true }, NOW);
    expect(c).toEqual({ set: { powerAttempts: { failures: 0, lastAttemptAt: NOW.toISOString() }, desiredPower: { ...desired, heldReason: undefined } } });
  });
});
