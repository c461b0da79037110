import { Global, Module } from '@nestjs/common';
import { GracefulShutdown } from './graceful-shutdown.js';

/** The process's shutdown state, shared by main.ts (the signal), the HTTP layer and readiness. */
@Global()
@Module({
  providers: [GracefulShutdown],
  exports: [GracefulShutdown],
})
export class LifecycleModule {}
