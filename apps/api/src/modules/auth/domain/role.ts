/** Product roles, weakest first. Each role includes everything the roles before it may do. */
export const ROLES = ['user', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a route: nobody needs to sign in, any signed-in caller, or a minimum role. */
export type Access = 'public' | 'authenticated' | Role;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when the caller holds `required` or a stronger role. */
export function hasRole(roles: readonly Role[], required: Role): boolean {
  const needed = ROLES.indexOf(required);
  return roles.some((r) => ROLES.indexOf(r) >= needed);
}

/** The strongest role held, if any. */
export function highestRole(roles: readonly Role[]): Role | undefined {
  return [...ROLES].reverse().find((r) => roles.includes(r));
}

/**
 * Product roles from token claims: realm roles (`realm_access.roles`) and client roles of the
 * given clients (`resource_access.<client>.roles`). Anything else (offline_access, default-roles-*)
 * is ignored.
 */
export function rolesFromClaims(claims: Record<string, unknown>, clients: readonly string[]): Role[] {
  const found = new Set<Role>();
  const add = (list: unknown) => {
    if (Array.isArray(list)) for (const r of list) if (typeof r === 'string' && isRole(r)) found.add(r);
  };
  add((claims.realm_access as { roles?: unknown } | undefined)?.roles);
  const resourceAccess = claims.resource_access as Record<string, { roles?: unknown }> | undefined;
  if (resourceAccess && typeof resourceAccess === 'object') for (const c of clients) add(resourceAccess[c]?.roles);
  return ROLES.filter((r) => found.has(r));
}
