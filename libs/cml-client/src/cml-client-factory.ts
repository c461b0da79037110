import { createHash } from 'node:crypto';
import { CmlErrors } from './cml.errors.js';
import { TokenProvider } from './auth/token-provider.js';
import { InMemoryCmlTokenStore } from './auth/token-store.js';
import { CmlClient } from './cml-client.js';
import { type CmlClientFactoryOptions, type CmlCredentials, type CmlTlsOptions, resolveOptions, type ResolvedCmlOptions } from './cml-client.options.js';
import { ControllerChannel } from './controller-channel.js';
import type { CircuitState } from './resilience/circuit-breaker.js';
import { ConnectionPool } from './transport/http-transport.js';

/**
 * The controller's base URL as used for keys and messages: scheme, host, port and path prefix, without
 * credentials, query, trailing slash or `/api/v0` (both `https://h` and `https://h/api/v0` are accepted).
 */
export function normalizeCmlBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // The value is not echoed: a malformed URL may still carry credentials.
    throw CmlErrors.invalidBaseUrl();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw CmlErrors.invalidBaseUrl(url.protocol);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v0$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/**
 * Hands out `CmlClient`s. One factory per process: clients share the token cache (per controller and
 * user), one circuit breaker and capability memory per controller, and keep-alive connections.
 */
export class CmlClientFactory {
  private readonly options: ResolvedCmlOptions;
  private readonly tokens: TokenProvider;
  private readonly channels = new Map<string, ControllerChannel>();
  private readonly pools = new Map<string, ConnectionPool>();

  constructor(private readonly config: CmlClientFactoryOptions = {}) {
    this.options = resolveOptions(config);
    this.tokens = new TokenProvider(config.tokenStore ?? new InMemoryCmlTokenStore(this.options.now), this.options.fallbackTokenTtlSeconds, this.options.now, this.options.logger);
    // Builds the default pool now, so an unreadable CA bundle fails at start-up, not at the first call.
    this.poolFor(config.tls);
  }

  /** A client for one controller; `credentials` and `tls` override the fleet defaults for it. */
  forController(baseUrl: string, overrides: { credentials?: CmlCredentials; tls?: CmlTlsOptions } = {}): CmlClient {
    const controller = normalizeCmlBaseUrl(baseUrl);
    let channel = this.channels.get(controller);
    if (!channel) {
      channel = new ControllerChannel(controller, this.options, this.tokens);
      this.channels.set(controller, channel);
    }
    const credentials = overrides.credentials ?? this.config.credentials;
    const tokenKey = `${this.options.tokenKeyPrefix}${controller}|${credentials?.username ?? ''}`;
    return new CmlClient(channel, this.poolFor(overrides.tls ?? this.config.tls), credentials, tokenKey);
  }

  /** The circuit state of a controller (`closed` for one never called). */
  circuitState(baseUrl: string): CircuitState {
    return this.channels.get(normalizeCmlBaseUrl(baseUrl))?.breaker.state ?? 'closed';
  }

  /** Lets the next call to a controller with an open circuit through as its trial (see `CircuitBreaker.probeNow`). */
  probe(baseUrl: string): void {
    this.channels.get(normalizeCmlBaseUrl(baseUrl))?.breaker.probeNow();
  }

  /** Closes kept-alive connections; clients of this factory must not be used afterwards. */
  close(): void {
    for (const pool of this.pools.values()) pool.destroy();
    this.pools.clear();
  }

  private poolFor(tls: CmlTlsOptions = {}): ConnectionPool {
    const key = `${tls.insecure ? 'insecure' : 'verify'}|${tls.caBundle ? createHash('sha256').update(tls.caBundle).digest('hex') : ''}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new ConnectionPool(tls);
      this.pools.set(key, pool);
    }
    return pool;
  }
}
