import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChangeSettingsHandler } from './application/commands/change-settings/change-settings.handler.js';
import { SettingsSignal } from './application/ports/settings-signal.port.js';
import { GetSettingsHandler } from './application/queries/get-settings/get-settings.handler.js';
import { RuntimeSettingsService } from './application/runtime-settings.service.js';
import { RuntimeSettingsRepository } from './domain/runtime-settings.repository.port.js';
import { RedisSettingsSignal } from './infrastructure/redis-settings-signal.adapter.js';
import { RuntimeSettingsMongoRepository } from './infrastructure/runtime-settings.mongo-repository.js';
import { RUNTIME_SETTINGS_MODEL, runtimeSettingsSchema } from './infrastructure/runtime-settings.schema.js';
import { SettingsController } from './interface/http/settings.controller.js';

/**
 * Runtime settings (docs/settings.md, ADR 0048): admins' values over the environment's for what
 * operators change without a restart (idle defaults, job intervals, provisioning defaults, stop and
 * cost policies), stored in one versioned document, audited as `settings.changed`, laid over the
 * configuration on every instance (Redis notice, timer).
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: RUNTIME_SETTINGS_MODEL, schema: runtimeSettingsSchema }])],
  controllers: [SettingsController],
  providers: [
    { provide: RuntimeSettingsRepository, useClass: RuntimeSettingsMongoRepository },
    { provide: SettingsSignal, useClass: RedisSettingsSignal },
    RuntimeSettingsService,
    ChangeSettingsHandler,
    GetSettingsHandler,
  ],
})
export class SettingsModule {}
