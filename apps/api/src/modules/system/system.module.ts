import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TerminusModule } from '@nestjs/terminus';
import { RedisHealthIndicator } from './infrastructure/redis.health.js';
import { HealthController } from './interface/http/health.controller.js';
import { OperationTracker } from './application/operation.js';
import { MongoOperationTracker } from './infrastructure/operation.mongo-store.js';
import { OPERATION_MODEL, operationSchema } from './infrastructure/operation.schema.js';
import { OperationsController } from './interface/http/operations.controller.js';
import { DefaultsController } from './interface/http/defaults.controller.js';
import { GetConsoleDefaultsHandler } from './application/queries/get-console-defaults/get-console-defaults.handler.js';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), MongooseModule.forFeature([{ name: OPERATION_MODEL, schema: operationSchema }])],
  controllers: [HealthController, OperationsController, DefaultsController],
  providers: [RedisHealthIndicator, GetConsoleDefaultsHandler, { provide: OperationTracker, useClass: MongoOperationTracker }],
  exports: [OperationTracker],
})
export class SystemModule {}
