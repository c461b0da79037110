import { importability, importedWorkerName, type ImportSelection, importSelectionProblem, isGone } from './import.rule.js';

describe('importSelectionProblem', () => {
  const EXACTLY = 'Give exactly one of instanceId, amiId or amiName.';
  const AT_MOST = 'Give at most one of instanceId, amiId or amiName.';
  const ALL_WITH_ID = '`all` imports every instance of an AMI; with instanceId leave it out.';
  const ALL_WITH_NAME = '`name` names a single worker; leave it out when importing all matches.';

  it.each<[string, ImportSelection, string | undefined, string | undefined]>([
    ['nothing', {}, EXACTLY, undefined],
    ['an instance id', { instanceId: 'i-1' }, undefined, undefined],
    ['an AMI id', { amiId: 'ami-1' }, undefined, undefined],
    ['an AMI name', { amiName: 'cml-*' }, undefined, undefined],
    ['an empty instance id', { instanceId: '' }, EXACTLY, undefined],
    ['an instance id and an AMI id', { instanceId: 'i-1', amiId: 'ami-1' }, EXACTLY, AT_MOST],
    ['all three', { instanceId: 'i-1', amiId: 'ami-1', amiName: 'cml-*' }, EXACTLY, AT_MOST],
    ['all of an instance', { instanceId: 'i-1', all: true }, ALL_WITH_ID, ALL_WITH_ID],
    ['all of an AMI, named', { amiName: 'cml-*', all: true, name: 'lab' }, ALL_WITH_NAME, ALL_WITH_NAME],
    ['all of an AMI', { amiName: 'cml-*', all: true }, undefined, undefined],
    ['one instance, named', { instanceId: 'i-1', name: 'lab' }, undefined, undefined],
  ])('%s: import %j, discovery %j', (_case, selection, forImport, forDiscovery) => {
    expect(importSelectionProblem(selection, true)).toBe(forImport);
    expect(importSelectionProblem(selection, false)).toBe(forDiscovery);
  });
});

describe('importedWorkerName', () => {
  it.each<[string, { instanceId: string; name?: string }, string | undefined, string]>([
    ['the name given, trimmed', { instanceId: 'i-1', name: 'tagged' }, '  mine ', 'mine'],
    ['else the Name tag, trimmed', { instanceId: 'i-1', name: ' tagged ' }, undefined, 'tagged'],
    ['a blank name given counts as none', { instanceId: 'i-1', name: 'tagged' }, '   ', 'tagged'],
    ['else worker-<instance id>', { instanceId: 'i-1' }, undefined, 'worker-i-1'],
    ['a blank Name tag counts as none', { instanceId: 'i-1', name: ' ' }, undefined, 'worker-i-1'],
  ])('%s', (_case, instance, given, name) => {
    expect(importedWorkerName(instance, given)).toBe(name);
  });
});

describe('importability', () => {
  const owner = { id: 'w7', name: 'lab-7' };
  it.each<[string, string, typeof owner | undefined, ReturnType<typeof importability>]>([
    ['running', 'running', undefined, { importable: true }],
    ['stopped', 'stopped', undefined, { importable: true }],
    ['pending', 'pending', undefined, { importable: true }],
    ['stopping', 'stopping', undefined, { importable: true }],
    ['terminated', 'terminated', undefined, { importable: false, reason: 'instance is terminated' }],
    ['being terminated', 'shutting-down', undefined, { importable: false, reason: 'instance is shutting-down' }],
    ['managed already', 'running', owner, { importable: false, reason: 'already managed as worker lab-7', owner }],
    ['managed and terminated: the owner is the reason', 'terminated', owner, { importable: false, reason: 'already managed as worker lab-7', owner }],
  ])('%s', (_case, state, by, verdict) => {
    expect(importability({ state }, by)).toEqual(verdict);
    expect(isGone(state)).toBe(state === 'terminated' || state === 'shutting-down');
  });
});
