import type { ChangeContext } from '#kernel';
import { RuntimeSettings } from './runtime-settings.aggregate.js';

const ctx: ChangeContext = { actor: { kind: 'user', id: 'u-1', name: 'ada' }, now: new Date('2026-12-03T10:00:00Z') };

describe('RuntimeSettings', () => {
  it('keeps a change, marks who made it and raises one settings.changed with the values before and after', () => {
    const s = RuntimeSettings.initial();
    expect(s.change([{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', value: 30, from: 60, to: 30 }, { setting: 'subnetId', variable: 'WORKER_SUBNET_ID', value: 'subnet-1', from: null, to: 'subnet-1' }], ctx)).toBe(2);
    expect(s.overrides()).toEqual({ idleTimeoutMinutes: 30, subnetId: 'subnet-1' });
    expect(s.lastChange('idleTimeoutMinutes')).toEqual({ by: ctx.actor, at: '2026-12-03T10:00:00.000Z' });
    const events = s.unsavedEvents();
    expect(events).toHaveLength(1);
    expect(events[0].toEnvelope()).toMatchObject({
      type: 'settings.changed',
      actor: ctx.actor,
      data: { version: 1, changedBy: 'ada', changes: [{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', from: '60', to: '30', reset: false }, { setting: 'subnetId', from: 'null', to: '"subnet-1"', reset: false }] },
    });
  });

  it('a reset (null) removes the override; a change that alters nothing raises nothing', () => {
    const s = new RuntimeSettings('runtime-settings', { overrides: { idleTimeoutMinutes: 30 }, changes: {} }, 4);
    expect(s.change([{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', value: 30, from: 30, to: 30 }, { setting: 'subnetId', variable: 'WORKER_SUBNET_ID', value: null, from: null, to: null }], ctx)).toBe(0);
    expect(s.hasChanges).toBe(false);
    expect(s.change([{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', value: null, from: 30, to: 60 }], ctx)).toBe(1);
    expect(s.overrides()).toEqual({});
    expect(s.version).toBe(5);
    expect(s.unsavedEvents()[0].toEnvelope().data).toEqual({ version: 5, changedBy: 'ada', changes: [{ setting: 'idleTimeoutMinutes', variable: 'IDLE_TIMEOUT_MINUTES', from: '30', to: '60', reset: true }] });
  });
});
