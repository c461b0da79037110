import { DemoSeedError, describeFetchFailure, readJson } from './http.js';

export interface ServiceAccount {
  clientId: string;
  secret: string;
}

interface Problem {
  code?: string;
  detail?: string;
  details?: Record<string, unknown>;
}

export type ImportOutcome = { workerId: string; created: true } | { workerId: string; created: false };

/**
 * The product's own REST API, called like any automation client would: a service-account token
 * from the identity provider (client-credentials grant) as bearer.
 */
export class ProductApiClient {
  private accessToken?: { value: string; expiresAt: number };

  constructor(
    private readonly appUrl: string,
    private readonly issuer: string,
    private readonly account: ServiceAccount,
  ) {}

  /** Polls `/api/health/ready` until it answers 200; `timeoutMs` 0 asks once. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: string;
    for (;;) {
      try {
        const res = await fetch(`${this.appUrl}/api/health/ready`);
        const body = await res.text();
        if (res.ok) return;
        last = `HTTP ${res.status} ${body.slice(0, 300)}`;
      } catch (err) {
        last = describeFetchFailure(err);
      }
      if (Date.now() >= deadline) {
        throw new DemoSeedError(`CML Cloud Manager is not ready at ${this.appUrl} (/api/health/ready: ${last}). Start it first (scripts/start does), or set DEMO_APP_URL.`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** Fails unless the service account gets a token the app accepts with the admin role (listing terminated workers is admin-only). */
  async verifyAccess(): Promise<void> {
    const res = await this.call('GET', '/api/workers?includeTerminated=true&pageSize=1');
    if (res.ok) {
      await res.body?.cancel();
      return;
    }
    const problem = await readJson<Problem>(res);
    const hint =
      res.status === 401
        ? ` The app does not accept tokens of ${this.issuer}: is OIDC_ISSUER_URL of the app the same issuer?`
        : res.status === 403
          ? ` The service account ${this.account.clientId} lacks the admin role.`
          : '';
    throw new DemoSeedError(`CML Cloud Manager refused the seeder: HTTP ${res.status} ${problem.code ?? ''} ${problem.detail ?? ''}.${hint}`);
  }

  /** Imports one instance; an instance that is already a worker is not an error (the seeder may run twice). */
  async importInstance(region: string, instanceId: string): Promise<ImportOutcome> {
    const res = await this.call('POST', '/api/workers/import', { region, instanceId });
    if (res.status === 201) return { workerId: (await readJson<{ id: string }>(res)).id, created: true };
    const problem = await readJson<Problem>(res);
    if (res.status === 409 && problem.code === 'IMPORT.ALREADY_REGISTERED' && typeof problem.details?.workerId === 'string') {
      return { workerId: problem.details.workerId, created: false };
    }
    throw new DemoSeedError(`Importing ${instanceId} (${region}) failed: HTTP ${res.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
  }

  /** Asks the app to re-read the worker's EC2 state and controller; a throttled refresh (429) counts as done. */
  async refresh(workerId: string): Promise<'refreshed' | 'throttled'> {
    const res = await this.call('POST', `/api/workers/${workerId}/refresh`);
    if (res.ok || res.status === 429) {
      await res.body?.cancel();
      return res.ok ? 'refreshed' : 'throttled';
    }
    const problem = await readJson<Problem>(res);
    throw new DemoSeedError(`Refreshing worker ${workerId} failed: HTTP ${res.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
  }

  /** Reads the worker's labs from its controller (so a worker stopped next keeps them as last seen). */
  async syncLabs(workerId: string): Promise<void> {
    await this.expectOk('POST', `/api/workers/${workerId}/labs/sync`, undefined, `Syncing the labs of worker ${workerId}`, [429]);
  }

  /** Sets the worker's own idle timeout (minutes). */
  async setIdleTimeout(workerId: string, minutes: number): Promise<void> {
    await this.expectOk('PATCH', `/api/workers/${workerId}`, { idleTimeoutMinutes: minutes }, `Setting the idle timeout of worker ${workerId}`);
  }

  /** Gives the worker an endpoint override (a simulated controller for a worker the console launched). */
  async setEndpoint(workerId: string, endpoint: string): Promise<void> {
    await this.expectOk('PATCH', `/api/workers/${workerId}`, { endpoint }, `Setting the endpoint of worker ${workerId}`);
  }

  /** Stops the worker through the product, as a person would (recorded in its timeline). */
  async stop(workerId: string): Promise<void> {
    await this.expectOk('POST', `/api/workers/${workerId}/stop`, {}, `Stopping worker ${workerId}`);
  }

  /** Workers as the API lists them (the first 500). */
  async workers(): Promise<{ id: string; name: string; status: string; endpoint?: string; endpointSource: string; lifecycle: { importedAt?: string } }[]> {
    const res = await this.call('GET', '/api/workers?pageSize=500');
    if (!res.ok) throw new DemoSeedError(`Listing workers failed: HTTP ${res.status}`);
    return (await readJson<{ items: never[] }>(res)).items;
  }

  private async expectOk(method: string, path: string, body: unknown, what: string, alsoFine: number[] = []): Promise<void> {
    const res = await this.call(method, path, body);
    if (res.ok || alsoFine.includes(res.status)) {
      await res.body?.cancel();
      return;
    }
    const problem = await readJson<Problem>(res);
    throw new DemoSeedError(`${what} failed: HTTP ${res.status} ${problem.code ?? ''} ${problem.detail ?? ''}`.trim());
  }

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    const token = await this.token();
    try {
      return await fetch(`${this.appUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new DemoSeedError(`CML Cloud Manager does not answer at ${this.appUrl} (${describeFetchFailure(err)}).`);
    }
  }

  private async token(): Promise<string> {
    if (this.accessToken && this.accessToken.expiresAt > Date.now() + 30_000) return this.accessToken.value;
    const discovery = await fetch(`${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).catch((err: unknown) => {
      throw new DemoSeedError(`The identity provider does not answer at ${this.issuer} (${describeFetchFailure(err)}); check OIDC_ISSUER_URL.`);
    });
    if (!discovery.ok) throw new DemoSeedError(`${this.issuer} has no OpenID discovery document (HTTP ${discovery.status}); check OIDC_ISSUER_URL.`);
    const { token_endpoint: tokenEndpoint } = await readJson<{ token_endpoint?: string }>(discovery);
    if (!tokenEndpoint) throw new DemoSeedError(`The discovery document of ${this.issuer} names no token endpoint.`);
    const res = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.account.clientId, client_secret: this.account.secret }),
    });
    if (!res.ok) {
      throw new DemoSeedError(
        `The identity provider refused a token for the service account ${this.account.clientId} (HTTP ${res.status}: ${(await res.text()).slice(0, 300)}). It needs the admin role (DEMO_CLIENT_ID / DEMO_CLIENT_SECRET).`,
      );
    }
    const body = await readJson<{ access_token: string; expires_in?: number }>(res);
    this.accessToken = { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 60) * 1000 };
    return body.access_token;
  }
}
