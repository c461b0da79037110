import { type DesiredPower, desiredPower, type PowerInputs, powerPlan } from './desired-state.rule.js';
import type { ScheduleSpec } from './schedule.rule.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

/** "The CCNA classroom workers run 08:00-18:00 Berlin time on weekdays, not on public holidays." */
const classroom = (holidays: string[] = [], behaviour: ScheduleSpec['behaviour'] = 'start-stop'): ScheduleSpec => ({
  id: 's-ccna',
  name: 'CCNA classroom',
  timezone: BERLIN,
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }],
  behaviour,
  holidays: new Set(holidays),
  calendarName: 'German public holidays',
});

const nightly: ScheduleSpec = { id: 's-night', name: 'Night runs', timezone: BERLIN, periods: [{ days: ['sat'], start: '22:00', end: '06:00' }], behaviour: 'start-stop', holidays: new Set() };

function inputs(partial: Partial<PowerInputs> = {}): PowerInputs {
  return { schedules: [], reservations: [], leadMinutes: 20, overrides: [], running: false, ...partial };
}

const decide = (p: Partial<PowerInputs>, now: string): DesiredPower => desiredPower(inputs(p), at(now));
const summary = (d: { state: string; rule: { kind: string } }) => `${d.state} by ${d.rule.kind}`;

