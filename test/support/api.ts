import request from 'supertest';
import { roleToken } from './keycloak.js';

export type Role = 'admin' | 'manager' | 'user';

/**
 * supertest against the app with a service-account bearer token per role (tokens cached for the
 * suite), from Keycloak unless `tokenFor` gets them elsewhere (e.g. the embedded provider).
 */
export class Api {
  private readonly tokens = new Map<Role, Promise<string>>();

  constructor(
    readonly url: string,
    private readonly tokenFor: (role: Role) => Promise<string> = roleToken,
  ) {}

  private token(role: Role): Promise<string> {
    let t = this.tokens.get(role);
    if (!t) {
      t = this.tokenFor(role);
      this.tokens.set(role, t);
    }
    return t;
  }

  async get(path: string, role: Role = 'user') {
    return request(this.url).get(path).auth(await this.token(role), { type: 'bearer' });
  }

  async post(path: string, body: unknown = {}, role: Role = 'admin') {
    return request(this.url).post(path).auth(await this.token(role), { type: 'bearer' }).send(body as object);
  }

  async patch(path: string, body: unknown, role: Role = 'admin') {
    return request(this.url).patch(path).auth(await this.token(role), { type: 'bearer' }).send(body as object);
  }

  async put(path: string, body: unknown, role: Role = 'admin') {
    return request(this.url).put(path).auth(await this.token(role), { type: 'bearer' }).send(body as object);
  }

  async delete(path: string, role: Role = 'admin') {
    return request(this.url).delete(path).auth(await this.token(role), { type: 'bearer' });
  }
}

/** Polls until `check` returns a value (or the time runs out). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, everyMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Asserts a status and shows the body when it differs (supertest responses are already received). */
export function expectStatus(status: number) {
  return <R extends { status: number; body: unknown; text?: string }>(res: R): R => {
    if (res.status !== status) throw new Error(`expected HTTP ${status}, got ${res.status}: ${JSON.stringify(res.body ?? res.text).slice(0, 600)}`);
    return res;
  };
}
