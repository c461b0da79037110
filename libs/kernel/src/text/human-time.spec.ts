import { readFileSync } from 'node:fs';
import { formatDuration, formatMinutes, formatUtc } from './human-time.js';

const { cases } = JSON.parse(readFileSync(new URL('./duration-wording.cases.json', import.meta.url), 'utf8')) as { cases: [number, string][] };

describe('formatDuration', () => {
  it.each(cases)('words %d ms as "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('words a timeout of 60 minutes as 1 h, as the console does', () => {
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(61)).toBe('1 h 1 min');
    expect(formatMinutes(1440)).toBe('1 d');
  });
});

describe('formatUtc', () => {
  const NOW = new Date('2026-11-25T12:00:00Z');
  it.each([
    ['the same UTC day: the time only', '2026-11-25T10:01:02.123Z', '10:01 UTC'],
    ['just before midnight', '2026-11-25T23:59:59Z', '23:59 UTC'],
    ['another day: day and month', '2026-11-26T00:05:00Z', '26 Nov 00:05 UTC'],
    ['the day before', '2026-11-24T18:30:00Z', '24 Nov 18:30 UTC'],
    ['another year: the year too', '2027-01-02T09:00:00Z', '2 Jan 2027 09:00 UTC'],
  ])('%s', (_name, at, text) => {
    expect(formatUtc(at, NOW)).toBe(text);
    expect(formatUtc(new Date(at), NOW)).toBe(text);
  });
});
