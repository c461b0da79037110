import { startDevIdp, type DevIdp } from '../apps/dev-idp/src/dev-idp.js';
import { BrowserSession } from './support/browser-session.js';
import { SUITE_REDIS_PREFIX } from './support/env.js';
import { fetchWithCookies, loginThroughForm } from './support/oidc-login.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The console's sign-in, done over HTTP the way a browser does it, against the real Keycloak
 * and against the embedded development provider: the same app code for both.
 */
const providers: [string, () => Promise<{ env: Record<string, string>; close?: () => Promise<void> }>, number][] = [
  ['Keycloak', async () => ({ env: {} }), 8131],
  [
    'the embedded provider',
    async () => {
      const idp: DevIdp = await startDevIdp({ port: 0, env: 'test' });
      return { env: { OIDC_ISSUER_URL: idp.issuer }, close: () => idp.close() };
    },
    8132,
  ],
];

describe.each(providers)('sign-in through %s', (_name, provider, port) => {
  let t: TestApp;
  let closeProvider: (() => Promise<void>) | undefined;
  const logLines: string[] = [];

  beforeAll(async () => {
    const p = await provider();
    closeProvider = p.close;
    t = await startTestApp(`login-${port}`, { ...p.env, AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', LOG_LEVEL: 'info' }, { port, logLines });
  });
  afterAll(async () => {
    await t.close();
    await closeProvider?.();
  });

  it('signs in as admin, reaches returnTo, knows who is calling, and signs out', async () => {
    const browser = new BrowserSession(t.url);
    const { finalLocation } = await browser.signIn('admin', 'admin', '/workers?tab=labs');
    expect(finalLocation).toBe('/workers?tab=labs');

    const me = await browser.fetch('/api/auth/me');
    expect(me.status).toBe(200);
    const body = (await me.json()) as { username: string; roles: string[]; via: string; sessionExpiresAt: string };
    expect(body).toMatchObject({ username: 'admin', roles: ['admin'], via: 'session' });
    expect(Date.parse(body.sessionExpiresAt)).toBeGreaterThan(Date.now());

    const logout = await browser.send('POST', '/api/auth/logout');
    expect(logout.status).toBe(200);
    const { logoutUrl } = (await logout.json()) as { logoutUrl?: string };
    expect(logoutUrl).toContain('post_logout_redirect_uri=');
    expect((await browser.fetch('/api/auth/me')).status).toBe(401);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ and a readable CSRF cookie', async () => {
    const login = await fetch(`${t.url}/api/auth/login`, { redirect: 'manual' });
    const jarless = await loginThroughForm(new URL(login.headers.get('location')!), 'user', 'user');
    const bindingCookie = login.headers.getSetCookie().find((c) => c.startsWith('ccm_login='))!;
    expect(bindingCookie).toMatch(/HttpOnly/);
    expect(bindingCookie).toMatch(/Path=\/api\/auth/);
    const callback = await fetch(jarless, { redirect: 'manual', headers: { cookie: bindingCookie.split(';')[0] } });
    expect(callback.status).toBe(303);
    const cookies = callback.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('ccm_session='))!;
    const csrf = cookies.find((c) => c.startsWith('ccm_csrf='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/); // http in tests; Secure behind https (PUBLIC_URL)
    expect(csrf).not.toMatch(/HttpOnly/);
  });

  it('logs the callback request without its code and state', async () => {
    const browser = new BrowserSession(t.url);
    const { callbackUrl } = await browser.signIn('user', 'user');
    const code = callbackUrl.searchParams.get('code')!;
    const state = callbackUrl.searchParams.get('state')!;
    expect(code.length).toBeGreaterThan(8);
    expect(state.length).toBeGreaterThan(8);
    const requests = logLines.map((line) => JSON.parse(line) as { req?: { url?: string }; res?: { statusCode?: number } }).filter((line) => line.req?.url);
    const callback = requests.find((line) => line.req!.url!.startsWith('/api/auth/callback?') && line.res?.statusCode === 303);
    expect(callback?.req?.url).toMatch(/[?&]code=\[redacted\]/);
    expect(callback?.req?.url).toMatch(/[?&]state=\[redacted\]/);
    const leaks = logLines.filter((line) => line.includes(code) || line.includes(state));
    expect(leaks).toEqual([]);
  });

  it('refuses a replayed callback with a clear 400 page', async () => {
    const browser = new BrowserSession(t.url);
    const { callbackUrl } = await browser.signIn('user', 'user');
    const replay = await fetchWithCookies(callbackUrl, browser.jar, { headers: { accept: 'text/html' } });
    expect(replay.status).toBe(400);
    const html = await replay.text();
    expect(html).toContain('expired or was already used');
    expect(html).toContain('/api/auth/login');
  });

  it('refuses a callback with a forged state (JSON problem for API clients)', async () => {
    const browser = new BrowserSession(t.url);
    await browser.fetch('/api/auth/login');
    const res = await browser.fetch('/api/auth/callback?code=abc&state=forged');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('AUTH.STATE_UNKNOWN');
  });

  it('refuses a callback completed in another browser (login CSRF)', async () => {
    const victim = new BrowserSession(t.url);
    const attacker = new BrowserSession(t.url);
    const login = await attacker.fetch('/api/auth/login');
    const callbackUrl = await loginThroughForm(new URL(login.headers.get('location')!), 'user', 'user');
    const res = await fetchWithCookies(callbackUrl, victim.jar);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('AUTH.STATE_MISMATCH');
  });

  it('never redirects off-site after sign-in', async () => {
    const browser = new BrowserSession(t.url);
    const { finalLocation } = await browser.signIn('user', 'user', 'https://evil.example/steal');
    expect(finalLocation).toBe('/');
  });

  it('refuses a cookie-authenticated write without the CSRF token, but not a read', async () => {
    const browser = new BrowserSession(t.url);
    await browser.signIn('manager', 'manager');
    const refused = await browser.send('POST', '/api/auth/session/extend', undefined, false);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('AUTH.CSRF_TOKEN_INVALID');
    expect((await browser.send('POST', '/api/auth/session/extend', undefined, true)).status).toBe(200);
    expect((await browser.fetch('/api/auth/me')).status).toBe(200);
  });

  it('lets a user without a role sign in, and says access is denied elsewhere', async () => {
    const browser = new BrowserSession(t.url);
    await browser.signIn('guest', 'guest');
    const me = (await (await browser.fetch('/api/auth/me')).json()) as { roles: string[] };
    expect(me.roles).toEqual([]);
    const workers = await browser.fetch('/api/workers');
    expect(workers.status).toBe(403);
    expect(((await workers.json()) as { detail: string }).detail).toMatch(/no CML Cloud Manager role/);
  });

  it('does not extend the idle timeout for reads the console marks as background', async () => {
    const browser = new BrowserSession(t.url);
    await browser.signIn('user', 'user');
    const left = async () => ((await (await browser.fetch('/api/auth/session')).json()) as { expiresInSeconds: number }).expiresInSeconds;
    await new Promise((r) => setTimeout(r, 3100));
    const before = await left();
    expect((await browser.fetch('/api/workers', { headers: { 'x-background-request': '1' } })).status).toBe(200);
    expect(await left()).toBeLessThanOrEqual(before);
    expect((await browser.fetch('/api/workers')).status).toBe(200);
    expect(await left()).toBeGreaterThanOrEqual(before + 2);
  });

  it('reports session expiry without counting as activity', async () => {
    const browser = new BrowserSession(t.url);
    await browser.signIn('user', 'user');
    const res = await browser.fetch('/api/auth/session');
    expect(res.status).toBe(200);
    const s = (await res.json()) as { expiresInSeconds: number; idleTimeoutMinutes: number };
    expect(s.idleTimeoutMinutes).toBe(30);
    expect(s.expiresInSeconds).toBeGreaterThan(29 * 60);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    // In-process counters: the shared Redis also counts the other suites' sign-ins from 127.0.0.1.
    t = await startTestApp('login-rate', { AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '3', REDIS_URL: undefined });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${t.url}/api/auth/login`, { redirect: 'manual' });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([302, 302, 302]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('sign-ins in progress', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Keys of its own: the sign-ins of this file's other tests count in the same window otherwise.
    t = await startTestApp('login-pending', { AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '1000', AUTH_PENDING_LOGINS_MAX: '10', REDIS_KEY_PREFIX: `${SUITE_REDIS_PREFIX}pending:` });
  });
  afterAll(() => t.close());

  it('are bounded across all clients, so an anonymous loop cannot fill the store', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await fetch(`${t.url}/api/auth/login`, { redirect: 'manual', headers: { accept: 'application/json' } });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 302)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await last!.json()) as { code: string }).toMatchObject({ code: 'AUTH.TOO_MANY_SIGN_INS' });
  });
});

describe('the client address behind proxies (TRUST_PROXY)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('login-proxy', { AUTH_LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1', REDIS_KEY_PREFIX: `${SUITE_REDIS_PREFIX}proxy:` });
  });
  afterAll(() => t.close());

  it('is the address the trusted proxy saw, whatever the client puts further left in X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The proxy in front appends the address it saw (10.0.0.1); the client made up the rest.
      const res = await fetch(`${t.url}/api/auth/login`, { redirect: 'manual', headers: { 'x-forwarded-for': `198.51.100.${i}, 10.0.0.1` } });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([302, 302, 302, 429, 429]);
  });
});
