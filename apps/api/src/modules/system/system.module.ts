import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from './infrastructure/redis.health.js';
import { HealthController } from './interface/http/health.controller.js';
import { OperationTracker } from './application/operation.js';
import { MongoOperationTracker } from './infrastructure/operation.mongo-store.js';
import { OperationsController } from './interface/http/operations.controller.js';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, OperationsController],
  providers: [RedisHealthIndicator, { provide: OperationTracker, useClass: MongoOperationTracker }],
  exports: [OperationTracker],
})
export class SystemModule {}
