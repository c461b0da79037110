import 'reflect-metadata';
import { APP_GUARD } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import cookieParser from 'cookie-parser';
import request from 'supertest';
import { Clock, DomainError, KeyValueStore } from '#kernel';
import { AppConfig, loadConfig } from '../../../../config/app-config.js';
import { ProblemDetailsFilter } from '../../../../platform/http/problem-details.filter.js';
import { SessionService } from '../../application/sessions/session.service.js';
import { SignInService } from '../../application/sessions/sign-in.service.js';
import { AccessGuard } from './access.guard.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AccessRecheck } from './access-recheck.js';
import { AuthController } from './auth.controller.js';
import { cookieNames } from './cookies.js';

const SESSION_ID = 'session-id-1';
const CSRF = 'csrf-token-1';
const BINDING = 'binding-1';
const user = { kind: 'user' as const, id: 'u1', username: 'alice', roles: ['user' as const] };

function configFor(publicUrl: string, secure?: 'true' | 'false'): AppConfig {
  return loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/unused',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unit',
    PUBLIC_URL: publicUrl,
    ...(secure ? { SESSION_COOKIE_SECURE: secure } : {}),
  });
}

/** The parts of a Set-Cookie header a browser judges it by. */
function parse(header: string): { name: string; value: string; attributes: Map<string, string> } {
  const [pair, ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  const attributes = new Map(rest.map((a) => a.trim().split('=') as [string, string]).map(([k, v]) => [k.toLowerCase(), v ?? '']));
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1), attributes };
}

/** RFC 6265bis, "cookie name prefixes": what a browser requires before it stores a `__Host-` cookie. */
function storableOver(origin: string, header: string): boolean {
  const { name, attributes } = parse(header);
  const secure = attributes.has('secure');
  if (secure && !origin.startsWith('https:')) return false;
  if (name.startsWith('__Host-')) return secure && attributes.get('path') === '/' && !attributes.has('domain');
  if (name.startsWith('__Secure-')) return secure;
  return true;
}

const sessions = {
  resume: async (cookie: string) => (cookie === SESSION_ID ? { key: 'k', record: { user, csrfToken: CSRF }, expiresAt: Date.now() + 60_000 } : undefined),
  destroy: async () => undefined,
};
const signIn = {
  start: async () => ({ url: new URL('http://127.0.0.1:1/realms/unit/auth'), binding: BINDING }),
  complete: async (_url: URL, binding: string | undefined) => {
    if (binding !== BINDING) throw new DomainError('AUTH.STATE_MISMATCH', 'invalid', 'This sign-in was started in another browser.');
    return { cookie: SESSION_ID, record: { user, csrfToken: CSRF }, expiresAt: Date.now() + 60_000, returnTo: '/workers' };
  },
  signOut: async () => undefined,
};

/** The auth controller and the access guard over HTTP, with the session store and the provider faked. */
async function startApp(config: AppConfig): Promise<NestExpressApplication> {
  const module = await Test.createTestingModule({
    controllers: [AuthController],
    providers: [
      { provide: AppConfig, useValue: config },
      { provide: SessionService, useValue: sessions },
      { provide: SignInService, useValue: signIn },
      { provide: KeyValueStore, useValue: { increment: async () => 1 } },
      { provide: APP_GUARD, useClass: AccessGuard },
    ],
  }).compile();
  const app = module.createNestApplication<NestExpressApplication>({ logger: false });
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  return app;
}

