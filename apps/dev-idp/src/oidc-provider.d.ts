// oidc-provider ships no type declarations and @types/oidc-provider is not a dependency: these
// cover only what the development identity provider uses. Delete this file if @types/oidc-provider
// (which also brings @types/koa) is added.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type Awaitable<T> = T | Promise<T>;
  export type Next = () => Promise<void>;
  export type Middleware = (ctx: KoaContextWithOIDC, next: Next) => Promise<void>;

  export interface CookieOptions {
    httpOnly?: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
    secure?: boolean;
    signed?: boolean;
    path?: string;
  }

  /** The subset of Koa's context the provider's hooks and our middleware touch. */
  export interface KoaContextWithOIDC {
    req: IncomingMessage;
    res: ServerResponse;
    path: string;
    method: string;
    host: string;
    querystring: string;
    headers: Record<string, string | string[] | undefined>;
    status: number;
    body: unknown;
    type: string;
    state: Record<string, unknown>;
    cookies: { set(name: string, value: string | null, options?: CookieOptions): void };
    get(field: string): string;
    set(field: string, value: string): void;
    redirect(url: string): void;
    oidc: OIDCContext;
  }

  export interface OIDCContext {
    provider: Provider;
    route: string;
    params: Record<string, unknown>;
    client?: Client;
    session: Session;
    entities: {
      AuthorizationCode?: { authTime?: number };
      RefreshToken?: { authTime?: number };
      IdTokenHint?: { payload: Record<string, unknown> };
    };
    result?: { consent?: { grantId?: string } };
    requestParamScopes: Set<string>;
    requestParamOIDCScopes: Set<string>;
    resourceServers: Record<string, ResourceServer>;
    urlFor(name: string, query?: Record<string, string>): string;
  }

  export interface ResourceServer {
    scope: string;
    scopes: Set<string>;
    audience?: string;
    identifier(): string;
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg?: string; kid?: string } };
  }

  export interface Session {
    accountId?: string;
    state?: { clientId?: string; state?: string; postLogoutRedirectUri?: string; secret?: string };
    authorizations?: Record<string, { grantId?: string; persistsLogout?: boolean }>;
    grantIdFor(clientId: string): string | undefined;
    authorizationFor(clientId: string): { persistsLogout?: boolean } | undefined;
    destroy(): Promise<void>;
  }

  export interface Client {
    clientId: string;
    clientName?: string;
    clientAuthMethod: string;
    redirectUris: string[];
    postLogoutRedirectUris: string[];
    grantTypeAllowed(type: string): boolean;
    redirectUriAllowed(value: string): boolean;
    postLogoutRedirectUriAllowed(value: string): boolean;
    includeSid(): boolean;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    token_endpoint_auth_method?: string;
    require_auth_time?: boolean;
    scope?: string;
  }

  export interface Grant {
    jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface GrantConstructor {
    new (properties: { clientId: string; accountId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  /** An access token (authorization code / refresh flows) or a client-credentials token. */
  export interface IssuedAccessToken {
    clientId: string;
    accountId?: string;
    scope?: string;
    sid?: string;
  }

  export interface StructuredJwt {
    header: Record<string, unknown> | undefined;
    payload: Record<string, unknown>;
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string, claims: unknown, rejected: string[]): Awaitable<AccountClaims>;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean };
    consent?: { grantId?: string };
    [key: string]: unknown;
  }

  export interface AdapterPayload {
    jti?: string;
    uid?: string;
    userCode?: string;
    grantId?: string;
    consumed?: unknown;
    [key: string]: unknown;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export type Ttl<T = unknown> = number | ((ctx: KoaContextWithOIDC, token: T, client: Client) => number);

  export interface Configuration {
    adapter?: (name: string) => Adapter;
    clients?: ClientMetadata[];
    jwks?: { keys: object[] };
    cookies?: {
      names?: { session?: string; interaction?: string; resume?: string };
      long?: CookieOptions;
      short?: CookieOptions;
      keys?: string[];
    };
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    responseTypes?: string[];
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    conformIdTokenClaims?: boolean;
    findAccount?: (ctx: KoaContextWithOIDC, sub: string, token?: unknown) => Awaitable<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Awaitable<Grant | undefined>;
    issueRefreshToken?: (ctx: KoaContextWithOIDC, client: Client, code: unknown) => Awaitable<boolean>;
    pkce?: { required?: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    interactions?: { url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => Awaitable<string> };
    renderError?: (ctx: KoaContextWithOIDC, out: Record<string, string>, error: Error) => Awaitable<void>;
    formats?: {
      customizers?: {
        jwt?: (ctx: KoaContextWithOIDC, token: IssuedAccessToken, jwt: StructuredJwt) => Awaitable<void>;
      };
    };
    ttl?: Record<string, Ttl>;
    features?: {
      devInteractions?: { enabled: boolean };
      clientCredentials?: { enabled: boolean };
      introspection?: { enabled: boolean };
      revocation?: { enabled: boolean };
      userinfo?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => Awaitable<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => Awaitable<void>;
      };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC, client: Client, oneOf?: string[]) => Awaitable<string | string[] | undefined>;
        useGrantedResource?: (ctx: KoaContextWithOIDC, model: unknown) => Awaitable<boolean>;
        getResourceServerInfo?: (ctx: KoaContextWithOIDC, resourceIndicator: string, client: Client) => Awaitable<ResourceServerInfo>;
      };
    };
  }

  export interface TokenModelStatics {
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Client: { prototype: Client; find(id: string): Promise<Client | undefined> };
    readonly Grant: GrantConstructor;
    readonly AccessToken: TokenModelStatics;
    readonly AuthorizationCode: TokenModelStatics;
    readonly RefreshToken: TokenModelStatics;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: Middleware): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    pathFor(name: string): string;
    urlFor(name: string, options?: Record<string, string>): string;
    cookieName(type: 'session' | 'interaction' | 'resume'): string;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionResult(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
  }

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
    statusCode: number;
  }

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    InvalidTarget: new (description?: string) => OIDCProviderError;
    SessionNotFound: new (description?: string) => OIDCProviderError;
  };

  export default Provider;
}
