import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import request from 'supertest';
import { serviceEnv } from './support/env.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('foundation: the app against the real services', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('foundation');
  });
  afterAll(() => t.close());

  it('is live', async () => {
    await request(t.url).get('/api/health/live').expect(200, { status: 'ok' });
  });

  it('is ready with MongoDB and Redis up, and says which components it checked', async () => {
    // The first ping may race the initial connection.
    let res = await request(t.url).get('/api/health/ready');
    for (let i = 0; i < 20 && res.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      res = await request(t.url).get('/api/health/ready');
    }
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.mongodb.status).toBe('up');
    expect(res.body.details.redis.status).toBe('up');
  });

  it('serves the OpenAPI 3 document with title, version and security schemes', async () => {
    const res = await request(t.url).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.title).toBe('CML Cloud Manager API');
    expect(res.body.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(res.body.components.securitySchemes)).toEqual(expect.arrayContaining(['bearer', 'session']));
    expect(res.body.paths['/api/health/ready']).toBeDefined();
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await request(t.url).get('/api/docs/').expect(200);
    expect(res.text).toContain('swagger-ui');
  });

  it('answers unknown routes with an RFC 9457 problem, a request id and no stack trace', async () => {
    const res = await request(t.url).get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND', title: 'Not Found', type: '/problems/route.not-found' });
    expect(res.body.traceId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('carries a well-formed incoming X-Request-Id through and replaces a malformed one', async () => {
    const kept = await request(t.url).get('/api/health/live').set('X-Request-Id', 'proxy-abc.123');
    expect(kept.headers['x-request-id']).toBe('proxy-abc.123');
    const replaced = await request(t.url).get('/api/health/live').set('X-Request-Id', 'bad id with spaces <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const res = await request(t.url).get('/api/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('foundation: readiness without MongoDB', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: the app must still start and report itself not ready.
    t = await startTestApp('no-mongo', { MONGODB_URI: 'mongodb://127.0.0.1:1/unreachable' });
  });
  afterAll(() => t.close());

  it('answers 503 with a problem that names MongoDB', async () => {
    const res = await request(t.url).get('/api/health/ready').expect(503);
    expect(res.body.code).toBe('HEALTH.NOT_READY');
    expect(res.body.detail).toContain('mongodb');
    expect(res.body.details.components.mongodb.status).toBe('down');
  });

  it('stays live', async () => {
    await request(t.url).get('/api/health/live').expect(200);
  });
});

describe('foundation: configuration is validated at boot', () => {
  const main = 'dist/apps/api/src/main.js';

  it('exits non-zero with one readable list of every problem', () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build:api" before the e2e tests`);
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: 'eighty', NODE_ENV: 'staging', TRUST_PROXY: 'perhaps' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('Configuration is invalid:');
    for (const name of ['PORT', 'NODE_ENV', 'TRUST_PROXY', 'MONGODB_URI']) expect(result.stderr).toMatch(new RegExp(`- ${name}: `));
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('foundation: the imported Keycloak realm', () => {
  const { oidcIssuer } = serviceEnv();

  async function clientCredentials(clientId: string, secret: string): Promise<Record<string, unknown>> {
    const res = await fetch(`${oidcIssuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
    });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    return JSON.parse(Buffer.from(access_token.split('.')[1], 'base64url').toString('utf8'));
  }

  it.each([
    { clientId: 'cml-automation-admin', secret: 'dev-automation-admin-secret', role: 'admin' },
    { clientId: 'cml-automation-manager', secret: 'dev-automation-manager-secret', role: 'manager' },
    { clientId: 'cml-automation-viewer', secret: 'dev-automation-viewer-secret', role: 'user' },
  ])('gives $clientId a client-credentials token with the $role realm role and the API audience', async ({ clientId, secret, role }) => {
    const claims = await clientCredentials(clientId, secret);
    expect((claims.realm_access as { roles: string[] }).roles).toContain(role);
    expect(([] as string[]).concat(claims.aud as string)).toContain('cml-cloud-manager');
    expect(claims.iss).toBe(oidcIssuer);
    expect(claims.azp).toBe(clientId);
  });

  it('does not allow self-registration', async () => {
    const res = await fetch(`${oidcIssuer}`);
    expect(res.status).toBe(200);
    const realm = (await res.json()) as Record<string, unknown>;
    expect(realm.realm).toBe('cml-cloud-manager');
    const reg = await fetch(`${oidcIssuer}/protocol/openid-connect/registrations?client_id=cml-cloud-manager-web&response_type=code&scope=openid&redirect_uri=${encodeURIComponent('http://127.0.0.1:8030/api/auth/callback')}`);
    const body = await reg.text();
    expect(body).not.toMatch(/id="kc-register-form"/);
  });
});