describe('the desired power state of a worker', () => {
  describe('a weekday schedule in Berlin (Wednesday 2 December 2026 is a working day, UTC+1)', () => {
    it.each([
      ['inside the window', '2026-12-02T09:00:00Z', 'running by schedule', '2026-12-02T17:00:00.000Z'],
      ['at the window start, exactly', '2026-12-02T07:00:00Z', 'running by schedule', '2026-12-02T17:00:00.000Z'],
      ['a minute before it opens', '2026-12-02T06:59:00Z', 'stopped by schedule', '2026-12-02T07:00:00.000Z'],
      ['at the window end, exactly', '2026-12-02T17:00:00Z', 'stopped by schedule', '2026-12-03T07:00:00.000Z'],
      ['on a Saturday', '2026-12-05T10:00:00Z', 'stopped by schedule', '2026-12-07T07:00:00.000Z'],
      ['on a Friday evening: until Monday', '2026-12-04T19:00:00Z', 'stopped by schedule', '2026-12-07T07:00:00.000Z'],
    ])('%s', (_name, now, expected, until) => {
      const d = decide({ schedules: [classroom()] }, now);
      expect(summary(d)).toBe(expected);
      expect(d.until?.toISOString()).toBe(until);
    });

    it('explains itself in one sentence, with the times in the schedule zone', () => {
      expect(decide({ schedules: [classroom()] }, '2026-12-02T09:00:00Z').reason).toBe('Schedule "CCNA classroom" has it running until Wed 2 Dec 18:00 Europe/Berlin.');
    });

    it('skips a holiday of its calendar and says so', () => {
      const d = decide({ schedules: [classroom(['2026-12-24', '2026-12-25'])] }, '2026-12-24T09:00:00Z');
      expect(summary(d)).toBe('stopped by schedule');
      expect(d.reason).toContain('today is a holiday in German public holidays');
      // The next window is the next working day that is not a holiday.
      expect(d.until?.toISOString()).toBe('2026-12-28T07:00:00.000Z');
    });

    it('lists the next transitions, oldest first', () => {
      const d = decide({ schedules: [classroom()], running: true }, '2026-12-04T16:00:00Z');
      expect(d.next.map((t) => `${t.at.toISOString()} ${summary(t)}`)).toEqual([
        '2026-12-04T17:00:00.000Z stopped by schedule',
        '2026-12-07T07:00:00.000Z running by schedule',
        '2026-12-07T17:00:00.000Z stopped by schedule',
        '2026-12-08T07:00:00.000Z running by schedule',
        '2026-12-08T17:00:00.000Z stopped by schedule',
      ]);
    });
  });

  describe('daylight saving', () => {
    it.each([
      // Spring forward: Sunday 29 March 2026, 02:00 -> 03:00.
      ['the window after spring forward opens at 08:00 summer time', { schedules: [{ ...classroom(), periods: [{ days: ['mon'], start: '08:00', end: '18:00' }] }] }, '2026-03-30T05:59:00Z', '2026-03-30T06:00:00.000Z'],
      ['a night over spring forward lasts 7 hours', { schedules: [{ ...nightly, id: 'n' }] }, '2026-03-28T21:30:00Z', '2026-03-29T04:00:00.000Z'],
      // Fall back: Sunday 25 October 2026, 03:00 -> 02:00.
      ['a night over fall back lasts 9 hours', { schedules: [{ ...nightly, id: 'n' }] }, '2026-10-24T20:30:00Z', '2026-10-25T05:00:00.000Z'],
      ['the window after fall back opens at 08:00 winter time', { schedules: [{ ...classroom(), periods: [{ days: ['mon'], start: '08:00', end: '18:00' }] }] }, '2026-10-26T06:30:00Z', '2026-10-26T07:00:00.000Z'],
    ])('%s', (_name, p, now, until) => {
      expect(decide(p as Partial<PowerInputs>, now).until?.toISOString()).toBe(until);
    });

    it('starts a window that begins inside the spring-forward gap at the end of the gap', () => {
      const gap: ScheduleSpec = { ...nightly, periods: [{ days: ['sun'], start: '02:30', end: '05:00' }] };
      const d = decide({ schedules: [gap] }, '2026-03-29T00:30:00Z');
      expect(d.until?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    });
  });

  it('runs over midnight: a Saturday night window still runs on Sunday morning', () => {
    expect(summary(decide({ schedules: [nightly] }, '2026-12-06T03:00:00Z'))).toBe('running by schedule');
    expect(summary(decide({ schedules: [nightly] }, '2026-12-06T05:00:00Z'))).toBe('stopped by schedule');
  });

  describe("precedence: reservation > override > schedule (and a person's change) > runtime limit > nothing", () => {
    const reservation = { id: 'r1', purpose: 'CCNA class', owner: 'alice', start: at('2026-12-08T08:00:00Z'), end: at('2026-12-08T12:00:00Z') };
    const keepStopped = { id: 'o1', kind: 'keep-stopped' as const, until: at('2026-12-08T20:00:00Z'), by: 'bob' };
    const keepRunning = { id: 'o2', kind: 'keep-running' as const, until: at('2026-12-02T21:00:00Z'), by: 'bob' };
    it.each([
      ['a reservation wins over a keep-stopped override', { reservations: [reservation], overrides: [keepStopped] }, '2026-12-08T09:00:00Z', 'running by reservation'],
      ["a soft budget's hold yields to a reservation", { reservations: [reservation], overrides: [{ ...keepStopped, by: 'budget:CCNA team' }] }, '2026-12-08T09:00:00Z', 'running by reservation'],
      ["a hard budget's hold wins over a reservation (ADR 0043)", { reservations: [reservation], overrides: [{ ...keepStopped, by: 'hard-budget:CCNA team', beforeReservations: true }] }, '2026-12-08T09:00:00Z', 'stopped by override'],
      ['a reservation warms the worker up before it starts (20 min lead)', { reservations: [reservation] }, '2026-12-08T07:45:00Z', 'running by reservation'],
      ['but not earlier than its lead time', { reservations: [reservation], schedules: [classroom()] }, '2026-12-08T06:30:00Z', 'stopped by schedule'],
      ['an override wins over the schedule ("keep mine running until 22:00 tonight")', { overrides: [keepRunning], schedules: [classroom()] }, '2026-12-02T19:00:00Z', 'running by override'],
      ['an expired override is gone', { overrides: [keepRunning], schedules: [classroom()] }, '2026-12-02T21:00:00Z', 'stopped by schedule'],
      ['a schedule window wins over the runtime limit', { schedules: [classroom()], runtimeLimitHours: 2, running: true, runningSince: at('2026-12-02T07:00:00Z') }, '2026-12-02T12:00:00Z', 'running by schedule'],
      ['the runtime limit stops a worker outside any window ("nothing runs longer than 12 hours")', { runtimeLimitHours: 12, running: true, runningSince: at('2026-12-02T06:00:00Z') }, '2026-12-02T18:30:00Z', 'stopped by runtime-limit'],
      ['within the runtime limit nothing asks', { runtimeLimitHours: 12, running: true, runningSince: at('2026-12-02T06:00:00Z') }, '2026-12-02T10:00:00Z', 'either by none'],
      ['nothing at all: either', {}, '2026-12-02T10:00:00Z', 'either by none'],
      ['a start-only schedule never stops', { schedules: [classroom([], 'start-only')] }, '2026-12-02T20:00:00Z', 'either by schedule'],
      ['a stop-only schedule never starts', { schedules: [classroom([], 'stop-only')] }, '2026-12-02T10:00:00Z', 'either by schedule'],
      ['of two schedules, an open window wins', { schedules: [classroom(), nightly] }, '2026-12-06T03:00:00Z', 'running by schedule'],
    ])('%s', (_name, p, now, expected) => {
      expect(summary(decide(p, now))).toBe(expected);
    });
  });

  describe("a person's start outside the windows", () => {
    const started = { action: 'start' as const, at: at('2026-12-02T18:30:00Z'), by: 'carol' };
    it('is respected until the schedule next opens or closes, and says so', () => {
      const d = decide({ schedules: [classroom()], running: true, runningSince: started.at, lastManualChange: started }, '2026-12-02T20:00:00Z');
      expect(summary(d)).toBe('running by manual');
      expect(d.reason).toBe('carol started it at 18:30 UTC, outside what the schedules say; that holds until a schedule\'s next window opens or closes.');
      // The window opens the next morning (running by schedule), and closes in the evening.
      expect(d.next.map(summary).slice(0, 2)).toEqual(['running by schedule', 'stopped by schedule']);
    });

    it('is not respected when it came before the last window edge', () => {
      const early = { ...started, at: at('2026-12-02T16:00:00Z') };
      expect(summary(decide({ schedules: [classroom()], running: true, lastManualChange: early }, '2026-12-02T20:00:00Z'))).toBe('stopped by schedule');
    });

    it('still meets the runtime limit', () => {
      const d = decide({ schedules: [classroom()], runtimeLimitHours: 1, running: true, runningSince: started.at, lastManualChange: started }, '2026-12-02T20:00:00Z');
      expect(summary(d)).toBe('stopped by runtime-limit');
    });

    it("respects a person's stop inside a window until it closes", () => {
      const stopped = { action: 'stop' as const, at: at('2026-12-02T10:00:00Z'), by: 'dave' };
      const d = decide({ schedules: [classroom()], lastManualChange: stopped }, '2026-12-02T11:00:00Z');
      expect(summary(d)).toBe('stopped by manual');
      expect(d.until?.toISOString()).toBe('2026-12-02T17:00:00.000Z');
    });
  });

  it('predicts the runtime limit of the running stretch and of one it starts', () => {
    const d = decide({ runtimeLimitHours: 12, running: true, runningSince: at('2026-12-02T06:00:00Z') }, '2026-12-02T10:00:00Z');
    expect(d.next.map((t) => `${t.at.toISOString()} ${summary(t)}`)).toEqual(['2026-12-02T18:00:00.000Z stopped by runtime-limit']);
    expect(d.until?.toISOString()).toBe('2026-12-02T18:00:00.000Z');
  });

  it('plans a reservation: warm up at its lead time, run through it, then go back to the schedule', () => {
    const reservation = { id: 'r1', purpose: 'CCNA class', owner: 'alice', start: at('2026-12-08T08:00:00Z'), end: at('2026-12-08T12:00:00Z') };
    const d = decide({ reservations: [reservation], leadMinutes: 25, schedules: [{ ...classroom(), periods: [{ days: ['tue'], start: '14:00', end: '16:00' }] }] }, '2026-12-08T06:00:00Z');
    expect(d.next.map((t) => `${t.at.toISOString()} ${summary(t)}`).slice(0, 4)).toEqual([
      '2026-12-08T07:35:00.000Z running by reservation',
      '2026-12-08T12:00:00.000Z stopped by schedule',
      '2026-12-08T13:00:00.000Z running by schedule',
      '2026-12-08T15:00:00.000Z stopped by schedule',
    ]);
    expect(d.next[0].reason).toMatch(/^Warming up for "CCNA class" \(reserved by alice, .+\): started 25 min early so it is ready at the start\.$/);
  });
});

describe('the plan over a range (the fleet timeline)', () => {
  it('cuts the range at every edge into stretches of one decision', () => {
    const segments = powerPlan(inputs({ schedules: [classroom()] }), at('2026-12-04T00:00:00Z'), at('2026-12-08T00:00:00Z'));
    expect(segments.map((s) => `${s.start.toISOString()} ${summary(s)}`)).toEqual([
      '2026-12-04T00:00:00.000Z stopped by schedule',
      '2026-12-04T07:00:00.000Z running by schedule',
      '2026-12-04T17:00:00.000Z stopped by schedule',
      '2026-12-07T07:00:00.000Z running by schedule',
      '2026-12-07T17:00:00.000Z stopped by schedule',
    ]);
    expect(segments.at(-1)?.end.toISOString()).toBe('2026-12-08T00:00:00.000Z');
  });
});

describe('a schedule whose windows continue one another', () => {
  it('says it runs without a break instead of naming the next midnight', () => {
    const allWeek = { id: 's', name: 'Always on', timezone: 'UTC', behaviour: 'start-stop' as const, holidays: new Set<string>(), periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[], start: '00:00', end: '24:00' }] };
    const d = desiredPower({ schedules: [allWeek], reservations: [], overrides: [], leadMinutes: 20, running: true, runningSince: new Date('2026-12-01T00:00:00Z') }, new Date('2026-12-02T10:00:00Z'));
    expect(d).toMatchObject({ state: 'running', reason: 'Schedule "Always on" has it running, without a break in the coming week.', next: [] });
  });
});
