import { describe, expect, it } from 'vitest';
import wording from '../../../libs/kernel/src/text/duration-wording.cases.json';
import { formatDuration, formatElapsed, formatHours, formatRelative, formatSeconds, formatTimestamp, formatUsd } from './format';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('relative times', () => {
  it('never shows a recorded time as future: a little ahead of the clock is "just now"', () => {
    expect(formatRelative(at(10_000), NOW, 'past')).toBe('just now');
    expect(formatRelative(at(25 * 60_000), NOW, 'past')).toBe('just now');
    expect(formatRelative(at(-90_000), NOW, 'past')).toBe('2 min ago');
  });

  it('never shows a planned time as past: overdue is "now"', () => {
    expect(formatRelative(at(-20_000), NOW, 'future')).toBe('now');
    expect(formatRelative(at(4 * 60_000), NOW, 'future')).toBe('in 4 min');
  });

  it('says both ways when the direction is not known', () => {
    expect(formatRelative(at(10_000), NOW)).toBe('in 10 s');
    expect(formatRelative(at(-10_000), NOW)).toBe('10 s ago');
    expect(formatRelative(at(2_000), NOW)).toBe('just now');
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
