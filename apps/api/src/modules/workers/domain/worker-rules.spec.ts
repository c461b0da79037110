import { isValidEndpoint, resolveEndpoint } from './worker-endpoint.rule.js';
import { tagProblems } from './worker-tags.rule.js';

describe('resolveEndpoint', () => {
  it.each([
    [{ override: 'https://o', tags: { 'cml-endpoint': 'https://t' }, publicIp: '1.2.3.4', usePrivateIp: false }, 'https://o', 'override'],
    [{ tags: { 'cml-endpoint': 'https://t/' }, publicIp: '1.2.3.4', usePrivateIp: false }, 'https://t', 'tag'],
    [{ tags: {}, publicIp: '1.2.3.4', privateIp: '10.0.0.1', usePrivateIp: false }, 'https://1.2.3.4', 'public-ip'],
    [{ tags: {}, publicIp: '1.2.3.4', privateIp: '10.0.0.1', usePrivateIp: true }, 'https://10.0.0.1', 'private-ip'],
    [{ tags: {}, privateIp: '10.0.0.1', usePrivateIp: false }, undefined, 'none'],
  ])('%j -> %s (%s)', (input, url, source) => {
    expect(resolveEndpoint(input)).toEqual({ url, source });
  });

  it.each([
    ['https://cml.example', true],
    ['http://127.0.0.1:8040/c1', true],
    ['ftp://x', false],
    ['https://user:pw@x', false],
    ['not a url', false],
  ])('%s valid: %s', (v, ok) => expect(isValidEndpoint(v)).toBe(ok));
});

describe('tagProblems', () => {
  it('refuses changing or removing the tags the product relies on', () => {
    expect(tagProblems({ ManagedBy: 'me' }, ['cml-worker-id'])).toEqual([
      'tag ManagedBy is managed by CML Cloud Manager and cannot be changed',
      'tag cml-worker-id is managed by CML Cloud Manager and cannot be removed',
    ]);
  });

  it('refuses reserved prefixes, oversized keys and values, and contradictions', () => {
    expect(tagProblems({ 'aws:x': '1', ['k'.repeat(129)]: 'v', big: 'v'.repeat(257), both: 'x' }, ['both'])).toHaveLength(4);
  });

  it('accepts ordinary edits', () => {
    expect(tagProblems({ team: 'blue', Name: 'lab' }, ['old'])).toEqual([]);
  });
});
