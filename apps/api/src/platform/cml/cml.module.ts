import { Global, Module } from '@nestjs/common';
import { CmlCallMetrics } from './cml-call-metrics.js';
import { CmlConnector } from './cml-connector.js';

/** CML controllers, reached through the shared client (libs/cml-client). */
@Global()
@Module({
  providers: [CmlCallMetrics, CmlConnector],
  exports: [CmlCallMetrics, CmlConnector],
})
export class CmlModule {}
