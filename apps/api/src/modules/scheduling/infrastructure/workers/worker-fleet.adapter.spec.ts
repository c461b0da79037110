import { toDesiredPowerRecord } from './worker-fleet.adapter.js';

describe('the desired power as the workers module stores it', () => {
  it('turns instants into ISO 8601 and copies the rule, leaving until out when there is none', () => {
    const rule = { kind: 'schedule' as const, id: 's1', name: 'Office hours' };
    expect(
      toDesiredPowerRecord({ state: 'running', rule, reason: 'open', until: new Date('2026-12-02T17:00:00Z'), next: [{ at: new Date('2026-12-02T17:00:00Z'), state: 'stopped', rule, reason: 'closed' }] }),
    ).toEqual({ state: 'running', rule, reason: 'open', until: '2026-12-02T17:00:00.000Z', next: [{ at: '2026-12-02T17:00:00.000Z', state: 'stopped', rule, reason: 'closed' }] });
    expect(toDesiredPowerRecord({ state: 'either', rule: { kind: 'none' }, reason: 'nothing applies', next: [] })).toEqual({ state: 'either', rule: { kind: 'none' }, reason: 'nothing applies', next: [] });
  });
});
