import { describe, expect, it } from 'vitest';
import wording from '../../../libs/kernel/src/text/duration-wording.cases.json';
import { formatBytes, formatCount, formatDuration, formatElapsed, formatHours, formatPercent, formatRelative, formatSeconds, formatTimestamp, formatUsd, setFormatLocale } from './format';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

// The setup fixes the locale to 'en'; the browser's own is used in the console.
describe('relative times', () => {
  it('never shows a recorded time as future: a little ahead of the clock is "now"', () => {
    expect(formatRelative(at(10_000), NOW, 'past')).toBe('now');
    expect(formatRelative(at(25 * 60_000), NOW, 'past')).toBe('now');
    expect(formatRelative(at(-90_000), NOW, 'past')).toBe('2 minutes ago');
  });

  it('never shows a planned time as past: overdue is "now"', () => {
    expect(formatRelative(at(-20_000), NOW, 'future')).toBe('now');
    expect(formatRelative(at(4 * 60_000), NOW, 'future')).toBe('in 4 minutes');
  });

  it('says both ways when the direction is not known', () => {
    expect(formatRelative(at(10_000), NOW)).toBe('in 10 seconds');
    expect(formatRelative(at(-10_000), NOW)).toBe('10 seconds ago');
    expect(formatRelative(at(2_000), NOW)).toBe('now');
  });

  it.each([
    [-59_600, '1 minute ago'],
    [-(59 * 60_000 + 40_000), '1 hour ago'],
    [2 * 3_600_000, 'in 2 hours'],
    [-26 * 3_600_000, 'yesterday'],
    [3 * 86_400_000, 'in 3 days'],
  ])('%d ms away reads "%s": one unit, rounded before it is chosen', (offset, text) => {
    expect(formatRelative(at(offset), NOW)).toBe(text);
  });

  it('speaks the browser’s language', () => {
    setFormatLocale('de');
    try {
      expect(formatRelative(at(-3 * 60_000), NOW)).toBe('vor 3 Minuten');
      expect(formatPercent(35.25)).toMatch(/^35,3\s%$/);
    } finally {
      setFormatLocale('en');
    }
  });
});

describe('figures keep their unit', () => {
  it.each([
    [() => formatPercent(35.25), '35.3%'],
    [() => formatPercent(50, 0), '50%'],
    [() => formatPercent(undefined), '—'],
    [() => formatCount(1, 'node'), '1 node'],
    [() => formatCount(1204, 'node'), '1,204 nodes'],
    [() => formatBytes(512), '512 byte'],
    [() => formatBytes(1536), '1.5 kB'],
    [() => formatBytes(3.2 * 1024 * 1024), '3.2 MB'],
  ])('%#: reads "%s"', (format, text) => {
    expect(format()).toBe(text);
  });
});

describe('elapsed times', () => {
  it.each([
    [40, '40 ms'],
    [149, '0.1 s'],
    [200, '0.2 s'],
    [2_345, '2.3 s'],
    [23_400, '23 s'],
    [185_000, '3 min'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [-50, '0 s'],
    [400, '0.4 s'],
    [9_940, '9.9 s'],
    [12_300, '12 s'],
    [245_000, '245 s'],
  ])('%d ms reads "%s": seconds, with the unit, however long', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text);
  });
});

describe('timestamps', () => {
  it('carry seconds and the time zone', () => {
    expect(formatTimestamp('2026-11-25T13:03:27.000Z')).toMatch(/\d{1,2}:03:27\s?(AM|PM)?\s\S+/);
  });
});

describe('formatDuration', () => {
  it.each(wording.cases as [number, string][])('words %d ms as "%s", as the server words stored reasons', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('money and hours', () => {
  it.each([
    [1240.5, {}, '$1,240.50'],
    [0, {}, '$0.00'],
    [1240.5, { whole: true }, '$1,241'],
    [null, {}, '—'],
  ] as const)('%s dollars read "%s"', (usd, options, text) => {
    expect(formatUsd(usd, options)).toBe(text);
  });

  it('gives hours their unit', () => {
    expect(formatHours(12.54)).toBe('12.5 h');
    expect(formatHours(0)).toBe('0 h');
  });
});
