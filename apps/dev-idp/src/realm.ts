import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * The parts of a Keycloak realm export (`keycloak/*.json`) the development identity provider
 * mirrors. Missing fields take the defaults Keycloak itself applies on import.
 */

// A new realm's default client scopes, for a client that lists none. A client that lists no
// optional scopes gets none on import (Keycloak 26 answers invalid_scope for offline_access then).
const KEYCLOAK_DEFAULT_CLIENT_SCOPES = ['web-origins', 'acr', 'profile', 'roles', 'basic', 'email'];

const composites = z
  .object({
    realm: z.array(z.string()).optional(),
    client: z.record(z.string(), z.array(z.string())).optional(),
  })
  .optional();

const role = z.object({ name: z.string().min(1), composites });

const protocolMapper = z.object({
  protocolMapper: z.string(),
  config: z.record(z.string(), z.string()).default({}),
});

const client = z.object({
  clientId: z.string().min(1),
  name: z.string().optional(),
  enabled: z.boolean().default(true),
  secret: z.string().optional(),
  publicClient: z.boolean().default(false),
  bearerOnly: z.boolean().default(false),
  standardFlowEnabled: z.boolean().default(true),
  serviceAccountsEnabled: z.boolean().default(false),
  redirectUris: z.array(z.string()).default([]),
  webOrigins: z.array(z.string()).default([]),
  attributes: z.record(z.string(), z.string()).default({}),
  protocolMappers: z.array(protocolMapper).default([]),
  defaultClientScopes: z.array(z.string()).default(KEYCLOAK_DEFAULT_CLIENT_SCOPES),
  optionalClientScopes: z.array(z.string()).default([]),
});

const user = z.object({
  id: z.string().optional(),
  username: z.string().min(1),
  enabled: z.boolean().default(true),
  email: z.string().optional(),
  emailVerified: z.boolean().default(false),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  credentials: z.array(z.object({ type: z.string(), value: z.string().optional() })).default([]),
  realmRoles: z.array(z.string()).default([]),
  clientRoles: z.record(z.string(), z.array(z.string())).default({}),
  serviceAccountClientId: z.string().optional(),
});

const realmExport = z.object({
  realm: z.string().min(1),
  displayName: z.string().optional(),
  accessTokenLifespan: z.number().int().positive().default(300),
  ssoSessionIdleTimeout: z.number().int().positive().default(1800),
  ssoSessionMaxLifespan: z.number().int().positive().default(36000),
  loginWithEmailAllowed: z.boolean().default(true),
  roles: z
    .object({
      realm: z.array(role).default([]),
      client: z.record(z.string(), z.array(role)).default({}),
    })
    .default({ realm: [], client: {} }),
  clients: z.array(client).default([]),
  users: z.array(user).default([]),
});

type RoleComposites = z.infer<typeof composites>;

export interface RealmUser {
  /** Stable subject: the export's `id`, else derived from realm and username (Keycloak would pick a random UUID). */
  id: string;
  username: string;
  enabled: boolean;
  email?: string;
  emailVerified: boolean;
  firstName?: string;
  lastName?: string;
  /** The clear-text password of the export's `password` credential; users without one cannot sign in. */
  password?: string;
  realmRoles: string[];
  clientRoles: Record<string, string[]>;
  serviceAccountClientId?: string;
}

export interface RealmClient {
  clientId: string;
  name?: string;
  secret?: string;
  publicClient: boolean;
  standardFlowEnabled: boolean;
  serviceAccountsEnabled: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  webOrigins: string[];
  /** `pkce.code.challenge.method` when the client requires PKCE. */
  pkceMethod?: string;
  /** Audiences added by the client's `oidc-audience-mapper`s to access tokens. */
  accessTokenAudiences: string[];
  defaultClientScopes: string[];
  optionalClientScopes: string[];
}

export interface RoleDefinition {
  realm: string[];
  client: Record<string, string[]>;
}

export interface Realm {
  name: string;
  displayName: string;
  accessTokenLifespan: number;
  ssoSessionIdleTimeout: number;
  ssoSessionMaxLifespan: number;
  loginWithEmailAllowed: boolean;
  /** `default-roles-<realm>`, the composite role every Keycloak user gets. */
  defaultRoleName: string;
  /** Composite realm roles declared in the export, by name. */
  realmRoleComposites: Map<string, RoleDefinition>;
  /** Composite client roles declared in the export, by client id then role name. */
  clientRoleComposites: Map<string, Map<string, RoleDefinition>>;
  clients: RealmClient[];
  users: RealmUser[];
}

