import type { IdleDecision } from './idle.rule.js';
import { activityObserved, afterStart, applyIdleDecision, type IdleState, labStateActivity, snoozed, withActivity } from './idle-state.value-object.js';

const AT = '2026-11-25T10:30:00.000Z';
const WARNING = { issuedAt: '2026-11-25T10:00:00.000Z', plannedStopAt: '2026-11-25T10:10:00.000Z' };
const decision = (over: Partial<IdleDecision>): IdleDecision => ({ outcome: 'keep', code: 'active', reason: 'r', timeoutMinutes: 60, ...over });

describe('applyIdleDecision', () => {
  it.each<[string, IdleState, IdleDecision, { warning?: IdleState['warning']; cleared: boolean; issued: boolean }]>([
    ['keep without a warning', {}, decision({}), { warning: undefined, cleared: false, issued: false }],
    ['keep while a warning is pending', { warning: WARNING }, decision({ code: 'warning-pending', plannedStopAt: WARNING.plannedStopAt }), { warning: WARNING, cleared: false, issued: false }],
    ['activity after the warning', { warning: WARNING }, decision({ code: 'activity-after-warning', clearsWarning: true }), { warning: undefined, cleared: true, issued: false }],
    ['a lift with no warning to lift', {}, decision({ code: 'start-grace', clearsWarning: true }), { warning: undefined, cleared: false, issued: false }],
    ['warn', {}, decision({ outcome: 'warn', code: 'idle-warning', plannedStopAt: '2026-11-25T10:40:00.000Z' }), { warning: { issuedAt: AT, plannedStopAt: '2026-11-25T10:40:00.000Z' }, cleared: false, issued: true }],
    ['warn without a planned stop', {}, decision({ outcome: 'warn', code: 'idle-warning' }), { warning: undefined, cleared: false, issued: false }],
    ['stop', { warning: WARNING }, decision({ outcome: 'stop', code: 'idle-stop', warnedAt: WARNING.issuedAt }), { warning: undefined, cleared: false, issued: false }],
    ['skipped', { warning: WARNING }, decision({ outcome: 'skipped', code: 'not-running' }), { warning: undefined, cleared: false, issued: false }],
  ])('%s', (_case, idle, d, expected) => {
    const applied = applyIdleDecision(idle, d, 60, AT);
    expect(applied.idle.warning).toEqual(expected.warning);
    expect(applied.cleared).toBe(expected.cleared);
    expect(Boolean(applied.issued)).toBe(expected.issued);
    expect(applied.idle.lastDecision).toMatchObject({ at: AT, outcome: d.outcome, code: d.code, reason: d.reason });
  });

  it.each<[string, IdleState['lastDecision'], IdleDecision, boolean, string]>([
    ['none before', undefined, decision({}), true, AT],
    ['the same decision again', { at: '2026-11-25T10:29:00.000Z', outcome: 'keep', reason: 'r', since: '2026-11-25T10:01:00.000Z', key: 'active:60' }, decision({}), false, '2026-11-25T10:01:00.000Z'],
    ['the same one stored without since', { at: '2026-11-25T10:29:00.000Z', outcome: 'keep', reason: 'r', key: 'active:60' }, decision({}), false, '2026-11-25T10:29:00.000Z'],
    ['the same reason on another timeout', { at: '2026-11-25T10:29:00.000Z', outcome: 'keep', reason: 'r', since: '2026-11-25T10:01:00.000Z', key: 'active:60' }, decision({ timeoutMinutes: 90 }), true, AT],
    ['one stored before decisions had a key', { at: '2026-11-25T10:29:00.000Z', outcome: 'keep', reason: 'r' }, decision({}), true, AT],
  ])('since: %s', (_case, lastDecision, d, changed, since) => {
    const applied = applyIdleDecision({ lastDecision }, d, 60, AT);
    expect(applied.changed).toBe(changed);
    expect(applied.idle.lastDecision?.since).toBe(since);
  });

  it('words an issued warning as the event records it, with the timeout that applied', () => {
    const d = decision({ outcome: 'warn', code: 'idle-warning', reason: 'idle', idleMinutes: 61, plannedStopAt: '2026-11-25T10:40:00.000Z', lastActivityAt: 'a', lastActivitySource: 'import' });
    expect(applyIdleDecision({}, d, 45, AT).issued).toEqual({ plannedStopAt: '2026-11-25T10:40:00.000Z', idleMinutes: 61, timeoutMinutes: 45, lastActivityAt: 'a', lastActivitySource: 'import', reason: 'idle' });
  });

  it('leaves the state it was given as it was', () => {
    const idle: IdleState = { warning: WARNING };
    applyIdleDecision(idle, decision({ outcome: 'stop', code: 'idle-stop' }), 60, AT);
    expect(idle).toEqual({ warning: WARNING });
  });
});

