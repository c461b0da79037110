/** The development identity provider was asked to start where it must not. */
export class DevIdpRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DevIdpRefusedError';
  }
}

/**
 * Refuses production: the provider signs in anyone who knows the realm file's well-known
 * passwords and keeps its keys in memory. A throwaway demo may still opt in explicitly.
 */
export function assertMayStart(env: string | undefined, allowInProduction: boolean): void {
  if (env?.trim().toLowerCase() !== 'production' || allowInProduction) return;
  throw new DevIdpRefusedError(
    'The development identity provider does not start with NODE_ENV=production: it accepts the ' +
      'well-known passwords of the Keycloak realm file and its signing keys live only in memory. ' +
      'Configure a real OpenID Connect provider instead, or, for a throwaway demo only, set ' +
      'DEV_IDP_ALLOW_PRODUCTION=true.',
  );
}

/** Reads a yes/no environment variable the way the API's configuration does. */
export function envFlag(value: string | undefined): boolean {
  return ['true', '1', 'yes'].includes((value ?? '').trim().toLowerCase());
}
