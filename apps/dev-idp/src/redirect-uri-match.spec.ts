import { redirectUriAllowed } from './redirect-uri-match.js';

const patterns = ['http://127.0.0.1:8030/*', 'http://localhost:8030/api/auth/callback'];

describe('redirectUriAllowed (Keycloak rules)', () => {
  it.each([
    ['an exact registration', 'http://localhost:8030/api/auth/callback', true],
    ['anything under a wildcard', 'http://127.0.0.1:8030/signed-out', true],
    ['the wildcard root itself', 'http://127.0.0.1:8030/', true],
    ['a query under a wildcard', 'http://127.0.0.1:8030/x?next=%2Fworkers', true],
    ['an exact registration with another path', 'http://localhost:8030/api/auth/callback2', false],
    ['an exact registration with a query added', 'http://localhost:8030/api/auth/callback?x=1', false],
    ['another port', 'http://127.0.0.1:8031/signed-out', false],
    ['a longer host sharing the prefix', 'http://127.0.0.1:80300/x', false],
    ['another scheme', 'https://127.0.0.1:8030/x', false],
    ['user info in the URL', 'http://evil@127.0.0.1:8030/x', false],
    ['a fragment', 'http://127.0.0.1:8030/x#frag', false],
    ['not a URL', 'not a url', false],
  ])('%s: %s -> %s', (_case, value, allowed) => {
    expect(redirectUriAllowed(value, patterns)).toBe(allowed);
  });

  it('compares the normalized URL, so dot segments cannot climb out of a wildcard path', () => {
    expect(redirectUriAllowed('http://127.0.0.1:9000/app/../other', ['http://127.0.0.1:9000/app/*'])).toBe(false);
    expect(redirectUriAllowed('http://127.0.0.1:9000/app/x/../y', ['http://127.0.0.1:9000/app/*'])).toBe(true);
  });
});
