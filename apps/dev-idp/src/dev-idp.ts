import { createHash, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ClientMetadata,
  type Configuration,
  type CookieOptions,
  type KoaContextWithOIDC,
  type Middleware,
  Provider,
} from 'oidc-provider';
import { Accounts } from './accounts.js';
import { logoutSource, postLogoutSuccessSource } from './end-session.js';
import { loadOrCreateGrant } from './grants.js';
import { interactionRoutes } from './interaction-routes.js';
import { accessTokenClaims, identityClaims, serviceAccountUser } from './keycloak-claims.js';
import { createMemoryAdapterFactory } from './memory-adapter.js';
import { errorPage, sendPage } from './pages.js';
import { assertMayStart } from './production-guard.js';
import { type Realm, type RealmClient, loadRealm } from './realm.js';
import { redirectUriAllowed } from './redirect-uri-match.js';
import { userinfoRoute } from './userinfo-route.js';

export { DevIdpRefusedError } from './production-guard.js';
export { RealmFileError } from './realm.js';

export const DEFAULT_PORT = 8033;
export const DEFAULT_HOST = '127.0.0.1';
const REALM_FILE = join('keycloak', 'cml-cloud-manager-realm.json');

/**
 * Resource indicator every access token is issued for. Keycloak has no resource indicators: the
 * audience comes from the client's audience mappers. One fixed resource lets oidc-provider issue
 * JWT access tokens without the client sending `resource`; the customizer then sets the audiences.
 */
const ACCESS_TOKEN_RESOURCE = 'urn:dev-idp:access-token';

export interface DevIdpOptions {
  /** Port to listen on; 0 picks a free one. Default 8033. */
  port?: number;
  /** Address to listen on. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Issuer identifier (scheme, host and port, no path). Default `http://<host>:<port>`. */
  issuer?: string;
  /** Keycloak realm export to mirror. Default `keycloak/cml-cloud-manager-realm.json` of the repository. */
  realmFile?: string;
  /** NODE_ENV the provider runs under; it refuses `production`. Default `process.env.NODE_ENV`. */
  env?: string;
  /** Start even when `env` is `production` (throwaway demos only). */
  allowInProduction?: boolean;
  /** Lifetime of access and ID tokens. Default: the realm's `accessTokenLifespan`. */
  accessTokenTtlSeconds?: number;
}

export interface DevIdp {
  issuer: string;
  close(): Promise<void>;
}

/**
 * Starts an OpenID Connect provider that mirrors the Keycloak realm export (users, passwords, roles,
 * clients, token claims), for demos and tests without Keycloak.
 */
export async function startDevIdp(options: DevIdpOptions = {}): Promise<DevIdp> {
  assertMayStart(options.env ?? process.env.NODE_ENV, options.allowInProduction ?? false);
  const realm = await loadRealm(options.realmFile ?? defaultRealmFile());
  const host = options.host ?? DEFAULT_HOST;
  const accessTokenTtl = options.accessTokenTtlSeconds ?? realm.accessTokenLifespan;
  if (!Number.isInteger(accessTokenTtl) || accessTokenTtl <= 0) {
    throw new TypeError(`accessTokenTtlSeconds must be a positive whole number, got ${accessTokenTtl}`);
  }
  const explicitIssuer = options.issuer === undefined ? undefined : checkIssuer(options.issuer);

  // The handler is attached once the issuer (which needs the bound port) is known.
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503, { 'retry-after': '1' }).end();
  });
  await listen(server, options.port ?? DEFAULT_PORT, host);
  try {
    const { port } = server.address() as { port: number };
    const issuer = explicitIssuer ?? `http://${issuerHost(host)}:${port}`;
    handler = createProvider({ issuer, realm, accessTokenTtl }).callback();
    return { issuer, close: () => closeServer(server) };
  } catch (err) {
    await closeServer(server);
    throw err;
  }
}

interface ProviderSetup {
  issuer: string;
  realm: Realm;
  accessTokenTtl: number;
}

