// Explicit imports: tsconfig.build.json compiles *.int-spec.ts (it only excludes *.spec.ts) without Jest's global types.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AddressInfo, createServer } from 'node:net';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import {
  CookieJar,
  fetchWithCookies,
  loginErrorMessage,
  loginThroughForm,
  openLoginPage,
  submitLoginForm,
} from '../../../test/support/oidc-login.js';
import { runCli } from './cli.js';
import { type DevIdp, DevIdpRefusedError, startDevIdp } from './dev-idp.js';

const WEB_CLIENT = 'cml-cloud-manager-web';
const WEB_SECRET = 'dev-web-secret-change-me';
const SWAGGER_CLIENT = 'cml-cloud-manager-swagger';
const CALLBACK = 'http://127.0.0.1:8030/api/auth/callback';
const SWAGGER_CALLBACK = 'http://127.0.0.1:8030/api/docs/oauth2-redirect.html';
const API_AUDIENCE = 'cml-cloud-manager';
const KEYCLOAK_DEFAULT_ROLES = ['default-roles-cml-cloud-manager', 'offline_access', 'uma_authorization'];
const PRODUCT_ROLES = ['admin', 'manager', 'user'];

let idp: DevIdp;
let webClient: oidc.Configuration;

function discover(clientId: string, secret?: string, auth?: oidc.ClientAuth): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(idp.issuer), clientId, secret, auth, { execute: [oidc.allowInsecureRequests] });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** An authorization URL with state, nonce and an S256 challenge, and the checks that go with it. */
async function authorizationRequest(config: oidc.Configuration, redirectUri = CALLBACK, scope = 'openid profile email') {
  const pkceCodeVerifier = oidc.randomPKCECodeVerifier();
  const expectedState = oidc.randomState();
  const expectedNonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state: expectedState,
    nonce: expectedNonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(pkceCodeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, checks: { pkceCodeVerifier, expectedState, expectedNonce } };
}

async function verifyAgainstJwks(token: string) {
  const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
  const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
  return jwtVerify(token, jwks, { issuer: idp.issuer, audience: API_AUDIENCE, algorithms: ['RS256'] });
}

/** Runs `fn` while recording everything written to stdout, stderr and the console. */
async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const written: string[] = [];
  const restores: Array<() => void> = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    restores.push(() => {
      stream.write = original;
    });
  }
  // Jest's console buffers instead of writing to stdout, so its methods are swapped too.
  const consoleMethods = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = consoleMethods[method];
    consoleMethods[method] = (...args: unknown[]) => void written.push(args.map(String).join(' '));
    restores.push(() => {
      consoleMethods[method] = original;
    });
  }
  try {
    return { result: await fn(), output: written.join('\n') };
  } finally {
    restores.forEach((restore) => restore());
  }
}

beforeAll(async () => {
  idp = await startDevIdp({ port: 0, env: 'test' });
  webClient = await discover(WEB_CLIENT, WEB_SECRET);
});

afterAll(async () => {
  await idp?.close();
});

describe('discovery and keys', () => {
  it('listens on loopback with an http://127.0.0.1:<port> issuer', () => {
    expect(idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('publishes a discovery document that openid-client accepts', async () => {
    const metadata = webClient.serverMetadata();
    expect(metadata.issuer).toBe(idp.issuer);
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
    expect(metadata.grant_types_supported).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']));
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(['client_secret_basic', 'client_secret_post', 'none']));
    expect(metadata.response_types_supported).toEqual(['code']);
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'userinfo_endpoint', 'end_session_endpoint', 'jwks_uri'] as const) {
      expect(metadata[endpoint]).toMatch(new RegExp(`^${idp.issuer}/`));
    }
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'email', 'roles', 'offline_access']));
  });

  it('publishes one RS256 public signing key with a kid and no private parts', async () => {
    const jwks = (await (await fetch(webClient.serverMetadata().jwks_uri!)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(secret);
  });
});

