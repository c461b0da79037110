/** The `exp` claim (epoch seconds) of a JWT, or undefined when the token is not a readable JWT. */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    const exp = claims && typeof claims === 'object' ? (claims as { exp?: unknown }).exp : undefined;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How long to cache a token: until shortly before its JWT `exp` (10 % of the remaining life, at most
 * 30 s, so a call never leaves with a token about to expire), else `fallbackSeconds`.
 * 0 or less means "do not cache".
 */
export function tokenCacheTtlSeconds(token: string, fallbackSeconds: number, nowMs: number): number {
  const exp = jwtExpiry(token);
  if (exp === undefined) return fallbackSeconds;
  const remaining = exp - nowMs / 1000;
  if (remaining <= 0) return 0;
  return Math.floor(remaining - Math.min(30, remaining * 0.1));
}
