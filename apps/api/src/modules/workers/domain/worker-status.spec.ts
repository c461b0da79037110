import { STATUS_FOR_INSTANCE_STATE, statusForInstanceState, TRANSITIONS, WORKER_STATUSES } from './worker-status.js';

describe('EC2 state mapping', () => {
  it.each([
    ['pending', 'pending'],
    ['running', 'running'],
    ['stopping', 'stopping'],
    ['stopped', 'stopped'],
    ['shutting-down', 'shutting-down'],
    ['terminated', 'terminated'],
  ])('EC2 %s is worker %s', (state, status) => {
    expect(statusForInstanceState(state)).toBe(status);
  });

  it('maps anything EC2 might add later to unknown, not to a guess', () => {
    expect(statusForInstanceState('hibernating')).toBe('unknown');
  });

  it('covers every EC2 state', () => {
    expect(Object.keys(STATUS_FOR_INSTANCE_STATE).sort()).toEqual(['pending', 'running', 'shutting-down', 'stopped', 'stopping', 'terminated']);
  });
});

describe('transition table', () => {
  it('has a decision for every operation in every status', () => {
    for (const op of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]) {
      expect(Object.keys(TRANSITIONS[op]).sort()).toEqual([...WORKER_STATUSES].sort());
    }
  });

  it.each([
    ['start', 'stopped', 'proceed', 'pending'],
    ['start', 'pending', 'noop', undefined],
    ['start', 'running', 'noop', undefined],
    ['start', 'stopping', 'refuse', undefined],
    ['start', 'shutting-down', 'refuse', undefined],
    ['start', 'terminated', 'refuse', undefined],
    ['start', 'failed', 'refuse', undefined],
    ['start', 'unknown', 'refuse', undefined],
    ['stop', 'running', 'proceed', 'stopping'],
    ['stop', 'pending', 'proceed', 'stopping'],
    ['stop', 'stopping', 'noop', undefined],
    ['stop', 'stopped', 'noop', undefined],
    ['stop', 'shutting-down', 'refuse', undefined],
    ['stop', 'terminated', 'refuse', undefined],
    ['stop', 'failed', 'refuse', undefined],
    ['stop', 'unknown', 'refuse', undefined],
    ['terminate', 'running', 'proceed', 'shutting-down'],
    ['terminate', 'stopped', 'proceed', 'shutting-down'],
    ['terminate', 'pending', 'proceed', 'shutting-down'],
    ['terminate', 'stopping', 'proceed', 'shutting-down'],
    ['terminate', 'unknown', 'proceed', 'shutting-down'],
    ['terminate', 'failed', 'proceed', 'terminated'],
    ['terminate', 'shutting-down', 'noop', undefined],
    ['terminate', 'terminated', 'noop', undefined],
  ] as const)('%s while %s: %s', (op, status, outcome, to) => {
    const decision = TRANSITIONS[op][status];
    expect(decision.outcome).toBe(outcome);
    if (decision.outcome === 'proceed') expect(decision.to).toBe(to);
    else expect(decision.message).toMatch(/\w+/);
  });
});
