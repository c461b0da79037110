import type { WorkerStatus } from '#kernel';
import { statusForInstanceState, WORKER_STATUSES } from './worker-status.value-object.js';
import { decide, TRANSITIONS, type WorkerAction } from './worker-transitions.rule.js';

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

  it.each(['hibernating', '', 'Running'])('maps %j, which EC2 does not report today, to unknown, not to a guess', (state) => {
    expect(statusForInstanceState(state)).toBe('unknown');
  });
});

describe('transition table', () => {
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
    ['snooze', 'running', 'proceed', 'running'],
    ['snooze', 'pending', 'refuse', undefined],
    ['snooze', 'stopping', 'refuse', undefined],
    ['snooze', 'stopped', 'refuse', undefined],
    ['snooze', 'shutting-down', 'refuse', undefined],
    ['snooze', 'terminated', 'refuse', undefined],
    ['snooze', 'failed', 'refuse', undefined],
    ['snooze', 'unknown', 'refuse', undefined],
    ['edit-tags', 'pending', 'proceed', 'pending'],
    ['edit-tags', 'running', 'proceed', 'running'],
    ['edit-tags', 'stopping', 'proceed', 'stopping'],
    ['edit-tags', 'stopped', 'proceed', 'stopped'],
    ['edit-tags', 'shutting-down', 'proceed', 'shutting-down'],
    ['edit-tags', 'unknown', 'proceed', 'unknown'],
    ['edit-tags', 'failed', 'refuse', undefined],
    ['edit-tags', 'terminated', 'refuse', undefined],
    ['change-license', 'running', 'proceed', 'running'],
    ['change-license', 'pending', 'refuse', undefined],
    ['change-license', 'stopping', 'refuse', undefined],
    ['change-license', 'stopped', 'refuse', undefined],
    ['change-license', 'shutting-down', 'refuse', undefined],
    ['change-license', 'terminated', 'refuse', undefined],
    ['change-license', 'failed', 'refuse', undefined],
    ['change-license', 'unknown', 'refuse', undefined],
    ['record-license-outcome', 'pending', 'proceed', 'pending'],
    ['record-license-outcome', 'running', 'proceed', 'running'],
    ['record-license-outcome', 'stopping', 'proceed', 'stopping'],
    ['record-license-outcome', 'stopped', 'proceed', 'stopped'],
    ['record-license-outcome', 'shutting-down', 'proceed', 'shutting-down'],
    ['record-license-outcome', 'terminated', 'proceed', 'terminated'],
    ['record-license-outcome', 'failed', 'proceed', 'failed'],
    ['record-license-outcome', 'unknown', 'proceed', 'unknown'],
    ['fail-provisioning', 'pending', 'proceed', 'failed'],
    ['fail-provisioning', 'failed', 'noop', undefined],
    ['fail-provisioning', 'running', 'noop', undefined],
    ['fail-provisioning', 'stopping', 'noop', undefined],
    ['fail-provisioning', 'stopped', 'noop', undefined],
    ['fail-provisioning', 'shutting-down', 'noop', undefined],
    ['fail-provisioning', 'terminated', 'noop', undefined],
    ['fail-provisioning', 'unknown', 'noop', undefined],
  ] as const)('%s while %s: %s', (action, status, outcome, to) => {
    const decision = TRANSITIONS[action][status];
    expect(decision.outcome).toBe(outcome);
    if (decision.outcome === 'proceed') expect(decision.to).toBe(to);
    else expect(decision.message).toMatch(/\w+/);
  });

  const actions = Object.keys(TRANSITIONS) as WorkerAction[];

  it('never moves a terminated worker: terminated is final', () => {
    for (const action of actions) {
      const decision = TRANSITIONS[action].terminated;
      if (decision.outcome === 'proceed') expect(decision.to).toBe('terminated');
    }
  });

  it('reaches failed only through a failed launch, and terminated without EC2 only from failed', () => {
    const into = (to: WorkerStatus) => actions.flatMap((a) => WORKER_STATUSES.filter((s) => s !== to && TRANSITIONS[a][s].outcome === 'proceed' && (TRANSITIONS[a][s] as { to: WorkerStatus }).to === to).map((s) => `${a} ${s}`));
    expect(into('failed')).toEqual(['fail-provisioning pending']);
    expect(into('terminated')).toEqual(['terminate failed']);
  });
});

describe('decide', () => {
  const worker = (status: WorkerStatus, over: { managed?: boolean; hasInstance?: boolean } = {}) => ({ status, managed: true, hasInstance: true, ...over });

  it.each(WORKER_STATUSES.flatMap((status) => (Object.keys(TRANSITIONS) as WorkerAction[]).map((action) => [action, status] as const)))(
    'refuses %s on an unregistered %s worker, whatever the table says',
    (action, status) => {
      expect(decide(action, worker(status, { managed: false }))).toEqual({ outcome: 'refuse', message: 'The worker is no longer managed (it was unregistered).' });
    },
  );

  it.each([
    ['stop', 'pending', { outcome: 'refuse', message: 'The worker has no EC2 instance yet.' }],
    ['snooze', 'running', { outcome: 'refuse', message: 'The worker has no EC2 instance yet.' }],
    ['change-license', 'running', { outcome: 'refuse', message: 'The worker has no EC2 instance yet.' }],
    ['edit-tags', 'pending', { outcome: 'refuse', message: 'The worker has no EC2 instance yet.' }],
    ['terminate', 'pending', { outcome: 'proceed', to: 'shutting-down' }],
    ['fail-provisioning', 'pending', { outcome: 'proceed', to: 'failed' }],
    ['record-license-outcome', 'stopped', { outcome: 'proceed', to: 'stopped' }],
  ] as const)('%s while %s without an instance: %j', (action, status, decision) => {
    expect(decide(action, worker(status, { hasInstance: false }))).toEqual(decision);
  });

  it('takes a provisioning failure reported after the instance came as nothing to do', () => {
    expect(decide('fail-provisioning', worker('pending'))).toEqual({ outcome: 'noop', message: 'The worker already has its instance.' });
  });

  it('answers with the table row when the worker is managed and has what the action needs', () => {
    expect(decide('start', worker('stopped'))).toBe(TRANSITIONS.start.stopped);
    expect(decide('stop', worker('stopped'))).toBe(TRANSITIONS.stop.stopped);
  });
});
