import { IcalCalendarReader } from './ical-calendar.reader.js';

const ics = (events: string) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', events, 'END:VCALENDAR'].join('\r\n');

describe('reading an iCalendar file of holidays', () => {
  const reader = new IcalCalendarReader();

  it('takes the days of all-day events, with their names, a multi-day event day by day', () => {
    const file = ics(
      [
        'BEGIN:VEVENT', 'UID:1', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227', 'SUMMARY:Christmas', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:2', 'DTSTART;VALUE=DATE:20261003', 'SUMMARY:Tag der Deutschen Einheit', 'END:VEVENT',
      ].join('\r\n'),
    );
    expect(reader.holidays(file, '2026-01-01', '2027-12-31')).toEqual({
      holidays: [
        { date: '2026-12-24', name: 'Christmas' },
        { date: '2026-12-25', name: 'Christmas' },
        { date: '2026-12-26', name: 'Christmas' },
        { date: '2026-10-03', name: 'Tag der Deutschen Einheit' },
      ],
    });
  });

  it('expands a yearly event within the range asked', () => {
    const file = ics(['BEGIN:VEVENT', 'UID:3', 'DTSTART;VALUE=DATE:20240501', 'RRULE:FREQ=YEARLY', 'SUMMARY:Labour Day', 'END:VEVENT'].join('\r\n'));
    const result = reader.holidays(file, '2026-01-01', '2028-12-31');
    expect('holidays' in result && result.holidays.map((h) => h.date)).toEqual(['2026-05-01', '2027-05-01', '2028-05-01']);
  });

  it.each([
    ['not a calendar at all', 'hello', /not iCalendar/],
    ['a calendar without events', ics(''), /no events/],
  ])('says what is wrong with %s', (_name, text, problem) => {
    const result = reader.holidays(text, '2026-01-01', '2026-12-31');
    expect('problem' in result && result.problem).toMatch(problem);
  });
});
