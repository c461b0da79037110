import { describe, expect, it } from 'vitest';
import { timeZoneProblem, timeZones } from './timezone-picker';

describe('timeZoneProblem', () => {
  const zones = timeZones();
  it.each([
    ['a listed zone', 'Europe/Berlin', undefined],
    ['UTC', 'UTC', undefined],
    ['a zone the browser knows but does not list (a machine set to Etc/GMT-2)', 'Etc/GMT-2', undefined],
    ['no zone', '  ', 'Choose a time zone, e.g. Europe/Berlin.'],
    ['no such zone', 'Mars/Olympus', expect.stringContaining('"Mars/Olympus" is not an IANA time zone')],
  ])('%s', (_, zone, problem) => {
    expect(timeZoneProblem(zone, zones)).toEqual(problem);
  });
});