describe.each([
  {
    what: 'behind https',
    publicUrl: 'https://ccm.example.com',
    secure: undefined,
    names: { session: '__Host-ccm_session', csrf: '__Host-ccm_csrf', login: '__Host-ccm_login' },
    plain: { session: 'ccm_session', csrf: 'ccm_csrf', login: 'ccm_login' },
    loginPath: '/',
  },
  {
    what: 'over plain http (browsers refuse __Host- there)',
    publicUrl: 'http://127.0.0.1:8030',
    secure: undefined,
    names: { session: 'ccm_session', csrf: 'ccm_csrf', login: 'ccm_login' },
    plain: undefined,
    loginPath: '/api/auth',
  },
  {
    what: 'behind https with SESSION_COOKIE_SECURE=false (no Secure, so no prefix)',
    publicUrl: 'https://ccm.example.com',
    secure: 'false' as const,
    names: { session: 'ccm_session', csrf: 'ccm_csrf', login: 'ccm_login' },
    plain: undefined,
    loginPath: '/api/auth',
  },
])('cookies $what', ({ publicUrl, secure, names, plain, loginPath }) => {
  const config = configFor(publicUrl, secure);
  const origin = new URL(publicUrl).origin;
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await startApp(config);
  });
  afterAll(() => app.close());

  it('are named accordingly', () => {
    expect(cookieNames(config)).toEqual(names);
  });

  it('binds the sign-in with the login cookie, which the browser stores', async () => {
    const res = await request(app.getHttpServer()).get('/api/auth/login').expect(302);
    const login = res.headers['set-cookie'] as unknown as string[];
    expect(login).toHaveLength(1);
    expect(parse(login[0])).toMatchObject({ name: names.login, value: BINDING });
    expect(parse(login[0]).attributes.get('path')).toBe(loginPath);
    expect(parse(login[0]).attributes.has('httponly')).toBe(true);
    expect(storableOver(origin, login[0])).toBe(true);
  });

  it('reads the login cookie at the callback and sets session and CSRF cookies the browser stores', async () => {
    const res = await request(app.getHttpServer()).get('/api/auth/callback?code=c&state=s').set('Cookie', `${names.login}=${BINDING}`).expect(303);
    const cookies = (res.headers['set-cookie'] as unknown as string[]).map((h) => ({ header: h, ...parse(h) }));
    const session = cookies.find((c) => c.name === names.session)!;
    const csrf = cookies.find((c) => c.name === names.csrf)!;
    expect(session.value).toBe(SESSION_ID);
    expect(session.attributes.has('httponly')).toBe(true);
    expect(csrf.value).toBe(CSRF);
    expect(csrf.attributes.has('httponly')).toBe(false);
    for (const c of [session, csrf]) {
      expect(c.attributes.get('path')).toBe('/');
      expect(c.attributes.get('samesite')).toBe('Lax');
      expect(c.attributes.has('domain')).toBe(false);
      expect(c.attributes.has('secure')).toBe(secure !== 'false' && publicUrl.startsWith('https:'));
      expect(storableOver(origin, c.header)).toBe(true);
    }
    // The binding is cleared under the name and path it was set with.
    const cleared = cookies.find((c) => c.name === names.login)!;
    expect(cleared.attributes.get('path')).toBe(loginPath);
    expect(cleared.attributes.get('expires')).toContain('1970');
  });

  it('signs in with the session cookie and takes the CSRF token for writes', async () => {
    const server = app.getHttpServer();
    await request(server).get('/api/auth/me').set('Cookie', `${names.session}=${SESSION_ID}`).expect(200);
    await request(server).post('/api/auth/session/extend').set('Cookie', `${names.session}=${SESSION_ID}`).set('X-CSRF-Token', CSRF).expect(200);
    const refused = await request(server).post('/api/auth/session/extend').set('Cookie', `${names.session}=${SESSION_ID}`).expect(403);
    expect(refused.body.detail).toBe(`This change needs the X-CSRF-Token header with the value of the ${names.csrf} cookie.`);
  });

  it('clears the session cookies under their names at sign-out', async () => {
    const res = await request(app.getHttpServer()).post('/api/auth/logout').set('Cookie', `${names.session}=${SESSION_ID}`).set('X-CSRF-Token', CSRF).expect(200);
    const cleared = (res.headers['set-cookie'] as unknown as string[]).map(parse);
    expect(cleared.map((c) => c.name).sort()).toEqual([names.csrf, names.session].sort());
    for (const c of cleared) expect(c.attributes.get('path')).toBe('/');
  });

  it('lets the live stream recheck the session under its name', async () => {
    const recheck = new AccessRecheck(sessions as unknown as SessionService, {} as Clock, config);
    const req = (cookies: Record<string, string>) => ({ identity: { ...user, via: 'session', expiresAt: '' }, cookies }) as unknown as AuthenticatedRequest;
    expect(await recheck.stillAllowed(req({ [names.session]: SESSION_ID }), 'user')).toBe(true);
    if (plain) expect(await recheck.stillAllowed(req({ [plain.session]: SESSION_ID }), 'user')).toBe(false);
  });

  if (plain) {
    it('ignores cookies under the plain names, which any sibling host or http page could plant', async () => {
      const server = app.getHttpServer();
      await request(server).get('/api/auth/me').set('Cookie', `${plain.session}=${SESSION_ID}`).expect(401);
      const callback = await request(server).get('/api/auth/callback?code=c&state=s').set('Cookie', `${plain.login}=${BINDING}`).set('Accept', 'application/json');
      expect(callback.status).toBe(400);
      expect(callback.body.code).toBe('AUTH.STATE_MISMATCH');
    });
  }
});
