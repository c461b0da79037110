/**
 * Where bearer tokens of CML controllers are cached, shared by every caller (and, with Redis, by every
 * instance). Keys identify a controller and a user; passwords are never stored.
 */
export interface CmlTokenStore {
  get(key: string): Promise<string | null | undefined>;
  set(key: string, token: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Token cache of one process: tokens expire after their TTL. */
export class InMemoryCmlTokenStore implements CmlTokenStore {
  private readonly entries = new Map<string, { token: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.token;
  }

  async set(key: string, token: string, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    this.entries.set(key, { token, expiresAt: this.now() + ttlSeconds * 1000 });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }
}
