import { safeReturnTo } from './sign-in.service.js';

describe('safeReturnTo', () => {
  it.each([
    ['/workers/abc?tab=labs#x', '/workers/abc?tab=labs#x'],
    ['/', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['workers', '/'],
    ['/ok\r\nSet-Cookie: x=1', '/'],
    ['', '/'],
    [undefined, '/'],
    [42, '/'],
    // Dot segments that normalise to a scheme-relative URL.
    ['/.//evil.example/x', '/'],
    ['/.\\/evil.example', '/'],
    ['/a/..//evil.example', '/'],
    ['/%2e//evil.example', '/'],
    ['/%2E%2E//evil.example', '/'],
    ['/%2F%2Fevil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['/.\\evil.example', '/'],
    ['/workers/../labs', '/labs'],
    ['/workers/a%20b', '/workers/a%20b'],
  ])('%j -> %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });

  it('never returns a value a browser reads as another origin', () => {
    for (const input of ['/.//x', '/././/x', '/%2e%2e//x', '/..//x', '/.%2F/x', '/x/../..//y']) {
      const out = safeReturnTo(input);
      expect(new URL(out, 'https://app.example/base/').origin).toBe('https://app.example');
    }
  });
});
