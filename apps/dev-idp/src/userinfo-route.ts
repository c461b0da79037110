import { type KeyObject, verify } from 'node:crypto';
import { type KoaContextWithOIDC, type Middleware, type Next } from 'oidc-provider';
import { type Accounts } from './accounts.js';
import { identityClaims } from './keycloak-claims.js';
import { readUrlEncodedForm } from './read-form.js';

export interface UserinfoVerification {
  issuer: string;
  kid: string;
  publicKey: KeyObject;
  path: string;
}

/**
 * The userinfo endpoint, answered here instead of by oidc-provider: oidc-provider refuses access
 * tokens that carry an audience (and does not store JWT access tokens), while Keycloak answers
 * userinfo for the very access token the client got from the token endpoint. The token is checked
 * like a resource server would: signature with our key, issuer, expiry, `openid` scope.
 */
export function userinfoRoute(options: UserinfoVerification, accounts: Accounts): Middleware {
  return async (ctx: KoaContextWithOIDC, next: Next) => {
    if (ctx.path !== options.path) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'POST') return next();
    ctx.set('cache-control', 'no-store');

    const token = await bearerToken(ctx);
    if (!token) return refuse(ctx, 401, 'invalid_request', 'no access token provided');
    const payload = verifyAccessToken(token, options);
    if (!payload) return refuse(ctx, 401, 'invalid_token', 'invalid token provided');
    const scopes = new Set(String(payload.scope ?? '').split(' '));
    if (!scopes.has('openid')) return refuse(ctx, 403, 'insufficient_scope', 'access token missing openid scope');
    const user = accounts.byId(String(payload.sub));
    if (!user || !user.enabled) return refuse(ctx, 401, 'invalid_token', 'user of the token not found');

    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = { sub: user.id, ...identityClaims(user, scopes) };
  };
}

/** Verifies an RS256 JWT access token issued by this provider; its payload, or undefined. */
export function verifyAccessToken(token: string, options: Omit<UserinfoVerification, 'path'>): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [encodedHeader, encodedPayload, signature] = parts;
  const header = decodeJson(encodedHeader);
  const payload = decodeJson(encodedPayload);
  if (!header || !payload || header.alg !== 'RS256' || header.kid !== options.kid) return undefined;
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${encodedHeader}.${encodedPayload}`),
    options.publicKey,
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) return undefined;
  if (payload.iss !== options.issuer || payload.typ !== 'Bearer') return undefined;
  if (typeof payload.exp !== 'number' || payload.exp * 1000 <= Date.now()) return undefined;
  return payload;
}

function decodeJson(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function bearerToken(ctx: KoaContextWithOIDC): Promise<string | undefined> {
  const header = ctx.get('authorization');
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (match) return match[1];
  // RFC 6750 2.2: the token may come as a form parameter of a POST.
  if (ctx.method === 'POST') return (await readUrlEncodedForm(ctx.req))?.get('access_token') ?? undefined;
  return undefined;
}

function refuse(ctx: KoaContextWithOIDC, status: number, error: string, description: string): void {
  ctx.status = status;
  ctx.set('www-authenticate', `Bearer realm="userinfo", error="${error}", error_description="${description}"`);
  ctx.type = 'application/json';
  ctx.body = { error, error_description: description };
}
