import { readFileSync } from 'node:fs';
import request from 'supertest';
import { RouteCatalog, renderRouteTable, type RouteInfo } from '../apps/api/src/modules/auth/interface/http/route-catalog.js';
import { ROLES, type Role } from '../apps/api/src/modules/auth/domain/role.js';
import { KeycloakAdmin, clientCredentialsToken, roleToken } from './support/keycloak.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PLACEHOLDER = '00000000-0000-7000-8000-000000000000';

function concretePath(path: string): string {
  return path.replace(/\{[^}]+\}/g, PLACEHOLDER);
}

function call(t: TestApp, route: RouteInfo, token?: string) {
  const agent = request(t.url);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let req = agent[method](concretePath(route.path));
  if (token) req = req.auth(token, { type: 'bearer' });
  if (method !== 'get' && method !== 'delete') req = req.send({});
  // Streams (SSE) never end on their own: the status line is all we need.
  return req.timeout({ response: 10_000, deadline: 10_000 }).buffer(false).parse((res, done) => {
    res.on('data', () => undefined);
    res.on('end', () => done(null, null));
    setTimeout(() => (res as unknown as { destroy(): void }).destroy(), 500);
  });
}

describe('routes: every route declares who may call it (deny by default)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const tokens: Partial<Record<Role | 'none', string>> = {};
  const admin = new KeycloakAdmin();
  let removeNoRole: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    t = await startTestApp('route-access');
    routes = t.app.get(RouteCatalog).routes();
    for (const role of ROLES) tokens[role] = await roleToken(role);
    const noRole = await admin.createServiceClient({});
    removeNoRole = noRole.remove;
    tokens.none = await clientCredentialsToken(noRole.clientId, noRole.secret);
  });
  afterAll(async () => {
    await removeNoRole();
    await t.close();
  });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('GET /api/auth/me');
  });

  it('has an access declaration on every route', () => {
    expect(routes.filter((r) => !r.access).map((r) => `${r.method} ${r.path} (${r.handler})`)).toEqual([]);
  });

  it('leaves plain reads of stored state to users and makes controller-backed work and topologies manager actions', () => {
    const accessOf = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path)?.access;
    const managerOnly = [
      ['POST', '/api/workers/{id}/refresh'],
      ['POST', '/api/workers/{id}/labs/sync'],
      ['GET', '/api/workers/{id}/labs/{labId}/download'],
      ['GET', '/api/workers/{id}/node-definitions'],
      ['GET', '/api/workers/{id}/image-definitions'],
      ['GET', '/api/workers/{id}/compute-hosts'],
    ];
    const userReads = [
      ['GET', '/api/workers'],
      ['GET', '/api/workers/{id}'],
      ['GET', '/api/workers/{id}/events'],
      ['GET', '/api/workers/{id}/metrics'],
      ['GET', '/api/workers/{id}/idle'],
      ['GET', '/api/labs'],
      ['GET', '/api/workers/{id}/labs'],
      ['GET', '/api/workers/{id}/labs/{labId}'],
      ['GET', '/api/events'],
      ['GET', '/api/events/stream'],
      ['GET', '/api/events.csv'],
      ['GET', '/api/workers.csv'],
    ];
    expect(Object.fromEntries(managerOnly.map(([m, p]) => [`${m} ${p}`, accessOf(m, p)]))).toEqual(Object.fromEntries(managerOnly.map(([m, p]) => [`${m} ${p}`, 'manager'])));
    expect(Object.fromEntries(userReads.map(([m, p]) => [`${m} ${p}`, accessOf(m, p)]))).toEqual(Object.fromEntries(userReads.map(([m, p]) => [`${m} ${p}`, 'user'])));
  });

  it('keeps what the provisioning form reads of EC2 to admins', () => {
    const reads = ['/api/workers/instance-types', '/api/workers/launch-ami', '/api/workers/network-options'];
    expect(reads.map((p) => routes.find((r) => r.method === 'GET' && r.path === p)?.access)).toEqual(['admin', 'admin', 'admin']);
  });

  it('matches the route-by-role table in docs/security.md', () => {
    const doc = readFileSync('docs/security.md', 'utf8');
    const table = /<!-- routes:start -->\n([\s\S]*?)\n<!-- routes:end -->/.exec(doc)?.[1];
    expect(table).toBe(renderRouteTable(routes));
  });

  it('answers 401 without credentials, 403 to a too-weak role, and neither to an allowed role', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const label = `${route.method} ${route.path}`;
      if (route.access === 'public' || !route.access) continue;
      const anonymous = await call(t, route);
      if (anonymous.status !== 401) failures.push(`${label}: anonymous got ${anonymous.status}, expected 401`);

      const required = route.access;
      const weaker: (Role | 'none')[] = required === 'authenticated' ? [] : ['none', ...ROLES.slice(0, ROLES.indexOf(required))];
      for (const w of weaker) {
        const res = await call(t, route, tokens[w]);
        if (res.status !== 403) failures.push(`${label}: ${w} got ${res.status}, expected 403`);
      }
      const allowed: (Role | 'none')[] = required === 'authenticated' ? ['none', ...ROLES] : ROLES.slice(ROLES.indexOf(required));
      for (const a of allowed) {
        const res = await call(t, route, tokens[a]);
        if (res.status === 401 || res.status === 403 || res.status >= 500) failures.push(`${label}: ${a} got ${res.status}, expected to pass the access check`);
      }
    }
    expect(failures).toEqual([]);
  });
});
