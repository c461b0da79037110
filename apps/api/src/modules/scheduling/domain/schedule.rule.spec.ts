import { scheduleProblems } from './schedule.rule.js';
import type { WeeklyPeriod } from './weekly-period.value-object.js';
import { instantOf } from './zoned-time.js';

const weekdays: WeeklyPeriod = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' };

describe('what is wrong with a schedule', () => {
  it.each([
    ['nothing', { name: 'Classroom', timezone: 'Europe/Berlin', periods: [weekdays] }, []],
    ['an unknown time zone', { name: 'Classroom', timezone: 'Europe/Atlantis', periods: [weekdays] }, ['timezone: "Europe/Atlantis" is not an IANA time zone; use one such as Europe/Berlin, America/New_York or UTC']],
    ['no periods', { name: 'Classroom', timezone: 'UTC', periods: [] }, ['periods: give at least one weekly period (days, start, end)']],
    ['no name', { name: ' ', timezone: 'UTC', periods: [weekdays] }, ['name: give the schedule a name']],
    ['an unknown day', { name: 'x', timezone: 'UTC', periods: [{ ...weekdays, days: ['mon', 'funday'] }] }, ['periods: period 1 has unknown days funday: use mon, tue, wed, thu, fri, sat, sun']],
    ['a time that is not HH:MM', { name: 'x', timezone: 'UTC', periods: [{ ...weekdays, start: '8am' }] }, ['periods: period 1 starts at "8am": give a time HH:MM from 00:00 to 23:59']],
    ['a period that does not last', { name: 'x', timezone: 'UTC', periods: [{ ...weekdays, end: '08:00' }] }, ['periods: period 1 starts and ends at 08:00: a period must last']],
    [
      'overlapping periods on one day',
      { name: 'x', timezone: 'UTC', periods: [weekdays, { days: ['wed'], start: '17:00', end: '20:00' }] },
      ['periods: period 1 and period 2 overlap; merge them or move one'],
    ],
    [
      'a Sunday night period that overlaps Monday morning',
      { name: 'x', timezone: 'UTC', periods: [{ days: ['sun'], start: '22:00', end: '09:00' }, weekdays] },
      ['periods: period 1 and period 2 overlap; merge them or move one'],
    ],
    ['an unknown behaviour', { name: 'x', timezone: 'UTC', periods: [weekdays], behaviour: 'sometimes' }, ['behaviour: use one of start-stop, start-only, stop-only']],
  ] as const)('%s', (_name, input, expected) => {
    expect(scheduleProblems(input as never)).toEqual(expected);
  });

  it('lets periods touch without overlapping', () => {
    expect(scheduleProblems({ name: 'x', timezone: 'UTC', periods: [{ days: ['mon'], start: '08:00', end: '12:00' }, { days: ['mon'], start: '12:00', end: '14:00' }] })).toEqual([]);
  });
});

describe('wall-clock times in a zone', () => {
  it.each([
    ['an ordinary winter morning', '2026-12-02', '08:00', '2026-12-02T07:00:00.000Z'],
    ['an ordinary summer morning', '2026-07-01', '08:00', '2026-07-01T06:00:00.000Z'],
    ['a time inside the spring-forward gap is the gap end', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    ['a time that happens twice at fall back is the first', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['24:00 is the next midnight', '2026-12-02', '24:00', '2026-12-02T23:00:00.000Z'],
  ])('%s', (_name, date, time, expected) => {
    expect(instantOf(date, time, 'Europe/Berlin').toISOString()).toBe(expected);
  });
});
