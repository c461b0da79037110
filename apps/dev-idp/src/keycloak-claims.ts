import { type Realm, type RealmClient, type RealmUser, type RoleDefinition, stableUserId } from './realm.js';

/**
 * How Keycloak shapes tokens for a realm, rebuilt from the realm export: effective roles,
 * effective client scopes, and the claims of access tokens, ID tokens and userinfo.
 */

/**
 * Roles Keycloak creates in every realm without listing them in the export. The default role's
 * composites are why `offline_access`, `uma_authorization` and the `account` client roles appear
 * in every user's token (and why `account` is one of the token's audiences).
 */
function builtInRealmRoles(realm: Realm): Map<string, RoleDefinition> {
  return new Map([
    [
      realm.defaultRoleName,
      { realm: ['offline_access', 'uma_authorization'], client: { account: ['view-profile', 'manage-account'] } },
    ],
  ]);
}
const BUILT_IN_CLIENT_ROLES = new Map<string, Map<string, RoleDefinition>>([
  ['account', new Map([['manage-account', { realm: [], client: { account: ['manage-account-links'] } }]])],
]);

/** Client scopes whose names Keycloak leaves out of the `scope` claim (`include.in.token.scope: false`). */
const SCOPES_NOT_IN_TOKEN_SCOPE = new Set(['roles', 'web-origins', 'acr', 'basic', 'service_account']);

export interface EffectiveRoles {
  realm: string[];
  client: Record<string, string[]>;
}

/** A user's roles after expanding composites, as Keycloak puts them in `realm_access` / `resource_access`. */
export function effectiveRoles(realm: Realm, user: Pick<RealmUser, 'realmRoles' | 'clientRoles'>): EffectiveRoles {
  const realmRoles = new Set<string>();
  const clientRoles = new Map<string, Set<string>>();
  const builtIns = builtInRealmRoles(realm);
  const pending: Array<{ client?: string; name: string }> = [
    ...user.realmRoles.map((name) => ({ name })),
    ...Object.entries(user.clientRoles).flatMap(([client, names]) => names.map((name) => ({ client, name }))),
  ];
  for (let next = pending.shift(); next; next = pending.shift()) {
    const { client, name } = next;
    if (client === undefined) {
      if (realmRoles.has(name)) continue;
      realmRoles.add(name);
    } else {
      const roles = clientRoles.get(client) ?? new Set<string>();
      if (roles.has(name)) continue;
      clientRoles.set(client, roles.add(name));
    }
    // A definition in the export wins over Keycloak's built-in one of the same name.
    const definition =
      client === undefined
        ? (realm.realmRoleComposites.get(name) ?? builtIns.get(name))
        : (realm.clientRoleComposites.get(client)?.get(name) ?? BUILT_IN_CLIENT_ROLES.get(client)?.get(name));
    if (!definition) continue;
    pending.push(...definition.realm.map((n) => ({ name: n })));
    for (const [c, names] of Object.entries(definition.client)) pending.push(...names.map((n) => ({ client: c, name: n })));
  }
  return {
    realm: [...realmRoles],
    client: Object.fromEntries([...clientRoles].map(([c, roles]) => [c, [...roles].sort()])),
  };
}

/**
 * The client scopes Keycloak applies to a request: the client's default scopes always, its
 * optional scopes only when asked for, and `openid` when asked for.
 */
export function effectiveScopes(client: RealmClient, requested: Iterable<string>): Set<string> {
  const asked = new Set(requested);
  const scopes = new Set(client.defaultClientScopes);
  if (asked.has('openid')) scopes.add('openid');
  for (const scope of client.optionalClientScopes) if (asked.has(scope)) scopes.add(scope);
  return scopes;
}

/** The `scope` claim as Keycloak writes it: `openid` first, then the visible scopes in alphabetical order. */
export function scopeClaim(scopes: Set<string>): string {
  const visible = [...scopes].filter((s) => s !== 'openid' && !SCOPES_NOT_IN_TOKEN_SCOPE.has(s)).sort();
  return (scopes.has('openid') ? ['openid', ...visible] : visible).join(' ');
}

/** Claims of the `profile` and `email` client scopes (ID token, userinfo, access token). */
export function identityClaims(user: RealmUser, scopes: Set<string>): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  if (scopes.has('email')) {
    claims.email_verified = user.emailVerified;
    if (user.email) claims.email = user.email;
  }
  if (scopes.has('profile')) {
    const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
    if (name) claims.name = name;
    claims.preferred_username = user.username;
    if (user.firstName) claims.given_name = user.firstName;
    if (user.lastName) claims.family_name = user.lastName;
  }
  return claims;
}

export interface AccessTokenInput {
  realm: Realm;
  client: RealmClient;
  /** The signed-in user, or the client's service-account user for client credentials. */
  subject: RealmUser;
  serviceAccount: boolean;
  /** Scopes the token was issued for (space separated), before Keycloak's defaults are added. */
  grantedScope?: string;
  /** Standard claims computed by the provider: iss, iat, exp, jti. */
  iss: string;
  iat: number;
  exp: number;
  jti: string;
  sid?: string;
  authTime?: number;
}

/** The payload of an access token, claim for claim what Keycloak issues for this realm. */
export function accessTokenClaims(input: AccessTokenInput): Record<string, unknown> {
  const { realm, client, subject } = input;
  const scopes = effectiveScopes(client, (input.grantedScope ?? '').split(' ').filter(Boolean));
  const roles = scopes.has('roles') ? effectiveRoles(realm, subject) : { realm: [], client: {} };
  const resourceAccess = Object.fromEntries(Object.entries(roles.client).map(([c, r]) => [c, { roles: r }]));
  // Keycloak's audience-resolve mapper adds every client the user holds roles of.
  const aud = [...new Set([...client.accessTokenAudiences, ...Object.keys(resourceAccess)])];
  const claims: Record<string, unknown> = {
    exp: input.exp,
    iat: input.iat,
    ...(input.authTime !== undefined && !input.serviceAccount ? { auth_time: input.authTime } : {}),
    jti: input.jti,
    iss: input.iss,
    aud,
    sub: subject.id,
    typ: 'Bearer',
    azp: client.clientId,
    ...(input.sid && !input.serviceAccount ? { sid: input.sid } : {}),
    ...(scopes.has('acr') ? { acr: '1' } : {}),
    ...(scopes.has('web-origins') && client.webOrigins.length ? { 'allowed-origins': client.webOrigins } : {}),
    ...(scopes.has('roles') ? { realm_access: { roles: roles.realm } } : {}),
    ...(Object.keys(resourceAccess).length ? { resource_access: resourceAccess } : {}),
    scope: scopeClaim(scopes),
    ...identityClaims(subject, scopes),
    ...(input.serviceAccount ? { client_id: client.clientId } : {}),
  };
  return claims;
}

/** The realm user behind a client's service account; Keycloak creates one with the default role if missing. */
export function serviceAccountUser(realm: Realm, clientId: string): RealmUser {
  const username = `service-account-${clientId}`.toLowerCase();
  return (
    realm.users.find((u) => u.serviceAccountClientId === clientId) ??
    realm.users.find((u) => u.username === username) ?? {
      id: stableUserId(realm.name, username),
      username,
      enabled: true,
      emailVerified: false,
      realmRoles: [realm.defaultRoleName],
      clientRoles: {},
      serviceAccountClientId: clientId,
    }
  );
}
