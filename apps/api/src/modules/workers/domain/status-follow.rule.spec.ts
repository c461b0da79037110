import { cmlFreshness, isFollowed, nextSlot, nextStatusCheck } from './status-follow.rule.js';

const NOW = new Date('2026-11-25T10:00:03Z');
const policy = { followIntervalSeconds: 10, followMaxMinutes: 20, cycleIntervalSeconds: 300 };
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

describe('following an instance that changes state', () => {
  it.each([
    ['stopping, changed a minute ago', { status: 'stopping', statusChangedAt: ago(1) }, true],
    ['pending, changed a minute ago', { status: 'pending', statusChangedAt: ago(1) }, true],
    ['shutting down, changed a minute ago', { status: 'shutting-down', statusChangedAt: ago(1) }, true],
    ['stopping for longer than the follow window', { status: 'stopping', statusChangedAt: ago(20) }, false],
    ['stopping, change time unknown (older records)', { status: 'stopping', statusChangedAt: undefined }, false],
    ['running', { status: 'running', statusChangedAt: ago(1) }, false],
    ['stopped', { status: 'stopped', statusChangedAt: ago(1) }, false],
    ['unregistered while stopping', { status: 'stopping', statusChangedAt: ago(1), managed: false }, false],
  ] as const)('%s: followed %s', (_name, input, expected) => {
    expect(isFollowed({ managed: true, ...input }, NOW, policy)).toBe(expected);
  });

  it('reads a followed instance at the next follow slot, the others at the next cycle', () => {
    expect(nextStatusCheck({ managed: true, status: 'stopping', statusChangedAt: ago(1) }, NOW, policy)).toEqual({ at: '2026-11-25T10:00:10.000Z', intervalSeconds: 10, reason: 'following-change' });
    expect(nextStatusCheck({ managed: true, status: 'running', statusChangedAt: ago(1) }, NOW, policy)).toEqual({ at: '2026-11-25T10:05:00.000Z', intervalSeconds: 300, reason: 'collection-cycle' });
    expect(nextStatusCheck({ managed: true, status: 'terminated' }, NOW, policy)).toBeUndefined();
    expect(nextStatusCheck({ managed: false, status: 'running' }, NOW, policy)).toBeUndefined();
  });

  it('puts slot boundaries after now, never at it', () => {
    expect(nextSlot(new Date('2026-11-25T10:00:10.000Z'), 10).toISOString()).toBe('2026-11-25T10:00:20.000Z');
  });
});

describe('whether the CML facts are current', () => {
  it.each([
    ['running and answering', { status: 'running', serviceStatus: 'available' }, true, undefined],
    ['stopping', { status: 'stopping', serviceStatus: 'unavailable' }, false, 'The instance is stopping: its controller is not read.'],
    ['stopped', { status: 'stopped', serviceStatus: 'unavailable' }, false, 'The instance is stopped: its controller is not read.'],
    ['running, controller unreachable', { status: 'running', serviceStatus: 'unavailable', error: 'timed out after 10 s' }, false, 'The controller does not answer: timed out after 10 s'],
    ['running, controller booting', { status: 'running', serviceStatus: 'starting' }, false, 'The controller is starting.'],
  ] as const)('%s', (_name, input, current, reason) => {
    const f = cmlFreshness({ ...input, lastReadAt: ago(12) });
    expect(f).toEqual({ current, asOf: ago(12), ...(reason ? { reason } : {}) });
  });
});
