import { endpointProblem, resolveEndpoint } from './worker-endpoint.rule.js';

describe('resolveEndpoint', () => {
  const base = { tags: {} as Record<string, string>, publicIp: '198.51.100.7', privateIp: '10.0.1.7', usePrivateIp: false };

  it.each([
    ['an override wins over everything', { override: 'https://cml.example.com', tags: { 'cml-endpoint': 'https://tag.example.com' } }, { url: 'https://cml.example.com', source: 'override' }],
    ['a valid tag wins over the IP, without a trailing slash', { tags: { 'cml-endpoint': ' https://tag.example.com:8443/ ' } }, { url: 'https://tag.example.com:8443', source: 'tag' }],
    ['the public IP by default', {}, { url: 'https://198.51.100.7', source: 'public-ip' }],
    ['the private IP when configured', { usePrivateIp: true }, { url: 'https://10.0.1.7', source: 'private-ip' }],
    ['nothing without an address', { publicIp: undefined }, { source: 'none' }],
  ])('%s', (_name, input, expected) => {
    expect(resolveEndpoint({ ...base, ...input })).toEqual(expected);
  });

  it.each([
    ['ftp://cml.example.com', 'it uses ftp:'],
    ['javascript:alert(1)', 'it uses javascript:'],
    ['https://admin:pw@cml.example.com', 'it carries user info'],
    ['https://cml.example.com/?next=x', 'it has a query or fragment'],
    ['cml.example.com', 'it is not a URL'],
  ])('ignores the tag %s and falls back to no address at all (%s)', (tag, why) => {
    const resolved = resolveEndpoint({ ...base, tags: { 'cml-endpoint': tag } });
    expect(resolved.url).toBeUndefined();
    expect(resolved.source).toBe('none');
    expect(resolved.problem).toContain(`The cml-endpoint tag "${tag}" is ignored: ${why}`);
  });
});

describe('endpointProblem', () => {
  it.each(['https://cml.example.com', 'http://127.0.0.1:8040', 'https://[fd00::1]:8443/base'])('accepts %s', (url) => {
    expect(endpointProblem(url)).toBeUndefined();
  });
});
