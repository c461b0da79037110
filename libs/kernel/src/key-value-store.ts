/**
 * Small shared state with expiry: sessions, sign-in state, throttles, rate limits, leases. A port
 * that application code of several modules uses; the adapters (Redis when configured, shared by
 * every app instance, otherwise process memory) live in `apps/api/src/platform/kv`. Values are JSON.
 */
export abstract class KeyValueStore {
  abstract get<T>(key: string): Promise<T | undefined>;
  abstract set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  /** Sets only if the key does not exist; true when this call set it. */
  abstract setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean>;
  /** Reads and deletes in one step, so a value can be used once only. */
  abstract take<T>(key: string): Promise<T | undefined>;
  abstract delete(key: string): Promise<void>;
  /** Increments a counter that expires `ttlSeconds` after its first increment. */
  abstract increment(key: string, ttlSeconds: number): Promise<number>;
  /** Extends the key's life only if it still holds `value` (a lease its holder renews); true when renewed. */
  abstract renewIf(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  /** Deletes the key only if it still holds `value` (a holder releasing its own lease). */
  abstract deleteIf(key: string, value: string): Promise<boolean>;
  /** Seconds until the key expires, or undefined when it does not exist. */
  abstract ttl(key: string): Promise<number | undefined>;
}