function createProvider({ issuer, realm, accessTokenTtl }: ProviderSetup): Provider {
  const accounts = new Accounts(realm);
  const clients = new Map(realm.clients.map((c) => [c.clientId, c]));
  const scopes = supportedScopes(realm);
  const signing = signingKey();
  const cookie: CookieOptions = { httpOnly: true, sameSite: 'lax', signed: true };

  const configuration: Configuration = {
    adapter: createMemoryAdapterFactory(),
    clients: realm.clients.flatMap((c) => clientMetadata(c, scopes)),
    jwks: { keys: [signing.jwk] },
    cookies: {
      // Browsers do not separate cookies by port: the product on the same host must not see clashing names.
      names: { session: 'dev_idp_session', interaction: 'dev_idp_interaction', resume: 'dev_idp_resume' },
      long: cookie,
      short: cookie,
      keys: [randomBytes(32).toString('base64url')],
    },
    scopes: [...scopes],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      auth_time: null,
      sid: null,
      iss: null,
    },
    responseTypes: ['code'],
    clientBasedCORS: (_ctx, origin, client) => {
      const origins = clients.get(client.clientId)?.webOrigins ?? [];
      return origins.includes(origin) || origins.includes('*');
    },
    findAccount: (_ctx, sub) => {
      const user = accounts.person(sub);
      if (!user) return undefined;
      return {
        accountId: user.id,
        claims: (_use, scope) => ({ sub: user.id, ...identityClaims(user, new Set(scope.split(' '))) }),
      };
    },
    loadExistingGrant: loadOrCreateGrant,
    // Keycloak hands out a refresh token with every code exchange, offline_access or not.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    pkce: {
      required: (_ctx, client) => client.clientAuthMethod === 'none' || Boolean(clients.get(client.clientId)?.pkceMethod),
    },
    renderError: (ctx, out) => {
      sendPage(
        ctx,
        ctx.status >= 400 ? ctx.status : 400,
        errorPage({ title: 'We are sorry...', message: out.error_description ?? out.error ?? 'Something went wrong.', details: out }),
      );
    },
    formats: {
      customizers: {
        jwt: (ctx, token, jwt) => {
          const client = clients.get(token.clientId);
          const serviceAccount = token.accountId === undefined;
          const subject = serviceAccount ? client && serviceAccountUser(realm, client.clientId) : accounts.byId(token.accountId!);
          if (!client || !subject) throw new Error(`no realm client or user behind an access token for ${token.clientId}`);
          const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
          // Keycloak types its access tokens "JWT", not RFC 9068's "at+jwt".
          jwt.header = { typ: 'JWT' };
          jwt.payload = accessTokenClaims({
            realm,
            client,
            subject,
            serviceAccount,
            grantedScope: token.scope,
            iss: String(jwt.payload.iss),
            iat: Number(jwt.payload.iat),
            exp: Number(jwt.payload.exp),
            jti: String(jwt.payload.jti),
            sid: token.sid,
            authTime: source?.authTime,
          });
        },
      },
    },
    ttl: {
      AccessToken: accessTokenTtl,
      ClientCredentials: accessTokenTtl,
      IdToken: accessTokenTtl,
      AuthorizationCode: 60,
      Interaction: 30 * 60,
      // A Keycloak refresh token lives as long as the SSO session may stay idle.
      RefreshToken: realm.ssoSessionIdleTimeout,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: logoutSource(realm.displayName, cookie),
        postLogoutSuccessSource: postLogoutSuccessSource(realm.displayName),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, _client, oneOf) => oneOf?.[0] ?? ACCESS_TOKEN_RESOURCE,
        useGrantedResource: () => true,
        // Keycloak ignores `resource`: whatever a client names, it gets the audiences of its mappers.
        getResourceServerInfo: (_ctx, _resource, client) => ({
          scope: [...scopes].join(' '),
          audience: clients.get(client.clientId)?.accessTokenAudiences[0] ?? client.clientId,
          accessTokenTTL: accessTokenTtl,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };

  const provider = new Provider(issuer, configuration);
  // The realm's post-logout redirect URIs are Keycloak wildcards (`http://host:port/*`).
  provider.Client.prototype.redirectUriAllowed = function (this: { redirectUris: string[] }, value: string) {
    return redirectUriAllowed(value, this.redirectUris);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (this: { postLogoutRedirectUris: string[] }, value: string) {
    return redirectUriAllowed(value, this.postLogoutRedirectUris);
  };
  // Keycloak puts the session id (`sid`) in every ID and access token; oidc-provider only with back-channel logout.
  provider.Client.prototype.includeSid = () => true;

  provider.use(alignTokenResponseScope(provider.pathFor('token')));
  provider.use(userinfoRoute({ issuer, kid: signing.kid, publicKey: signing.publicKey, path: provider.pathFor('userinfo') }, accounts));
  provider.use(interactionRoutes(provider, realm, accounts));
  provider.on('server_error', (_ctx, err) => console.error('dev-idp: server error', err));
  return provider;
}

function clientMetadata(c: RealmClient, supported: Set<string>): ClientMetadata[] {
  const grantTypes = [
    ...(c.standardFlowEnabled ? ['authorization_code', 'refresh_token'] : []),
    ...(c.serviceAccountsEnabled ? ['client_credentials'] : []),
  ];
  if (!grantTypes.length) return [];
  const allowed = new Set(['openid', ...c.defaultClientScopes, ...c.optionalClientScopes].filter((s) => supported.has(s)));
  return [
    {
      client_id: c.clientId,
      client_name: c.name,
      ...(c.publicClient ? { token_endpoint_auth_method: 'none' } : { client_secret: c.secret, token_endpoint_auth_method: 'client_secret_basic' }),
      grant_types: grantTypes,
      response_types: c.standardFlowEnabled ? ['code'] : [],
      redirect_uris: c.standardFlowEnabled ? c.redirectUris : [],
      post_logout_redirect_uris: c.standardFlowEnabled ? c.postLogoutRedirectUris : [],
      require_auth_time: c.standardFlowEnabled,
      scope: [...allowed].join(' '),
    },
  ];
}

/** `openid` plus every client scope a realm client has by default or optionally. */
function supportedScopes(realm: Realm): Set<string> {
  return new Set(['openid', ...realm.clients.flatMap((c) => [...c.defaultClientScopes, ...c.optionalClientScopes])]);
}

/**
 * The token response's `scope` follows the access token's `scope` claim, which carries Keycloak's
 * default client scopes (`email profile`) even when the client did not ask for them.
 */
function alignTokenResponseScope(tokenPath: string): Middleware {
  return async (ctx: KoaContextWithOIDC, next) => {
    await next();
    if (ctx.path !== tokenPath || ctx.method !== 'POST' || ctx.status !== 200) return;
    const body = ctx.body as Record<string, unknown> | undefined;
    if (typeof body?.access_token !== 'string') return;
    const payload = body.access_token.split('.')[1];
    if (!payload) return;
    const scope: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).scope;
    if (typeof scope === 'string') body.scope = scope;
  };
}

