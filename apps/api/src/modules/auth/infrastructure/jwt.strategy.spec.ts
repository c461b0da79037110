import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { Reflector } from '@nestjs/core';
import { type JWTPayload, SignJWT } from 'jose';
import { DomainError } from '#kernel';
import { loadConfig } from '../../../config/app-config.js';
import type { SessionService } from '../application/sessions/session.service.js';
import type { Identity } from '../domain/identity.js';
import { AccessGuard } from '../interface/http/access.guard.js';
import type { JwksKeyProvider } from './jwks-key.provider.js';
import { JwtStrategy } from './jwt.strategy.js';

const ISSUER = 'http://127.0.0.1:1/realms/unit';
const config = loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1:1/unused', OIDC_ISSUER_URL: ISSUER });
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
// The provider's JWKS, reduced to the one local key the tokens below are signed with.
const keys = { keyFor: async (): Promise<KeyObject> => publicKey } as unknown as JwksKeyProvider;
const strategy = new JwtStrategy(config, keys);

type Outcome = { user?: Identity; err?: unknown; info?: unknown };

/** Runs the strategy on one request the way passport does, reporting how it ended. */
function authenticate(token: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const run = Object.create(strategy) as JwtStrategy & { success(u: Identity): void; fail(i: unknown): void; error(e: unknown): void };
    run.success = (user) => resolve({ user });
    run.fail = (info) => resolve({ info });
    run.error = (err) => resolve({ err });
    run.authenticate({ headers: { authorization: `Bearer ${token}` } } as never, {});
  });
}

/** What AccessGuard answers for that outcome: the identity, or the 401 problem. */
function answer(outcome: Outcome): Identity | DomainError {
  const guard = new AccessGuard(new Reflector(), {} as SessionService, config);
  try {
    return guard.handleRequest(outcome.err, outcome.user, outcome.info);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
}

async function token(claims: JWTPayload, expires: string | null = '5m'): Promise<string> {
  const jwt = new SignJWT({ preferred_username: 'service-account-cml-automation-viewer', azp: 'cml-automation-viewer', realm_access: { roles: ['user'] }, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'unit' })
    .setIssuer(ISSUER)
    .setAudience(config.auth.audience)
    .setIssuedAt();
  if (expires) jwt.setExpirationTime(expires);
  return jwt.sign(privateKey);
}

describe('JwtStrategy', () => {
  it('accepts a signed token of the issuer and audience that expires, and reports when it does', async () => {
    const outcome = await authenticate(await token({}));
    expect(outcome.user).toMatchObject({ kind: 'service', via: 'bearer', roles: ['user'], username: 'cml-automation-viewer' });
    expect(Date.parse(outcome.user!.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('refuses a token without exp (it would be valid for ever) with 401 invalid_token saying so', async () => {
    const outcome = await authenticate(await token({}, null));
    expect(outcome.user).toBeUndefined();
    const refused = answer(outcome) as DomainError;
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe('AUTH.UNAUTHENTICATED');
    expect(refused.message).toBe('The bearer token was refused: it has no expiry time (exp); bearer tokens must expire.');
    expect(refused.headers?.['WWW-Authenticate']).toContain('error="invalid_token"');
  });

  it.each([
    ['null', null],
    ['text', '4102444800'],
  ])('refuses a token whose exp is %s', async (_, exp) => {
    const refused = answer(await authenticate(await token({ exp } as unknown as JWTPayload, null))) as DomainError;
    expect(refused.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('still refuses an expired token as expired', async () => {
    const refused = answer(await authenticate(await token({}, '-10m'))) as DomainError;
    expect(refused.message).toContain('it has expired');
  });
});
