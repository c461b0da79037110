import { serviceEnv } from './env.js';

/** Service accounts of the imported realm (dev-only secrets, see README). */
export const AUTOMATION = {
  admin: { clientId: 'cml-automation-admin', secret: 'dev-automation-admin-secret' },
  manager: { clientId: 'cml-automation-manager', secret: 'dev-automation-manager-secret' },
  user: { clientId: 'cml-automation-viewer', secret: 'dev-automation-viewer-secret' },
} as const;

export function keycloakBase(): { base: string; realm: string; issuer: string } {
  const issuer = serviceEnv().oidcIssuer;
  const match = /^(.*)\/realms\/([^/]+)$/.exec(issuer);
  if (!match) throw new Error(`OIDC_ISSUER_URL ${issuer} is not a Keycloak realm URL`);
  return { base: match[1], realm: match[2], issuer };
}

/** A client-credentials access token from the realm. */
export async function clientCredentialsToken(clientId: string, secret: string, issuer = keycloakBase().issuer): Promise<string> {
  const res = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!res.ok) throw new Error(`token request for ${clientId} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export const roleToken = (role: keyof typeof AUTOMATION) => clientCredentialsToken(AUTOMATION[role].clientId, AUTOMATION[role].secret);

/** Keycloak admin REST API (dev-mode bootstrap admin), for test fixtures such as short-lived clients. */
export class KeycloakAdmin {
  private token?: string;

  private async adminToken(): Promise<string> {
    if (this.token) return this.token;
    const { base } = keycloakBase();
    const res = await fetch(`${base}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
    });
    if (!res.ok) throw new Error(`Keycloak admin sign-in failed: ${res.status}`);
    this.token = ((await res.json()) as { access_token: string }).access_token;
    return this.token;
  }

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const { base, realm } = keycloakBase();
    const res = await fetch(`${base}/admin/realms/${realm}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.adminToken()}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Keycloak admin ${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  /**
   * Creates a throw-away service-account client. `audience: false` leaves out the API audience;
   * `lifespanSeconds` shortens its access tokens.
   */
  async createServiceClient(options: { role?: 'admin' | 'manager' | 'user'; audience?: boolean; lifespanSeconds?: number }): Promise<{ clientId: string; secret: string; remove(): Promise<void> }> {
    const clientId = `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const secret = `secret-${Math.random().toString(36).slice(2)}`;
    await this.call('POST', '/clients', {
      clientId,
      secret,
      publicClient: false,
      serviceAccountsEnabled: true,
      standardFlowEnabled: false,
      directAccessGrantsEnabled: false,
      attributes: options.lifespanSeconds ? { 'access.token.lifespan': String(options.lifespanSeconds) } : {},
      protocolMappers:
        options.audience === false
          ? []
          : [{ name: 'api-audience', protocol: 'openid-connect', protocolMapper: 'oidc-audience-mapper', config: { 'included.custom.audience': 'cml-cloud-manager', 'access.token.claim': 'true' } }],
    });
    const [client] = (await (await this.call('GET', `/clients?clientId=${clientId}`)).json()) as { id: string }[];
    if (options.role) {
      const user = (await (await this.call('GET', `/clients/${client.id}/service-account-user`)).json()) as { id: string };
      const role = await (await this.call('GET', `/roles/${options.role}`)).json();
      await this.call('POST', `/users/${user.id}/role-mappings/realm`, [role]);
    }
    return { clientId, secret, remove: async () => void (await this.call('DELETE', `/clients/${client.id}`)) };
  }
}

/** Decodes a JWT's parts without verifying (for building hostile variants in tests). */
export function jwtParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; signature: string } {
  const [h, p, s] = token.split('.');
  const decode = (x: string) => JSON.parse(Buffer.from(x, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: decode(h), payload: decode(p), signature: s };
}

export function encodeJwt(header: Record<string, unknown>, payload: Record<string, unknown>, signature: string): string {
  const enc = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${signature}`;
}
