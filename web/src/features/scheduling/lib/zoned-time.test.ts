import { describe, expect, it } from 'vitest';
import { formatMinutes, formatZoned, fromLocalInput, toLocalInput } from './zoned-time';

describe('times for people', () => {
  it('shows the rule’s zone beside the viewer’s only where the wall-clock time differs', () => {
    const at = '2026-12-08T17:00:00Z';
    expect(formatZoned(at, { ruleZone: 'Europe/Berlin', viewerZone: 'UTC' })).toMatch(/UTC \(.* in Europe\/Berlin\)$/);
    expect(formatZoned(at, { ruleZone: 'Europe/Berlin', viewerZone: 'Europe/Paris' })).not.toContain('Europe/Berlin');
    expect(formatZoned(at, { viewerZone: 'UTC' })).not.toContain('(');
    expect(formatZoned('not a time')).toBe('—');
  });

  it('reads and writes datetime-local values in the viewer’s zone', () => {
    const d = new Date(2026, 11, 8, 9, 30);
    expect(toLocalInput(d)).toBe('2026-12-08T09:30');
    expect(fromLocalInput('2026-12-08T09:30')).toBe(d.toISOString());
    expect(fromLocalInput('')).toBeUndefined();
  });

  it('gives lengths of time with their unit', () => {
    expect(formatMinutes(25)).toBe('25 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(90)).toBe('1 h 30 min');
  });
});
