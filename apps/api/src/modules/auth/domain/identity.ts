import type { Actor } from '#kernel';
import { type Role, rolesFromClaims } from './role.js';

/** The authenticated caller of a request. */
export interface Identity {
  kind: 'user' | 'service';
  /** Token subject (users) or client id (service accounts). */
  id: string;
  username: string;
  name?: string;
  email?: string;
  roles: Role[];
  /** The identity provider's groups (the `groups` claim, when its mapper sends one): a worker owned by `group:<name>` is theirs. */
  groups?: string[];
  /** How this request authenticated. */
  via: 'session' | 'bearer';
  /** When the session (or, for bearer callers, the token) stops being valid. ISO 8601. */
  expiresAt: string;
}

const SERVICE_ACCOUNT_PREFIX = 'service-account-';

/** Builds the identity from validated access-token claims (Keycloak and the embedded provider alike). */
export function identityFromClaims(claims: Record<string, unknown>, via: Identity['via'], clients: readonly string[]): Identity {
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : String(claims.sub ?? 'unknown');
  const clientId = (typeof claims.client_id === 'string' && claims.client_id) || (typeof claims.azp === 'string' && claims.azp) || undefined;
  const isService = username.startsWith(SERVICE_ACCOUNT_PREFIX) || (claims.sub === undefined && clientId !== undefined);
  const exp = typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : new Date(0).toISOString();
  return {
    kind: isService ? 'service' : 'user',
    id: isService ? (clientId ?? username.slice(SERVICE_ACCOUNT_PREFIX.length)) : String(claims.sub),
    username: isService ? (clientId ?? username) : username,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    email: typeof claims.email === 'string' ? claims.email : undefined,
    roles: rolesFromClaims(claims, clients),
    ...groupsOf(claims),
    via,
    expiresAt: exp,
  };
}

/** The `groups` claim as plain names (Keycloak's group mapper sends full paths such as `/ccna-teachers`). */
function groupsOf(claims: Record<string, unknown>): { groups?: string[] } {
  const raw = claims.groups;
  if (!Array.isArray(raw)) return {};
  return { groups: raw.filter((g): g is string => typeof g === 'string' && g.length > 0).map((g) => g.replace(/^\//, '')) };
}

/** The actor recorded on the events a caller causes. */
export function actorOf(identity: Identity): Actor {
  return { kind: identity.kind, id: identity.id, name: identity.username };
}
