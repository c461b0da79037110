import { jwtExpiry, tokenCacheTtlSeconds } from './token-ttl.js';

const jwt = (claims: Record<string, unknown>): string =>
  [{ alg: 'HS256', typ: 'JWT' }, claims].map((p) => Buffer.from(JSON.stringify(p)).toString('base64url')).join('.') + '.c2lnbmF0dXJl';

describe('token TTL', () => {
  const now = 1_700_000_000_000;

  it('reads exp from a JWT', () => {
    expect(jwtExpiry(jwt({ exp: 1_700_003_600 }))).toBe(1_700_003_600);
  });

  it.each([['opaque-token'], ['a.b'], ['a.!!!.c'], [jwt({ sub: 'x' })], [jwt({ exp: 'soon' })]])('finds no expiry in %s', (token) => {
    expect(jwtExpiry(token)).toBeUndefined();
  });

  it.each([
    ['an hour-long JWT: until 30 s before exp', jwt({ exp: now / 1000 + 3600 }), 3570],
    ['a 100 s JWT: keeps a 10 % margin', jwt({ exp: now / 1000 + 100 }), 90],
    ['an expired JWT: not cached', jwt({ exp: now / 1000 - 5 }), 0],
    ['an opaque token: the configured TTL', 'opaque', 1800],
  ])('caches %s', (_name, token, expected) => {
    expect(tokenCacheTtlSeconds(token, 1800, now)).toBe(expected);
  });
});
