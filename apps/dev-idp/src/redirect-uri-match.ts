/**
 * Keycloak's rule for valid (post-logout) redirect URIs: an exact match, or — for a pattern that
 * ends in `*` — a prefix match that ignores the query string. oidc-provider only knows exact
 * matches, and the realm's post-logout URIs are all of the `http://host:port/*` kind.
 */
export function redirectUriAllowed(value: string, patterns: readonly string[]): boolean {
  if (patterns.includes(value)) return true;
  const parsed = URL.parse(value);
  if (!parsed || parsed.hash || parsed.username || parsed.password) return false;
  const withoutQuery = `${parsed.origin}${parsed.pathname}`;
  return patterns.some((pattern) => {
    if (!pattern.endsWith('*')) return false;
    const prefix = pattern.slice(0, -1);
    // Compare normalized forms, so `/a/../b` or an upper-case host cannot slip past the prefix.
    const normalizedPrefix = URL.parse(prefix)?.href ?? prefix;
    return withoutQuery.startsWith(normalizedPrefix) || parsed.href.startsWith(normalizedPrefix);
  });
}
