import type { CmlLogger } from '../cml-client.options.js';
import type { CmlTokenStore } from './token-store.js';
import { tokenCacheTtlSeconds } from './token-ttl.js';

/** Signs in once and returns a token; supplied per controller and user by the client. */
export type Login = () => Promise<string>;

/** Above this many remembered tokens, expired ones are dropped before another is added. */
const LOCAL_SWEEP_AT = 1024;

/**
 * Hands out cached tokens and renews them. Concurrent renewals for the same key share one
 * `/authenticate` call, so a burst of callers after an expiry signs in once. A failing store is
 * treated as a cache miss: CML stays usable when Redis is not.
 *
 * Tokens are also remembered in this process until shortly before they expire (as the store keeps
 * them), so a collection cycle asks Redis for none of its controllers' tokens: it used to be one
 * Redis round trip per controller per cycle. A token another replica replaced is found out by the
 * 401 it earns; `replace` then asks the store, not the local copy.
 */
export class TokenProvider {
  private readonly local = new Map<string, { token: string; until: number }>();
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
    return this.remembered(key) ?? (await this.read(key)) ?? this.renew(key, login);
  }

  /** After a 401 with `rejected`: reuse a newer token another caller stored, else sign in again. */
  async replace(key: string, rejected: string | undefined, login: Login): Promise<string> {
    const inflight = this.inflight.get(key);
    if (inflight) return inflight;
    this.forget(key, rejected);
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
      this.remember(key, token);
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
        const token = (await this.store.get(key)) ?? undefined;
        if (token) this.remember(key, token);
        return token;
      } catch (error) {
        this.logger?.warn({ err: (error as Error).message }, 'CML token store read failed; signing in again');
        return undefined;
      }
    })().finally(() => this.reading.delete(key));
    this.reading.set(key, reading);
    return reading;
  }

  /** The token this process holds for `key`, while it is still good for a call. */
  private remembered(key: string): string | undefined {
    const entry = this.local.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.token;
    this.local.delete(key);
    return undefined;
  }

  /** Keeps `token` as long as the store would (until shortly before its expiry); never one that must not be cached. */
  private remember(key: string, token: string): void {
    const ttl = tokenCacheTtlSeconds(token, this.fallbackTtlSeconds, this.now());
    if (ttl <= 0) {
      this.local.delete(key);
      return;
    }
    if (this.local.size >= LOCAL_SWEEP_AT) {
      const now = this.now();
      for (const [k, e] of this.local) if (e.until <= now) this.local.delete(k);
    }
    this.local.set(key, { token, until: this.now() + ttl * 1000 });
  }

  private forget(key: string, token?: string): void {
    if (token === undefined || this.local.get(key)?.token === token) this.local.delete(key);
  }

  private async remove(key: string): Promise<void> {
    this.forget(key);
    try {
      await this.store.delete(key);
    } catch (error) {
      this.logger?.warn({ err: (error as Error).message }, 'CML token store delete failed');
    }
  }
}