describe('client credentials (service accounts)', () => {
  it.each([
    ['cml-automation-admin', 'admin', 'dev-automation-admin-secret'],
    ['cml-automation-manager', 'manager', 'dev-automation-manager-secret'],
    ['cml-automation-viewer', 'user', 'dev-automation-viewer-secret'],
  ])('%s gets a signed Keycloak-shaped access token with the %s role', async (clientId, role, secret) => {
    const config = await discover(clientId, secret);
    const response = await oidc.clientCredentialsGrant(config);
    expect(response.token_type.toLowerCase()).toBe('bearer');
    expect(response.refresh_token).toBeUndefined();
    expect(response.scope).toBe('email profile');

    const { payload, protectedHeader } = await verifyAgainstJwks(response.access_token);
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    expect(payload).toMatchObject({
      iss: idp.issuer,
      aud: [API_AUDIENCE, 'account'],
      azp: clientId,
      client_id: clientId,
      typ: 'Bearer',
      preferred_username: `service-account-${clientId}`,
      email_verified: false,
      scope: 'email profile',
      sub: expect.stringMatching(/^[0-9a-f-]{36}$/),
      jti: expect.any(String),
    });
    expect(payload.exp! - payload.iat!).toBe(300);
    const roles = (payload.realm_access as { roles: string[] }).roles;
    expect([...roles].sort()).toEqual([...KEYCLOAK_DEFAULT_ROLES, role].sort());
    expect(payload.resource_access).toEqual({ account: { roles: ['manage-account', 'manage-account-links', 'view-profile'] } });
  });

  it('accepts the secret in the request body (client_secret_post) too', async () => {
    const config = await discover('cml-automation-viewer', undefined, oidc.ClientSecretPost('dev-automation-viewer-secret'));
    const response = await oidc.clientCredentialsGrant(config);
    expect(decodePayload(response.access_token).azp).toBe('cml-automation-viewer');
  });

  it('refuses a wrong client secret', async () => {
    const config = await discover('cml-automation-admin', 'not-the-secret');
    await expect(oidc.clientCredentialsGrant(config)).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('refuses offline_access to a service account, which does not have that optional scope', async () => {
    const config = await discover('cml-automation-admin', 'dev-automation-admin-secret');
    await expect(oidc.clientCredentialsGrant(config, { scope: 'offline_access' })).rejects.toMatchObject({ error: 'invalid_scope' });
  });

  it('refuses client credentials to the interactive web client, which has no service account', async () => {
    // Keycloak answers unauthorized_client here; oidc-provider's code for a grant type the client lacks is invalid_request.
    await expect(oidc.clientCredentialsGrant(webClient)).rejects.toMatchObject({
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });
});

describe('authorization code flow with PKCE', () => {
  it('signs admin in through the login form, issues Keycloak-shaped tokens, refreshes, serves userinfo and signs out', async () => {
    const { url, checks } = await authorizationRequest(webClient);
    const jar = new CookieJar();

    const callback = await loginThroughForm(url, 'admin', 'admin', { jar });
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe(checks.expectedState);

    const tokens = await oidc.authorizationCodeGrant(webClient, callback, checks);
    expect(tokens.scope).toBe('openid email profile');

    const { payload, protectedHeader } = await verifyAgainstJwks(tokens.access_token);
    expect(protectedHeader.kid).toBeTruthy();
    const idToken = tokens.claims()!;
    expect(payload).toMatchObject({
      iss: idp.issuer,
      sub: idToken.sub,
      aud: expect.arrayContaining([API_AUDIENCE]),
      azp: WEB_CLIENT,
      typ: 'Bearer',
      scope: 'openid email profile',
      preferred_username: 'admin',
      name: 'Ada Admin',
      given_name: 'Ada',
      family_name: 'Admin',
      email: 'admin@example.test',
      email_verified: true,
      sid: expect.any(String),
      auth_time: expect.any(Number),
      jti: expect.any(String),
    });
    expect(Array.isArray(payload.aud)).toBe(true);
    expect(payload).not.toHaveProperty('client_id');
    expect((payload.realm_access as { roles: string[] }).roles).toEqual(expect.arrayContaining(['admin', ...KEYCLOAK_DEFAULT_ROLES]));
    expect(payload['allowed-origins']).toEqual(expect.arrayContaining(['http://127.0.0.1:8030']));

    expect(idToken).toMatchObject({
      iss: idp.issuer,
      aud: WEB_CLIENT,
      nonce: checks.expectedNonce,
      preferred_username: 'admin',
      name: 'Ada Admin',
      email: 'admin@example.test',
      sid: payload.sid,
    });

    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(webClient, tokens.refresh_token!);
    const refreshedPayload = decodePayload(refreshed.access_token);
    expect(refreshedPayload).toMatchObject({ sub: idToken.sub, azp: WEB_CLIENT, preferred_username: 'admin', sid: payload.sid });
    expect(refreshedPayload.jti).not.toBe(payload.jti);

    const userinfo = await oidc.fetchUserInfo(webClient, refreshed.access_token, idToken.sub);
    expect(userinfo).toEqual({
      sub: idToken.sub,
      preferred_username: 'admin',
      name: 'Ada Admin',
      given_name: 'Ada',
      family_name: 'Admin',
      email: 'admin@example.test',
      email_verified: true,
    });

    const endSession = oidc.buildEndSessionUrl(webClient, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: 'http://127.0.0.1:8030/signed-out',
      state: 'bye',
    });
    const logout = await fetchWithCookies(endSession, jar);
    expect(logout.status).toBeGreaterThanOrEqual(300);
    expect(logout.status).toBeLessThan(400);
    expect(logout.headers.get('location')).toBe('http://127.0.0.1:8030/signed-out?state=bye');

    // The session is over: its refresh token is dead and the next authorization asks for credentials again.
    await expect(oidc.refreshTokenGrant(webClient, refreshed.refresh_token ?? tokens.refresh_token!)).rejects.toMatchObject({
      error: 'invalid_grant',
    });
    const again = await authorizationRequest(webClient);
    await expect(openLoginPage(again.url, jar)).resolves.toMatchObject({ status: 200 });
  });

  it('keeps the browser signed in: a second authorization skips the form (single sign-on)', async () => {
    const jar = new CookieJar();
    await loginThroughForm((await authorizationRequest(webClient)).url, 'manager', 'manager', { jar });
    const { url, checks } = await authorizationRequest(webClient);
    const step = await fetchWithCookies(url, jar);
    expect(step.status).toBe(303);
    const callback = new URL(step.headers.get('location')!, url);
    const tokens = await oidc.authorizationCodeGrant(webClient, callback, checks);
    expect(decodePayload(tokens.access_token).preferred_username).toBe('manager');
  });

  it('signs in the public Swagger client with PKCE and no secret', async () => {
    const swagger = await discover(SWAGGER_CLIENT, undefined, oidc.None());
    const { url, checks } = await authorizationRequest(swagger, SWAGGER_CALLBACK);
    const callback = await loginThroughForm(url, 'user', 'user');
    const tokens = await oidc.authorizationCodeGrant(swagger, callback, checks);
    const payload = decodePayload(tokens.access_token);
    expect(payload).toMatchObject({ azp: SWAGGER_CLIENT, aud: expect.arrayContaining([API_AUDIENCE]), preferred_username: 'user' });
    expect((payload.realm_access as { roles: string[] }).roles).toContain('user');
  });

  it('accepts the e-mail address as login name, as the realm allows', async () => {
    const { url, checks } = await authorizationRequest(webClient);
    const callback = await loginThroughForm(url, 'Manager@Example.test', 'manager');
    const tokens = await oidc.authorizationCodeGrant(webClient, callback, checks);
    expect(decodePayload(tokens.access_token).preferred_username).toBe('manager');
  });

  it('lets a guest without any product role sign in; the token carries no product role', async () => {
    const { url, checks } = await authorizationRequest(webClient);
    const callback = await loginThroughForm(url, 'guest', 'guest');
    const tokens = await oidc.authorizationCodeGrant(webClient, callback, checks);
    const payload = decodePayload(tokens.access_token);
    expect(payload.preferred_username).toBe('guest');
    const roles = (payload.realm_access as { roles: string[] }).roles;
    expect([...roles].sort()).toEqual([...KEYCLOAK_DEFAULT_ROLES].sort());
    for (const role of PRODUCT_ROLES) expect(roles).not.toContain(role);
  });

  it('shows the form again with an error after a wrong password, without redirecting or logging the password', async () => {
    const password = 'wrong-password-7f3a<b>';
    const { url } = await authorizationRequest(webClient);
    const jar = new CookieJar();
    const page = await openLoginPage(url, jar);

    const { result: step, output } = await captureOutput(() => submitLoginForm(page.form, 'admin', password, jar, url.origin));

    expect(step.kind).toBe('page');
    if (step.kind !== 'page') return;
    expect(step.status).toBe(200);
    expect(loginErrorMessage(step.html)).toBe('Invalid username or password.');
    expect(step.html).toContain('id="kc-form-login"');
    expect(step.html).toContain('value="admin"');
    expect(step.html).not.toContain(password);
    expect(step.html).not.toContain('wrong-password');
    expect(output).not.toContain('wrong-password');

    // The same login attempt still succeeds with the right password.
    const retry = await submitLoginForm(page.form, 'admin', 'admin', jar, url.origin);
    expect(retry.kind).toBe('left');
  });

  it('escapes what it echoes back into the form', async () => {
    const { url } = await authorizationRequest(webClient);
    const jar = new CookieJar();
    const page = await openLoginPage(url, jar);
    const step = await submitLoginForm(page.form, '"><script>alert(1)</script>', 'x', jar, url.origin);
    expect(step.kind).toBe('page');
    if (step.kind !== 'page') return;
    expect(step.html).not.toContain('<script>');
    expect(step.html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('requires PKCE: an authorization request without a code challenge is refused', async () => {
    const url = oidc.buildAuthorizationUrl(webClient, { redirect_uri: CALLBACK, scope: 'openid', state: 's' });
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('never redirects to an unregistered redirect URI', async () => {
    const url = oidc.buildAuthorizationUrl(webClient, {
      redirect_uri: 'http://evil.example/callback',
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier()),
      code_challenge_method: 'S256',
    });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain('redirect_uri');
  });

  it('refuses a post-logout redirect URI outside the registered patterns', async () => {
    const { url, checks } = await authorizationRequest(webClient);
    const tokens = await oidc.authorizationCodeGrant(webClient, await loginThroughForm(url, 'user', 'user'), checks);
    const endSession = oidc.buildEndSessionUrl(webClient, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: 'http://127.0.0.1:9999/elsewhere',
    });
    const response = await fetch(endSession, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('userinfo and logout edge cases', () => {
  async function userinfo(token: string) {
    return fetch(webClient.serverMetadata().userinfo_endpoint!, { headers: { authorization: `Bearer ${token}` } });
  }

  it('refuses a service-account token (no openid scope) and a tampered token at userinfo', async () => {
    const config = await discover('cml-automation-admin', 'dev-automation-admin-secret');
    const { access_token: token } = await oidc.clientCredentialsGrant(config);
    const noOpenid = await userinfo(token);
    expect(noOpenid.status).toBe(403);
    expect(noOpenid.headers.get('www-authenticate')).toContain('insufficient_scope');

    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodePayload(token), scope: 'openid email profile' })).toString('base64url');
    expect(payload).not.toBe(forged);
    const tampered = await userinfo(`${header}.${forged}.${signature}`);
    expect(tampered.status).toBe(401);
    expect(tampered.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('asks for confirmation before signing out when there is no id_token_hint', async () => {
    const jar = new CookieJar();
    await loginThroughForm((await authorizationRequest(webClient)).url, 'user', 'user', { jar });
    const response = await fetchWithCookies(oidc.buildEndSessionUrl(webClient, { client_id: WEB_CLIENT }), jar);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('id="op.logoutForm"');
    expect(html).toContain('name="logout" value="yes"');
  });
});

describe('refusing production', () => {
  it('throws when NODE_ENV is production', async () => {
    await expect(startDevIdp({ port: 0, env: 'production' })).rejects.toBeInstanceOf(DevIdpRefusedError);
    await expect(startDevIdp({ port: 0, env: 'production' })).rejects.toThrow(/DEV_IDP_ALLOW_PRODUCTION/);
  });

  it('starts in production when explicitly allowed', async () => {
    const allowed = await startDevIdp({ port: 0, env: 'production', allowInProduction: true });
    try {
      const response = await fetch(`${allowed.issuer}/.well-known/openid-configuration`);
      expect(response.status).toBe(200);
    } finally {
      await allowed.close();
    }
  });

});

describe('command line', () => {
  it('exits non-zero with a clear message under NODE_ENV=production', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const outcome = await runCli(['--port', '0'], { NODE_ENV: 'production' }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(outcome).toEqual({ exitCode: 1 });
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/does not start with NODE_ENV=production/);
  });

  it('starts with DEV_IDP_ALLOW_PRODUCTION=true and prints the issuer on one line', async () => {
    const out: string[] = [];
    const outcome = await runCli(['--port', '0'], { NODE_ENV: 'production', DEV_IDP_ALLOW_PRODUCTION: 'true' }, { out: (t) => out.push(t), err: () => {} });
    if (!('idp' in outcome)) throw new Error(`did not start: ${JSON.stringify(outcome)}`);
    try {
      expect(out).toEqual([`${outcome.idp.issuer}\n`]);
      expect(outcome.idp.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await outcome.idp.close();
    }
  });

  it('says so when the port is taken', async () => {
    const port = new URL(idp.issuer).port;
    const err: string[] = [];
    const outcome = await runCli(['--port', port], { NODE_ENV: 'test' }, { out: () => {}, err: (t) => err.push(t) });
    expect(outcome).toEqual({ exitCode: 1 });
    expect(err.join('')).toBe(`dev-idp: 127.0.0.1:${port} is already in use; pick another --port\n`);
  });

  it('refuses a malformed port with usage', async () => {
    const err: string[] = [];
    const outcome = await runCli(['--port', '80a'], {}, { out: () => {}, err: (t) => err.push(t) });
    expect(outcome).toEqual({ exitCode: 2 });
    expect(err.join('')).toMatch(/--port must be a whole number[\s\S]*Usage:/);
  });
});

describe('issuer option', () => {
  it('announces the configured issuer in discovery and tokens', async () => {
    const port = await freePort();
    const custom = await startDevIdp({ port, env: 'test', issuer: `http://localhost:${port}/` });
    try {
      expect(custom.issuer).toBe(`http://localhost:${port}`);
      const discovery = (await (await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`)).json()) as Record<string, string>;
      expect(discovery.issuer).toBe(custom.issuer);
      const token = await fetch(`http://127.0.0.1:${port}/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from('cml-automation-viewer:dev-automation-viewer-secret').toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials' }),
      });
      const { access_token: accessToken } = (await token.json()) as { access_token: string };
      expect(decodePayload(accessToken).iss).toBe(custom.issuer);
    } finally {
      await custom.close();
    }
  });

  it('refuses an issuer with a path', async () => {
    await expect(startDevIdp({ port: 0, env: 'test', issuer: 'http://127.0.0.1:8033/realms/x' })).rejects.toThrow(/must not have a path/);
  });
});

describe('access token lifetime', () => {
  it('follows accessTokenTtlSeconds', async () => {
    const short = await startDevIdp({ port: 0, env: 'test', accessTokenTtlSeconds: 60 });
    try {
      const config = await oidc.discovery(new URL(short.issuer), 'cml-automation-admin', 'dev-automation-admin-secret', undefined, {
        execute: [oidc.allowInsecureRequests],
      });
      const response = await oidc.clientCredentialsGrant(config);
      const payload = decodePayload(response.access_token);
      expect(Number(payload.exp) - Number(payload.iat)).toBe(60);
      expect(response.expires_in).toBe(60);
      expect(decodeProtectedHeader(response.access_token).alg).toBe('RS256');
    } finally {
      await short.close();
    }
  });
});
