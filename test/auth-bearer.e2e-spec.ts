import request from 'supertest';
import { encodeJwt, jwtParts, KeycloakAdmin, keycloakBase, clientCredentialsToken, roleToken } from './support/keycloak.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Bearer tokens from the real Keycloak realm. */
describe('auth: bearer tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('auth-bearer');
  });
  afterAll(() => t.close());

  it.each(['admin', 'manager', 'user'] as const)('accepts a %s service-account token and reports who is calling', async (role) => {
    const res = await request(t.url).get('/api/auth/me').auth(await roleToken(role), { type: 'bearer' }).expect(200);
    expect(res.body).toMatchObject({ kind: 'service', via: 'bearer', roles: [role] });
    expect(res.body.username).toMatch(/^cml-automation-/);
    expect(Date.parse(res.body.sessionExpiresAt)).toBeGreaterThan(Date.now());
  });

  it('answers 401 with WWW-Authenticate: Bearer when no credentials are sent', async () => {
    const res = await request(t.url).get('/api/auth/me').expect(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="cml-cloud-manager"/);
    expect(res.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  });

  describe('refuses hostile tokens with 401 invalid_token, never a 500', () => {
    let valid: string;
    beforeAll(async () => {
      valid = await roleToken('user');
    });

    async function expectRefused(token: string, reason: RegExp): Promise<void> {
      const res = await request(t.url).get('/api/auth/me').auth(token, { type: 'bearer' });
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
      expect(res.body.detail).toMatch(reason);
    }

    it('a tampered payload (signature no longer matches)', async () => {
      const { header, payload, signature } = jwtParts(valid);
      await expectRefused(encodeJwt(header, { ...payload, realm_access: { roles: ['admin'] } }, signature), /signature/);
    });

    it('alg: none', async () => {
      const { header, payload } = jwtParts(valid);
      await expectRefused(encodeJwt({ ...header, alg: 'none' }, payload, ''), /./);
    });

    it('an HMAC-signed token using the public key as secret (algorithm confusion)', async () => {
      const { header, payload, signature } = jwtParts(valid);
      await expectRefused(encodeJwt({ ...header, alg: 'HS256' }, payload, signature), /algorithm|signature|verified/);
    });

    it('garbage', async () => {
      await expectRefused('not.a.jwt', /malformed|verified|key/);
      await expectRefused('abc', /malformed|verified|key/);
    });

    it('a token from another realm (other issuer, unknown key)', async () => {
      const { base } = keycloakBase();
      const res = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
      });
      const { access_token } = (await res.json()) as { access_token: string };
      await expectRefused(access_token, /unknown key|issuer|verified/);
    });

    describe('with throw-away clients of the same realm', () => {
      const admin = new KeycloakAdmin();
      const cleanups: (() => Promise<void>)[] = [];
      afterAll(async () => {
        for (const c of cleanups) await c();
      });

      it('a token without the API audience', async () => {
        const client = await admin.createServiceClient({ role: 'admin', audience: false });
        cleanups.push(client.remove);
        await expectRefused(await clientCredentialsToken(client.clientId, client.secret), /audience/);
      });

      it('an expired token', async () => {
        const client = await admin.createServiceClient({ role: 'user', lifespanSeconds: 1 });
        cleanups.push(client.remove);
        const token = await clientCredentialsToken(client.clientId, client.secret);
        // Expired beyond the allowed clock skew of this test app (see below).
        const strict = await startTestApp('auth-expired', { AUTH_CLOCK_SKEW_SECONDS: '0' });
        try {
          await new Promise((r) => setTimeout(r, 2100));
          const res = await request(strict.url).get('/api/auth/me').auth(token, { type: 'bearer' });
          expect(res.status).toBe(401);
          expect(res.body.detail).toMatch(/expired/);
        } finally {
          await strict.close();
        }
      });
    });
  });

  it('refuses a valid token whose issuer is not the configured one', async () => {
    // Same Keycloak and keys, but the app expects the issuer under another (loopback) host name.
    const { issuer } = keycloakBase();
    const other = await startTestApp('auth-issuer', { OIDC_ISSUER_URL: issuer.replace('127.0.0.1', 'localhost') });
    try {
      const res = await request(other.url).get('/api/auth/me').auth(await roleToken('admin'), { type: 'bearer' });
      expect(res.status).toBe(401);
      expect(res.body.detail).toMatch(/issued by the configured identity provider/);
    } finally {
      await other.close();
    }
  });
});