describe('withActivity', () => {
  it.each<[string, IdleState, { at: string; source: 'lab-state' | 'cml-telemetry' }[], string | undefined, string | undefined]>([
    ['nothing seen', { lastActivityAt: '2026-11-25T10:00:00.000Z', lastActivitySource: 'import' }, [], '2026-11-25T10:00:00.000Z', 'import'],
    ['something newer', { lastActivityAt: '2026-11-25T10:00:00.000Z', lastActivitySource: 'import' }, [{ at: '2026-11-25T10:05:00.000Z', source: 'cml-telemetry' }], '2026-11-25T10:05:00.000Z', 'cml-telemetry'],
    ['something older', { lastActivityAt: '2026-11-25T10:00:00.000Z', lastActivitySource: 'start' }, [{ at: '2026-11-25T09:05:00.000Z', source: 'cml-telemetry' }], '2026-11-25T10:00:00.000Z', 'start'],
    ['the newest of two', {}, [{ at: '2026-11-25T10:07:00.000Z', source: 'lab-state' }, { at: '2026-11-25T10:05:00.000Z', source: 'cml-telemetry' }], '2026-11-25T10:07:00.000Z', 'lab-state'],
  ])('%s', (_case, idle, seen, at, source) => {
    const next = withActivity(idle, seen, AT);
    expect(next).toMatchObject({ lastActivityAt: at, lastActivitySource: source, lastActivityCheckAt: AT });
  });
});

describe('labStateActivity', () => {
  it.each<[string, Record<string, string> | undefined, Record<string, string>, boolean]>([
    ['the first read', undefined, { a: 'STARTED' }, false],
    ['no change', { a: 'STARTED' }, { a: 'STARTED' }, false],
    ['a lab that changed state', { a: 'STOPPED' }, { a: 'STARTED' }, true],
    ['a new lab', { a: 'STOPPED' }, { a: 'STOPPED', b: 'STARTED' }, false],
    ['a removed lab', { a: 'STOPPED', b: 'STARTED' }, { a: 'STOPPED' }, false],
  ])('%s: %s', (_case, before, after, activity) => {
    expect(labStateActivity(before, after, AT)).toEqual(activity ? { at: AT, source: 'lab-state' } : undefined);
  });
});

describe('afterStart', () => {
  it('counts the start as activity and forgets a pending warning, keeping the rest', () => {
    expect(afterStart({ warning: WARNING, snoozedUntil: 'later', timeoutMinutes: 30 }, AT)).toEqual({ lastActivityAt: AT, lastActivitySource: 'start', warning: undefined, snoozedUntil: 'later', timeoutMinutes: 30 });
  });
});

describe('snoozed', () => {
  const UNTIL = new Date('2026-03-02T18:00:00.000Z');
  it.each([
    ['a pending warning is lifted, and says so', { warning: WARNING, timeoutMinutes: 30 }, true],
    ['no warning: nothing to lift', { timeoutMinutes: 30 }, false],
  ])('%s', (_, idle: IdleState, lifted) => {
    expect(snoozed(idle, UNTIL)).toEqual({ idle: { timeoutMinutes: 30, snoozedUntil: UNTIL.toISOString(), warning: undefined }, liftedWarning: lifted });
  });
});

describe('activityObserved', () => {
  const facts = { idle: { timeoutMinutes: 30, lastActivityAt: '2026-03-02T09:00:00.000Z' }, cml: { version: '2.9.0', labStates: { l1: 'STOPPED' } }, telemetry: { cpuPercent: 12, labs: 1 } };
  it.each([
    ['activity reported by the controller', { latest: { at: AT, source: 'cml-telemetry' } }, { idle: { timeoutMinutes: 30, lastActivityAt: AT } }],
    ['a lab that changed state is activity; the lab states and count are kept', { labStates: { l1: 'STARTED', l2: 'STOPPED' } }, { idle: { lastActivityAt: AT, lastActivitySource: 'lab-state' }, cml: { version: '2.9.0', labStates: { l1: 'STARTED', l2: 'STOPPED' } }, telemetry: { cpuPercent: 12, labs: 2 } }],
    ['lab states unchanged: no activity, the states kept', { labStates: { l1: 'STOPPED' } }, { idle: { lastActivityAt: '2026-03-02T09:00:00.000Z' }, telemetry: { labs: 1 } }],
  ])('%s', (_, input, set) => {
    expect(activityObserved(facts, input as never, AT).set).toMatchObject(set);
  });
});
