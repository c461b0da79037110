import { type InstanceFacts, instanceChanges, type ObservedInstance, tagChanges } from './observed-instance.value-object.js';

const known: InstanceFacts = { publicIp: '198.51.100.7', privateIp: '10.0.0.7', instanceType: 'm5zn.metal', launchedAt: '2026-11-25T09:00:00.000Z', amiId: 'ami-0abc' };
const instance = (over: Partial<ObservedInstance> = {}): ObservedInstance => ({
  instanceId: 'i-1',
  state: 'running',
  instanceType: 'm5zn.metal',
  imageId: 'ami-0abc',
  tags: {},
  publicIp: '198.51.100.7',
  privateIp: '10.0.0.7',
  launchTime: '2026-11-25T09:00:00.000Z',
  ...over,
});

describe('instanceChanges', () => {
  it.each<[string, Partial<ObservedInstance>, Record<string, { from: unknown; to: unknown }>]>([
    ['nothing new', {}, {}],
    ['a new public IP after a restart', { publicIp: '203.0.113.9', launchTime: '2026-11-25T11:00:00.000Z' }, { publicIp: { from: '198.51.100.7', to: '203.0.113.9' }, launchedAt: { from: '2026-11-25T09:00:00.000Z', to: '2026-11-25T11:00:00.000Z' } }],
    ['the public IP gone when stopped', { publicIp: undefined }, { publicIp: { from: '198.51.100.7', to: undefined } }],
    ['a resized instance', { instanceType: 'm7i.metal-24xl' }, { instanceType: { from: 'm5zn.metal', to: 'm7i.metal-24xl' } }],
    ['another AMI', { imageId: 'ami-0def' }, { amiId: { from: 'ami-0abc', to: 'ami-0def' } }],
    ['only the state and tags (not facts of this kind)', { state: 'stopped', tags: { a: 'b' } }, {}],
  ])('%s', (_case, over, changes) => {
    expect(instanceChanges(known, instance(over))).toEqual(changes);
  });
});

describe('tagChanges', () => {
  it.each<[string, Record<string, string>, Record<string, string>, ReturnType<typeof tagChanges>]>([
    ['the same tags', { Name: 'a' }, { Name: 'a' }, undefined],
    ['a changed value', { Name: 'a' }, { Name: 'b' }, { set: { Name: 'b' }, removed: [] }],
    ['a new key', { Name: 'a' }, { Name: 'a', team: 'blue' }, { set: { team: 'blue' }, removed: [] }],
    ['a removed key', { Name: 'a', team: 'blue' }, { Name: 'a' }, { set: {}, removed: ['team'] }],
    ['an empty value is a value', { Name: 'a' }, { Name: '' }, { set: { Name: '' }, removed: [] }],
  ])('%s', (_case, before, after, changes) => {
    expect(tagChanges(before, after)).toEqual(changes);
  });
});
