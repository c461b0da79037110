import { describeSelector, matchesSelector, selectorProblems } from './tag-selector.value-object.js';
import { normaliseHolidays } from './holiday-calendar.rule.js';

describe('tag selectors', () => {
  it.each([
    [{ team: 'ccna', site: 'berlin' }, { team: ['ccna'] }, true],
    [{ team: 'ccna', site: 'berlin' }, { team: ['ccna'], site: ['munich', 'berlin'] }, true],
    [{ team: 'ccnp' }, { team: ['ccna'] }, false],
    [{ site: 'berlin' }, { team: ['ccna'] }, false],
    [{ team: 'ccna' }, {}, false],
    [{ Name: 'lab-1', team: 'ccna' }, { Name: ['*'] }, true],
    [{ team: 'ccna' }, { Name: ['*'] }, false],
  ])('%j matches %j: %s', (tags, selector, expected) => {
    expect(matchesSelector(tags, selector)).toBe(expected);
  });

  it('says what is wrong with one', () => {
    expect(selectorProblems({})).toEqual(['selector: name at least one tag, e.g. {"team": ["ccna"]}']);
    expect(selectorProblems({ team: 'ccna' })).toEqual(['selector.team: give a list of accepted values, e.g. ["ccna"]']);
    expect(selectorProblems([])).toHaveLength(1);
    expect(describeSelector({ team: ['ccna'], site: ['a', 'b'] })).toBe('team=ccna, site=a|b');
  });
});

describe('holiday calendars', () => {
  it('sorts the days, keeps a day given twice once, and names every bad one', () => {
    expect(normaliseHolidays([{ date: '2026-12-26', name: 'Boxing Day' }, { date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-25' }])).toEqual({
      holidays: [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-12-26', name: 'Boxing Day' },
      ],
    });
    expect(normaliseHolidays([{ date: '2026-02-30' }, { date: '25.12.2026' }])).toEqual({
      problems: ['holidays[0].date: "2026-02-30" is not a date; use YYYY-MM-DD, e.g. 2026-12-25', 'holidays[1].date: "25.12.2026" is not a date; use YYYY-MM-DD, e.g. 2026-12-25'],
    });
  });
});
