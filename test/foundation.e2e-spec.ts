import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import request from 'supertest';
import { eventually } from './support/api.js';
import { serviceEnv, SUITE_REDIS_PREFIX, uniqueMongoUri } from './support/env.js';
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

describe('foundation: graceful shutdown of the real process', () => {
  const main = 'dist/apps/api/src/main.js';
  const DRAIN_MS = 3000;

  function freePort(): Promise<number> {
    return new Promise((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const { port } = srv.address() as { port: number };
        srv.close(() => resolve(port));
      });
    });
  }

  it('answers 503 on readiness while it drains after SIGTERM, keeps serving, finishes a request in flight, then exits 0', async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build:api" before the e2e tests`);
    const { redisUrl, oidcIssuer, awsEndpoint } = serviceEnv();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [main], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        MONGODB_URI: uniqueMongoUri('shutdown'),
        REDIS_URL: redisUrl,
        REDIS_KEY_PREFIX: SUITE_REDIS_PREFIX,
        OIDC_ISSUER_URL: oidcIssuer,
        AWS_ENDPOINT_URL: awsEndpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '/nonexistent',
        JOBS_ENABLED: 'false',
        SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
        SHUTDOWN_TIMEOUT_MS: '30000',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await eventually(async () => (await fetch(`${base}/api/health/ready`).catch(() => undefined))?.ok, 30_000, 250);

      // A request whose body is still arriving: in flight across the whole drain.
      const inFlight = new Promise<{ status: number }>((resolve, reject) => {
        const req = httpRequest(`${base}/api/workers`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '15' } }, (res) => {
          res.resume();
          res.once('end', () => resolve({ status: res.statusCode! }));
        });
        req.once('error', reject);
        req.write('{"name":');
        setTimeout(() => req.end('"late"}'), DRAIN_MS + 1500);
      });

      child.kill('SIGTERM');
      const draining = await eventually(async () => {
        const res = await fetch(`${base}/api/health/ready`);
        return res.status === 503 ? ((await res.json()) as { code: string; status: number }) : undefined;
      }, DRAIN_MS, 50);
      expect(draining).toMatchObject({ status: 503, code: 'HEALTH.DRAINING' });

      // Everything else is still served, and keep-alive clients are asked to go elsewhere.
      const live = await fetch(`${base}/api/health/live`);
      expect(live.status).toBe(200);
      expect(live.headers.get('connection')).toBe('close');

      // The request that was in flight when the drain ended got its answer (401: no credentials).
      expect((await inFlight).status).toBe(401);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(stderr).not.toContain('Shutdown timed out');
  }, 60_000);
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
