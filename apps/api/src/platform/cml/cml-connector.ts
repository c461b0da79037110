import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type CmlClient, CmlClientFactory, InMemoryCmlTokenStore, RedisCmlTokenStore } from '#cml-client';
import { DomainError } from '#kernel';
import { AppConfig } from '../../config/app-config.js';
import { InjectRedis } from '../redis/redis.module.js';
import { CmlCallMetrics } from './cml-call-metrics.js';
import { NOT_CONTACTED } from './controller-reachability.js';

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
      throw DomainError.conflict(NOT_CONTACTED.NO_ENDPOINT, target.endpointProblem ?? `Worker ${target.name} has no CML endpoint (no public IP, tag or override).`);
    }
    if (new URL(target.endpoint).protocol === 'http:' && !this.config.cml.allowHttp) {
      throw DomainError.conflict(
        NOT_CONTACTED.ENDPOINT_INSECURE,
        `Worker ${target.name}'s CML endpoint ${target.endpoint} is plain http, which would send the CML credentials in clear; it is not contacted. Use https, or set CML_ALLOW_HTTP=true for controllers on a network you trust.`,
      );
    }
    if (!this.config.cml.allowedNetworks.allows(target.endpoint)) {
      throw DomainError.conflict(
        NOT_CONTACTED.ENDPOINT_NOT_ALLOWED,
        `Worker ${target.name}'s CML endpoint ${target.endpoint} is outside CML_ALLOWED_NETWORKS (${this.config.cml.allowedNetworks.entries.join(', ')}); it is not contacted. Set its endpoint (the cml-endpoint tag or an override) or widen the setting.`,
      );
    }
    // By instance id only: worker names are not unique, and a rename must not move credentials.
    const override = target.instanceId ? this.config.cml.credentialOverrides[target.instanceId] : undefined;
    if (!override && !this.config.cml.password) {
      throw new DomainError(NOT_CONTACTED.NO_CREDENTIALS, 'unavailable', 'No CML credentials are configured (CML_PASSWORD or CML_CREDENTIALS_OVERRIDES).');
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
