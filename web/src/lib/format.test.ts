import { describe, expect, it } from 'vitest';
import wording from '../../../libs/kernel/src/text/duration-wording.cases.json';
import { formatDuration, formatRelative } from './format';

describe('formatDuration', () => {
  it.each(wording.cases as [number, string][])('words %d ms as "%s", as the server words stored reasons', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it.each([
    ['2026-11-25T11:48:00Z', '12 min ago'],
    ['2026-11-25T11:00:20Z', '1 h ago'],
    ['2026-11-25T13:05:00Z', 'in 1 h 5 min'],
    ['2026-11-25T11:59:58Z', 'just now'],
  ])('words %s as "%s"', (iso, text) => {
    expect(formatRelative(iso, now)).toBe(text);
  });
});
