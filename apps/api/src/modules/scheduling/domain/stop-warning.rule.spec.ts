import { type DesiredPower, desiredPower, type PowerInputs } from './desired-state.rule.js';
import type { ScheduleSpec } from './schedule.rule.js';
import { plannedStop, stopWarningDue, stopWarningReason } from './stop-warning.rule.js';

const at = (iso: string) => new Date(iso);

/** "Lab hours": 09:00-18:00 UTC on weekdays (Wednesday 2 December 2026). */
const labHours = (behaviour: ScheduleSpec['behaviour'] = 'start-stop'): ScheduleSpec => ({ id: 's-lab', name: 'Lab hours', timezone: 'UTC', periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' }], behaviour, holidays: new Set() });
const ccna = { id: 'r-ccna', purpose: 'CCNA class', owner: 'mia', start: at('2026-12-02T19:00:00Z'), end: at('2026-12-02T21:00:00Z') };
const override = (kind: 'keep-running' | 'keep-stopped', until: string) => ({ id: 'o-1', kind, until: at(until), by: 'ada' });

function inputs(partial: Partial<PowerInputs> = {}): PowerInputs {
  return { schedules: [], reservations: [], leadMinutes: 20, overrides: [], running: true, runningSince: at('2026-12-02T09:00:00Z'), ...partial };
}
const desired = (p: Partial<PowerInputs>, now: string): DesiredPower => desiredPower(inputs(p), at(now));
const stopOf = (p: Partial<PowerInputs>, now: string, status = 'running') => {
  const s = plannedStop(desired(p, now), status, p.runtimeLimitHours);
  return s && `${s.at.toISOString()} ${s.cause}${s.ruleName ? ` "${s.ruleName}"` : ''}${s.limitHours ? ` ${s.limitHours} h` : ''}`;
};

describe('the stop the reconciler will make of a running worker', () => {
  it.each([
    ['a schedule window that closes', { schedules: [labHours()] }, '2026-12-02T17:50:00Z', 'running', '2026-12-02T18:00:00.000Z schedule "Lab hours"'],
    ['a stop-only schedule (the worker runs as people left it) stops at its window end', { schedules: [labHours('stop-only')] }, '2026-12-02T17:50:00Z', 'running', '2026-12-02T18:00:00.000Z schedule "Lab hours"'],
    ['a start-only schedule never stops it', { schedules: [labHours('start-only')] }, '2026-12-02T17:50:00Z', 'running', undefined],
    ['the runtime limit, with its hours and name', { runtimeLimitHours: 8, runtimeLimit: { id: 'l-1', name: 'Eight hours' } }, '2026-12-02T16:50:00Z', 'running', '2026-12-02T17:00:00.000Z runtime-limit "Eight hours" 8 h'],
    ['a reservation that ends, back to a closed schedule', { schedules: [labHours()], reservations: [ccna] }, '2026-12-02T20:50:00Z', 'running', '2026-12-02T21:00:00.000Z reservation "CCNA class"'],
    ['a reservation that ends into nothing (either) is no stop', { reservations: [ccna] }, '2026-12-02T20:50:00Z', 'running', undefined],
    ['a keep-running override ending into a closed schedule: the schedule stops it at the override end', { schedules: [labHours()], overrides: [override('keep-running', '2026-12-02T19:00:00Z')] }, '2026-12-02T18:30:00Z', 'running', '2026-12-02T19:00:00.000Z schedule "Lab hours"'],
    ['a keep-running override moves the schedule stop past its end', { schedules: [labHours()], overrides: [override('keep-running', '2026-12-02T19:00:00Z')] }, '2026-12-02T17:50:00Z', 'running', '2026-12-02T19:00:00.000Z schedule "Lab hours"'],
    ['no rule at all: nothing planned', {}, '2026-12-02T17:50:00Z', 'running', undefined],
    ['a stopped worker has nothing to be warned of', { schedules: [labHours()] }, '2026-12-02T17:50:00Z', 'stopped', undefined],
    ['a starting worker neither', { schedules: [labHours()] }, '2026-12-02T17:50:00Z', 'pending', undefined],
    ['a worker that should already be stopped is stopped now, not warned of', { schedules: [labHours()] }, '2026-12-02T18:01:00Z', 'running', undefined],
    ['a keep-stopped override in force stops it now (a person decided it)', { schedules: [labHours()], overrides: [override('keep-stopped', '2026-12-02T19:00:00Z')] }, '2026-12-02T17:50:00Z', 'running', undefined],
  ])('%s', (_name, p, now, status, expected) => {
    expect(stopOf(p as Partial<PowerInputs>, now, status)).toBe(expected);
  });
});

describe('whether a planned stop is due its warning', () => {
  const stop = { at: at('2026-12-02T18:00:00Z'), cause: 'schedule' as const, ruleName: 'Lab hours' };
  it.each([
    ['inside the lead', '2026-12-02T17:50:00Z', 15, true],
    ['exactly the lead ahead', '2026-12-02T17:45:00Z', 15, true],
    ['before the lead', '2026-12-02T17:44:59Z', 15, false],
    ['at the stop itself (the stop is made, not warned of)', '2026-12-02T18:00:00Z', 15, false],
    ['a lead of 0 turns warnings off', '2026-12-02T17:59:00Z', 0, false],
  ])('%s', (_name, now, lead, due) => {
    expect(stopWarningDue(stop, at(now), lead)).toBe(due);
  });

  it('no planned stop is never due', () => {
    expect(stopWarningDue(undefined, at('2026-12-02T17:59:00Z'), 15)).toBe(false);
  });
});

describe('the warning in words', () => {
  const now = at('2026-12-02T17:45:00Z');
  it.each([
    [{ cause: 'schedule' as const, ruleName: 'Lab hours' }, 'Schedule "Lab hours" ends: stop planned at 18:00 UTC unless someone keeps it running.'],
    [{ cause: 'reservation' as const, ruleName: 'CCNA class' }, 'Reservation "CCNA class" ends: stop planned at 18:00 UTC unless someone keeps it running.'],
    [{ cause: 'runtime-limit' as const, limitHours: 8, ruleName: 'Eight hours' }, 'The runtime limit of 8 h ("Eight hours") is reached: stop planned at 18:00 UTC unless someone keeps it running.'],
    [{ cause: 'runtime-limit' as const }, 'The runtime limit is reached: stop planned at 18:00 UTC unless someone keeps it running.'],
  ])('%j', (stop, text) => {
    expect(stopWarningReason({ at: at('2026-12-02T18:00:00Z'), ...stop }, now)).toBe(text);
  });
});
