/** Addresses of the real services started by scripts/services (see `scripts/services env`). */
export function serviceEnv(): { mongoUri: string; redisUrl?: string; oidcIssuer: string; awsEndpoint: string } {
  const mongoUri = process.env.MONGODB_URI;
  if (!mongoUri) {
    throw new Error('MONGODB_URI is not set: run the e2e tests through scripts/test, or after eval "$(scripts/services up)"');
  }
  return {
    mongoUri,
    redisUrl: process.env.REDIS_URL,
    oidcIssuer: process.env.OIDC_ISSUER_URL ?? 'http://127.0.0.1:8031/realms/cml-cloud-manager',
    awsEndpoint: process.env.AWS_ENDPOINT_URL ?? 'http://127.0.0.1:5055',
  };
}

/** A database of its own for each suite, so suites never see each other's data. */
export function uniqueMongoUri(suite: string): string {
  const url = new URL(serviceEnv().mongoUri);
  url.pathname = `/ccm_test_${suite.replace(/[^a-z0-9]/gi, '_')}_${Date.now().toString(36)}`;
  return url.toString();
}

/**
 * Redis keys and channels of this suite file (Jest loads this module once per file): sessions, rate
 * limits, leases and live events of one suite never meet another's, whatever ran before or runs
 * beside it. The instances one suite starts share it, as replicas of one deployment do.
 */
export const SUITE_REDIS_PREFIX = `ccm-test:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}:`;
