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
  ])('%j -> %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});
