export { CmlClient, type CmlDeregistration } from './cml-client.js';
export { CmlClientFactory, normalizeCmlBaseUrl } from './cml-client-factory.js';
export type { CmlCallEvent, CmlClientFactoryOptions, CmlCredentials, CmlLogger, CmlTlsOptions } from './cml-client.options.js';
export { CML_ERROR, type CmlErrorCode, CmlErrors, isCmlError } from './cml.errors.js';
export { isCmlSystemUser } from './schemas/cml-facts.js';
export type { CmlTokenStore } from './auth/token-store.js';
export { InMemoryCmlTokenStore } from './auth/token-store.js';
export { type CmlRedisLike, RedisCmlTokenStore } from './auth/redis-token-store.js';
export type { CircuitState } from './resilience/circuit-breaker.js';
export type {
  CmlComputeHost,
  CmlImageDefinition,
  CmlLab,
  CmlLabEvent,
  CmlLabState,
  CmlLicensing,
  CmlNodeDefinition,
  CmlSystemHealth,
  CmlSystemInformation,
  CmlSystemStats,
  CmlTelemetryEvent,
} from './schemas/cml-responses.schema.js';
