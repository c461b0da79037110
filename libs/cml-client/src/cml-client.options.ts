import type { CmlTokenStore } from './auth/token-store.js';

/** A CML API user. Kept in memory only; never logged, stored or put in errors. */
export interface CmlCredentials {
  username: string;
  password: string;
}

/**
 * TLS of controller connections. Verification is on by default; `caBundle` adds trusted CAs (a PEM
 * string or a file path) and `insecure: true` turns verification off for self-signed controllers.
 */
export interface CmlTlsOptions {
  caBundle?: string;
  insecure?: boolean;
}

/** One HTTP request to a controller (or a call refused by an open circuit), for metrics. */
export interface CmlCallEvent {
  /** The controller's base URL. */
  controller: string;
  /** The client operation, e.g. `systemStats`, `authenticate`. */
  operation: string;
  method: string;
  /** HTTP status; absent when no answer came. */
  status?: number;
  durationMs: number;
  /** The CML error code when the request failed. */
  error?: string;
  /** 1 for the first try, 2+ for retries of reads. */
  attempt: number;
}

/** A pino-compatible logger; the client logs retries, breaker changes and token store trouble. */
export interface CmlLogger {
  warn(details: Record<string, unknown>, message: string): void;
  debug?(details: Record<string, unknown>, message: string): void;
}

export interface CmlClientFactoryOptions {
  /** The fleet's default CML user; `forController` can override it per controller. */
  credentials?: CmlCredentials;
  /** Shared token cache; default in-memory. */
  tokenStore?: CmlTokenStore;
  /** Prefix of token cache keys; default `cml:token:`. */
  tokenKeyPrefix?: string;
  /** Token cache lifetime when a token is not a JWT with `exp`; default 1800 s. */
  fallbackTokenTtlSeconds?: number;
  tls?: CmlTlsOptions;
  /** Timeout of one HTTP request in ms; default 10000. */
  timeoutMs?: number;
  /** Retries of idempotent reads (GET) after connection errors and 500/503/504; default 2. Writes are never retried. */
  readRetries?: number;
  /** Backoff between read retries; default 200 ms doubling up to 2000 ms, with jitter. */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Circuit breaker per controller; default 3 consecutive failures, 30 s cooldown. */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  /** How long to remember that a controller has no `/populate_lab_tiles`; default 1 hour. */
  tilesRecheckMs?: number;
  onCall?: (event: CmlCallEvent) => void;
  logger?: CmlLogger;
  /** Clock for token lifetimes and the breaker (tests). */
  now?: () => number;
  /** Random source for backoff jitter (tests). */
  random?: () => number;
}

export interface ResolvedCmlOptions {
  timeoutMs: number;
  readRetries: number;
  backoff: { baseMs: number; maxMs: number };
  breaker: { failureThreshold: number; cooldownMs: number };
  tokenKeyPrefix: string;
  fallbackTokenTtlSeconds: number;
  tilesRecheckMs: number;
  onCall?: (event: CmlCallEvent) => void;
  logger?: CmlLogger;
  now: () => number;
  random: () => number;
}

export function resolveOptions(options: CmlClientFactoryOptions): ResolvedCmlOptions {
  return {
    timeoutMs: options.timeoutMs ?? 10_000,
    readRetries: options.readRetries ?? 2,
    backoff: { baseMs: options.backoff?.baseMs ?? 200, maxMs: options.backoff?.maxMs ?? 2000 },
    breaker: { failureThreshold: options.breaker?.failureThreshold ?? 3, cooldownMs: options.breaker?.cooldownMs ?? 30_000 },
    tokenKeyPrefix: options.tokenKeyPrefix ?? 'cml:token:',
    fallbackTokenTtlSeconds: options.fallbackTokenTtlSeconds ?? 1800,
    tilesRecheckMs: options.tilesRecheckMs ?? 3_600_000,
    onCall: options.onCall,
    logger: options.logger,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
}
