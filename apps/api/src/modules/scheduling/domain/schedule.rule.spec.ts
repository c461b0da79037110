import { lastEdge, openWindow, scheduleProblems, scheduleWindows } from './schedule.rule.js';
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

describe('windows that continue one another', () => {
  const spec = (periods: WeeklyPeriod[]) => ({ id: 's', name: 'All day', timezone: 'UTC', periods, behaviour: 'start-stop' as const, holidays: new Set<string>() });
  const everyDay: WeeklyPeriod = { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' };
  const wed = new Date('2026-12-02T10:00:00.000Z');

  it.each([
    ['every day, all day: no end within reach', [everyDay], '2026-12-10T10:00:00.000Z'],
    ['weekdays, all day: open until Saturday 00:00', [{ ...everyDay, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }], '2026-12-05T00:00:00.000Z'],
    ['two touching periods: open until the second one closes', [{ days: ['wed'], start: '08:00', end: '12:00' }, { days: ['wed'], start: '12:00', end: '14:00' }], '2026-12-02T14:00:00.000Z'],
    ['an ordinary window: its own end', [{ days: ['wed'], start: '08:00', end: '18:00' }], '2026-12-02T18:00:00.000Z'],
  ] as const)('%s', (_name, periods, end) => {
    const open = openWindow(spec([...periods] as WeeklyPeriod[]), wed);
    expect(open ? open.end.getTime() >= Date.parse(end) : false).toBe(true);
    if (!_name.startsWith('every day')) expect(open?.end.toISOString()).toBe(end);
  });

  it('has no edge where two windows meet, so a person’s change is not undone at midnight', () => {
    const s = spec([everyDay]);
    // Only the look-back's own start remains as an edge, a week back: never the midnight just passed.
    expect(lastEdge(s, new Date('2026-12-03T00:00:00.000Z'))!.getTime()).toBeLessThanOrEqual(Date.parse('2026-11-26T00:00:00.000Z'));
    expect(scheduleWindows(s, new Date('2026-12-01T12:00:00.000Z'), new Date('2026-12-04T12:00:00.000Z'))).toHaveLength(1);
  });
});
