import { describeInterval, nextRunAt, slotOf } from './job-schedule.js';

describe('job slots', () => {
  it('puts every instance in the same slot whatever its start time', () => {
    const t = Date.parse('2026-11-25T10:07:13Z');
    expect(slotOf(t, 300)).toBe(slotOf(Date.parse('2026-11-25T10:05:00Z'), 300));
    expect(slotOf(t, 300)).not.toBe(slotOf(Date.parse('2026-11-25T10:10:00Z'), 300));
  });

  it('schedules the next run at the next slot boundary', () => {
    expect(nextRunAt(Date.parse('2026-11-25T10:07:13Z'), 300).toISOString()).toBe('2026-11-25T10:10:00.000Z');
    expect(nextRunAt(Date.parse('2026-11-25T10:07:13Z'), 1800).toISOString()).toBe('2026-11-25T10:30:00.000Z');
  });

  it.each([
    [30, 'every 30 s'],
    [300, 'every 5 min'],
    [7200, 'every 2 h'],
  ])('describes %i s as "%s"', (s, text) => expect(describeInterval(s)).toBe(text));
});
