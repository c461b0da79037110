import { Global, Module } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry.js';
import { MetricsServer } from './metrics-server.js';

/** The Prometheus registry every module registers its series with, and the endpoint that serves them. */
@Global()
@Module({
  providers: [MetricsRegistry, MetricsServer],
  exports: [MetricsRegistry, MetricsServer],
})
export class MetricsModule {}