/** The realm export is unusable: `problems` lists why. */
export class RealmFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid Keycloak realm file ${file}: ${problems.join('; ')}`);
    this.name = 'RealmFileError';
  }
}

/** Reads and validates a Keycloak realm export. */
export async function loadRealm(file: string): Promise<Realm> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new RealmFileError(file, [(err as Error).message]);
  }
  return parseRealm(json, file);
}

/** Validates a parsed realm export and turns it into the provider's model. */
export function parseRealm(json: unknown, file = '<realm>'): Realm {
  const result = realmExport.safeParse(json);
  if (!result.success) {
    throw new RealmFileError(
      file,
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const data = result.data;
  const realm: Realm = {
    name: data.realm,
    displayName: data.displayName ?? data.realm,
    accessTokenLifespan: data.accessTokenLifespan,
    ssoSessionIdleTimeout: data.ssoSessionIdleTimeout,
    ssoSessionMaxLifespan: data.ssoSessionMaxLifespan,
    loginWithEmailAllowed: data.loginWithEmailAllowed,
    defaultRoleName: `default-roles-${data.realm}`,
    realmRoleComposites: new Map(data.roles.realm.map((r) => [r.name, toDefinition(r.composites)])),
    clientRoleComposites: new Map(
      Object.entries(data.roles.client).map(([clientId, roles]) => [
        clientId,
        new Map(roles.map((r) => [r.name, toDefinition(r.composites)])),
      ]),
    ),
    clients: data.clients.filter((c) => c.enabled && !c.bearerOnly).map(toClient),
    users: data.users.map((u) => toUser(u, data.realm)),
  };
  const problems = checkConsistency(realm);
  if (problems.length) throw new RealmFileError(file, problems);
  return realm;
}

function toDefinition(c: RoleComposites): RoleDefinition {
  return { realm: c?.realm ?? [], client: c?.client ?? {} };
}

function toClient(c: z.infer<typeof client>): RealmClient {
  const postLogout = (c.attributes['post.logout.redirect.uris'] ?? '')
    .split('##')
    .map((uri) => uri.trim())
    .filter(Boolean);
  return {
    clientId: c.clientId,
    name: c.name,
    secret: c.secret,
    publicClient: c.publicClient,
    standardFlowEnabled: c.standardFlowEnabled,
    serviceAccountsEnabled: c.serviceAccountsEnabled && !c.publicClient,
    redirectUris: c.redirectUris,
    // Keycloak's "+" means "the same as the valid redirect URIs".
    postLogoutRedirectUris: unique(postLogout.flatMap((uri) => (uri === '+' ? c.redirectUris : [uri]))),
    // "+" in web origins means "the origins of the valid redirect URIs".
    webOrigins: unique(c.webOrigins.flatMap((o) => (o === '+' ? c.redirectUris.flatMap(originOf) : [o]))),
    pkceMethod: c.attributes['pkce.code.challenge.method'] || undefined,
    accessTokenAudiences: c.protocolMappers
      .filter((m) => m.protocolMapper === 'oidc-audience-mapper' && m.config['access.token.claim'] !== 'false')
      .map((m) => m.config['included.custom.audience'] || m.config['included.client.audience'])
      .filter((aud): aud is string => Boolean(aud)),
    defaultClientScopes: c.defaultClientScopes,
    optionalClientScopes: c.optionalClientScopes,
  };
}

function toUser(u: z.infer<typeof user>, realmName: string): RealmUser {
  return {
    id: u.id ?? stableUserId(realmName, u.username),
    // Keycloak stores usernames in lower case.
    username: u.username.toLowerCase(),
    enabled: u.enabled,
    email: u.email,
    emailVerified: u.emailVerified,
    firstName: u.firstName,
    lastName: u.lastName,
    password: u.credentials.find((c) => c.type === 'password' && c.value !== undefined)?.value,
    realmRoles: u.realmRoles,
    clientRoles: u.clientRoles,
    serviceAccountClientId: u.serviceAccountClientId,
  };
}

function checkConsistency(realm: Realm): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of realm.clients) {
    if (seen.has(c.clientId)) problems.push(`clients: duplicate clientId ${c.clientId}`);
    seen.add(c.clientId);
    if (!c.publicClient && !c.secret) problems.push(`clients.${c.clientId}: a confidential client needs a secret`);
  }
  const usernames = new Set<string>();
  for (const u of realm.users) {
    if (usernames.has(u.username)) problems.push(`users: duplicate username ${u.username}`);
    usernames.add(u.username);
  }
  return problems;
}

/**
 * A UUID-shaped id that stays the same across restarts, so data the product keyed by `sub`
 * (audit entries, sessions) still matches after the provider restarts.
 */
export function stableUserId(realmName: string, username: string): string {
  const hex = createHash('sha256').update(`${realmName}\0${username.toLowerCase()}`).digest('hex');
  // Version 8 (custom) and the RFC 9562 variant, so it parses as a valid UUID.
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

function originOf(uri: string): string[] {
  const parsed = URL.parse(uri);
  return parsed && parsed.origin !== 'null' ? [parsed.origin] : [];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
