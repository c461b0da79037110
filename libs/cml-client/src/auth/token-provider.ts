import type { CmlLogger } from '../cml-client.options.js';
import type { CmlTokenStore } from './token-store.js';
import { tokenCacheTtlSeconds } from './token-ttl.js';

/** Signs in once and returns a token; supplied per controller and user by the client. */
export type Login = () => Promise<string>;

/**
 * Hands out cached tokens and renews them. Concurrent renewals for the same key share one
 * `/authenticate` call, so a burst of callers after an expiry signs in once. A failing store is
 * treated as a cache miss: CML stays usable when Redis is not.
 */
export class TokenProvider {
  private readonly inflight = new Map<string, Promise<string>>();
  // Concurrent reads of one key share one store read: a collection cycle sends a controller's
  // reads together, and each would otherwise be a Redis round trip of its own.
  private readonly reading = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly store: CmlTokenStore,
    private readonly fallbackTtlSeconds: number,
    private readonly now: () => number,
    private readonly logger?: CmlLogger,
  ) {}

  async current(key: string, login: Login): Promise<string> {
    return (await this.read(key)) ?? this.renew(key, login);
  }

  /** After a 401 with `rejected`: reuse a newer token another caller stored, else sign in again. */
  async replace(key: string, rejected: string | undefined, login: Login): Promise<string> {
    const inflight = this.inflight.get(key);
    if (inflight) return inflight;
    const cached = await this.read(key);
    if (cached && cached !== rejected) return cached;
    if (cached) await this.remove(key);
    return this.renew(key, login);
  }

  /** Signs in (sharing a sign-in already in flight) and caches the new token. */
  renew(key: string, login: Login): Promise<string> {
    const existing = this.inflight.get(key);
    if (existing) return existing;
    const pending = (async () => {
      const token = await login();
      const ttl = tokenCacheTtlSeconds(token, this.fallbackTtlSeconds, this.now());
      if (ttl > 0) {
        try {
          await this.store.set(key, token, ttl);
        } catch (error) {
          this.logger?.warn({ err: (error as Error).message }, 'CML token store write failed; the token is used uncached');
        }
      }
      return token;
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, pending);
    return pending;
  }

  private read(key: string): Promise<string | undefined> {
    const pending = this.reading.get(key);
    if (pending) return pending;
    const reading = (async () => {
      try {
        return (await this.store.get(key)) ?? undefined;
      } catch (error) {
        this.logger?.warn({ err: (error as Error).message }, 'CML token store read failed; signing in again');
        return undefined;
      }
    })().finally(() => this.reading.delete(key));
    this.reading.set(key, reading);
    return reading;
  }

  private async remove(key: string): Promise<void> {
    try {
      await this.store.delete(key);
    } catch (error) {
      this.logger?.warn({ err: (error as Error).message }, 'CML token store delete failed');
    }
  }
}