interface SigningKey {
  kid: string;
  jwk: Record<string, unknown>;
  publicKey: KeyObject;
}

/** A fresh RS256 key pair per start; its `kid` is the RFC 7638 thumbprint. */
function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = createHash('sha256').update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })).digest('base64url');
  return { kid, publicKey, jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

/** The host part of the default issuer; a wildcard listen address is reached on loopback. */
function issuerHost(listenHost: string): string {
  if (listenHost === '0.0.0.0') return '127.0.0.1';
  if (listenHost === '::') return '[::1]';
  return isIP(listenHost) === 6 ? `[${listenHost}]` : listenHost;
}

function checkIssuer(value: string): string {
  const url = URL.parse(value);
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new TypeError(`issuer must be an http(s) URL without query, fragment or credentials, got ${value}`);
  }
  // The provider answers at the root of its own server; an issuer path would point nowhere.
  if (url.pathname !== '/') throw new TypeError(`issuer must not have a path, got ${value}`);
  return url.origin;
}

/** The realm export of this repository, found from this module's location (src or dist). */
function defaultRealmFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, REALM_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return resolve(REALM_FILE);
    dir = parent;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose, reject) => {
    server.close((err) => (err ? reject(err) : resolveClose()));
    // Keep-alive connections (fetch keeps them) would hold close() open.
    server.closeAllConnections();
  });
}
