import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type CmlClient, CmlClientFactory, CmlErrors, InMemoryCmlTokenStore, RedisCmlTokenStore } from '#cml-client';
import { AppConfig } from '../../config/app-config.js';
import { InjectRedis } from '../redis/redis.module.js';
import { CmlCallMetrics } from './cml-call-metrics.js';

/** The worker facts needed to reach its controller. */
export interface CmlTarget {
  name: string;
  instanceId?: string;
  endpoint?: string;
  /** Why there is no endpoint although one was given (an invalid `cml-endpoint` tag). */
  endpointProblem?: string;
}

/**
 * Hands out CML clients for workers: one factory for the whole app, so every caller (API, jobs)
 * shares the token cache (Redis when configured), the circuit breakers and the call metrics.
 * Credentials are the fleet default unless CML_CREDENTIALS_OVERRIDES names the worker's instance id.
 */
@Injectable()
export class CmlConnector implements OnApplicationShutdown {
  readonly factory: CmlClientFactory;

  constructor(
    private readonly config: AppConfig,
    metrics: CmlCallMetrics,
    @InjectRedis() redis: Redis | null,
  ) {
    const logger = new Logger('CmlClient');
    const { cml } = config;
    this.factory = new CmlClientFactory({
      credentials: cml.password ? { username: cml.username, password: cml.password } : undefined,
      tokenStore: redis ? new RedisCmlTokenStore(redis) : new InMemoryCmlTokenStore(),
      tokenKeyPrefix: `${config.redis.keyPrefix}cml:token:`,
      tls: { caBundle: cml.caBundlePath, insecure: !cml.verifyTls },
      timeoutMs: cml.timeoutMs,
      readRetries: cml.readRetries,
      breaker: { failureThreshold: cml.breakerFailures, cooldownMs: cml.breakerCooldownMs },
      onCall: (call) => metrics.record(call),
      logger: { warn: (details, message) => logger.warn({ ...details, msg: message }) },
    });
  }

  /** A client for the worker's controller; refuses clearly when there is no endpoint or no credentials. */
  clientFor(target: CmlTarget): CmlClient {
    if (!target.endpoint) {
      throw CmlErrors.noEndpoint(target);
    }
    if (new URL(target.endpoint).protocol === 'http:' && !this.config.cml.allowHttp) {
      throw CmlErrors.endpointInsecure({ name: target.name, endpoint: target.endpoint });
    }
    if (!this.config.cml.allowedNetworks.allows(target.endpoint)) {
      throw CmlErrors.endpointNotAllowed({ name: target.name, endpoint: target.endpoint }, this.config.cml.allowedNetworks.entries);
    }
    // By instance id only: worker names are not unique, and a rename must not move credentials.
    const override = target.instanceId ? this.config.cml.credentialOverrides[target.instanceId] : undefined;
    if (!override && !this.config.cml.password) {
      throw CmlErrors.noCredentials();
    }
    return this.factory.forController(target.endpoint, override ? { credentials: override } : undefined);
  }

  /** A person asked to check this controller now: an open circuit lets the next call through as its trial. */
  probe(target: CmlTarget): void {
    if (target.endpoint) this.factory.probe(target.endpoint);
  }

  onApplicationShutdown(): void {
    this.factory.close();
  }
}
