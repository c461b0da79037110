import { documentMisfits, type EveryField } from '#persistence';
import type { DecisionDoc } from './idle-decision-log.mongo-store.js';
import { idleDecisionSchema } from './idle-decision.schema.js';

const at = '2026-11-25T10:00:00.000Z';

/** Every field a decision row can have: a field added to `IdleDecisionRecord` fails to compile here until the schema declares it. */
const everyField: EveryField<DecisionDoc> = {
  workerId: 'w1',
  at: new Date(at),
  outcome: 'warn',
  code: 'idle-warning',
  reason: 'Idle for 1 h 1 min …',
  idleMinutes: 61,
  lastActivityAt: at,
  lastActivitySource: 'lab-event',
  timeoutMinutes: 60,
  idleFrom: at,
  until: at,
  plannedStopAt: at,
  warnedAt: at,
};

describe('the idle decisions collection schema', () => {
  it('stores a decision as it is, and a row stored before 2026-12 (no code) too', () => {
    expect(documentMisfits(idleDecisionSchema(30), everyField)).toEqual([]);
    expect(documentMisfits(idleDecisionSchema(30), { workerId: 'w1', at: new Date(at), outcome: 'keep', reason: 'Last activity 3 min ago', idleMinutes: 3, timeoutMinutes: 60 })).toEqual([]);
  });

  it('indexes a worker’s decisions newest first and removes rows older than the retention', () => {
    expect(idleDecisionSchema(7).indexes()).toEqual([
      [{ workerId: 1, at: -1 }, {}],
      [{ at: 1 }, { expireAfterSeconds: 7 * 86_400, name: 'at_ttl' }],
    ]);
  });
});
