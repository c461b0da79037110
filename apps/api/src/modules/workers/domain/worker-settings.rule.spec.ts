import { idleDetectionSet, idleTimeoutSet, renamed, tagsApplied } from './worker-settings.rule.js';

describe('renamed', () => {
  it.each([
    ['a new name, trimmed', 'lab-east-1', '  lab-east-2 ', { set: { name: 'lab-east-2' }, event: { type: 'worker.renamed', data: { from: 'lab-east-1', to: 'lab-east-2' } } }],
    ['the same name: nothing to do', 'lab-east-1', 'lab-east-1 ', undefined],
  ])('%s', (_, from, to, change) => {
    expect(renamed({ name: from }, to)).toEqual(change);
  });

  it('refuses an empty name with WORKER.NAME_INVALID', () => {
    expect(() => renamed({ name: 'lab-east-1' }, '   ')).toThrow(expect.objectContaining({ code: 'WORKER.NAME_INVALID' }));
  });
});

describe('tagsApplied', () => {
  it.each([
    ['a tag set and one removed', { team: 'a', old: 'x' }, { team: 'b' }, { set: { team: 'b' }, removed: ['old'] }],
    ['a tag added', {}, { team: 'a' }, { set: { team: 'a' }, removed: [] }],
  ])('%s', (_, before: Record<string, string>, after: Record<string, string>, data) => {
    expect(tagsApplied({ tags: before }, after)).toEqual({ set: { tags: after }, event: { type: 'worker.tags-changed', data } });
  });

  it('is no change when EC2 reports the same tags', () => {
    expect(tagsApplied({ tags: { team: 'a' } }, { team: 'a' })).toBeUndefined();
  });

  it('keeps a copy, not the caller’s object', () => {
    const tags = { team: 'a' };
    expect(tagsApplied({ tags: {} }, tags)?.set.tags).not.toBe(tags);
  });
});

describe('idleDetectionSet', () => {
  it.each([
    [true, false, { set: { idleDetectionEnabled: false }, event: { type: 'worker.idle-detection-changed', data: { enabled: false } } }],
    [false, true, { set: { idleDetectionEnabled: true }, event: { type: 'worker.idle-detection-changed', data: { enabled: true } } }],
    [true, true, undefined],
  ])('from %s to %s', (before, after, change) => {
    expect(idleDetectionSet({ idleDetectionEnabled: before }, after)).toEqual(change);
  });
});

describe('idleTimeoutSet', () => {
  const idle = { timeoutMinutes: 30, lastActivityAt: '2026-03-02T10:00:00.000Z' };
  it.each([
    ['a worker timeout', 45, { set: { idle: { ...idle, timeoutMinutes: 45 } }, event: { type: 'worker.idle-timeout-changed', data: { from: 30, to: 45 } } }],
    ['back to the fleet default', undefined, { set: { idle: { ...idle, timeoutMinutes: undefined } }, event: { type: 'worker.idle-timeout-changed', data: { from: 30, to: undefined } } }],
    ['the same timeout: nothing to do', 30, undefined],
  ])('%s', (_, minutes, change) => {
    expect(idleTimeoutSet({ idle }, minutes)).toEqual(change);
  });
});
