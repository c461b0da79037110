import { overrideExpired, overrideProblem } from './power-override.rule.js';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe('an override', () => {
  // [kind, until, the problem (part of it), or undefined when it may be set]
  it.each<[string, string, string | undefined]>([
    ['keep-running', '2026-11-25T22:00:00.000Z', undefined],
    ['keep-stopped', '2026-12-09T10:00:00.000Z', undefined],
    ['keep-running', '2026-11-25T10:00:00.000Z', 'must be in the future; it is now 2026-11-25T10:00:00.000Z'],
    ['keep-running', '2026-11-24T10:00:00.000Z', 'must be in the future'],
    ['keep-running', '2026-12-09T10:00:00.001Z', 'more than 14 days ahead; choose 2026-12-09T10:00:00.000Z or earlier'],
    ['keep-warm', '2026-11-25T22:00:00.000Z', 'kind must be one of keep-running, keep-stopped; got "keep-warm"'],
    ['keep-running', 'tonight', 'ISO 8601'],
  ])('%s until %s: %s', (kind, until, problem) => {
    if (problem === undefined) expect(overrideProblem(kind, new Date(until), NOW)).toBeUndefined();
    else expect(overrideProblem(kind, new Date(until), NOW)).toContain(problem);
  });

  it('expires once its until has come', () => {
    const o = { kind: 'keep-running' as const, until: '2026-11-25T12:00:00.000Z', by: 'alice', setAt: NOW.toISOString() };
    expect(overrideExpired(o, NOW)).toBe(false);
    expect(overrideExpired(o, new Date('2026-11-25T12:00:00.000Z'))).toBe(true);
    expect(overrideExpired(undefined, NOW)).toBe(false);
  });
});
