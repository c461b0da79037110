import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { eventTypeIdProvider } from '#kernel';
import type { AppConfig } from './config/app-config.js';
import { Telemetry } from './platform/telemetry/telemetry.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { TelemetryModule } from './platform/telemetry/telemetry.module.js';
import { ConfigModule } from './config/config.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { LabsModule } from './modules/labs/labs.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { WORKER_REFERENCE_FIELDS } from './modules/realtime/realtime.public.js';
import { SystemModule } from './modules/system/system.module.js';
import { WorkersModule } from './modules/workers/workers.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { SchedulingModule } from './modules/scheduling/scheduling.module.js';
import { BudgetsModule } from './modules/budgets/budgets.module.js';
import { ActionLinksModule } from './modules/action-links/action-links.module.js';
import { SettingsModule } from './modules/settings/settings.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { KernelModule } from './platform/kernel.module.js';
import { LifecycleModule } from './platform/lifecycle/lifecycle.module.js';
import { KeyValueModule } from './platform/kv/kv.module.js';
import { OutboxModule } from './platform/outbox/outbox.module.js';
import { CmlModule } from './platform/cml/cml.module.js';
import { RedisModule } from './platform/redis/redis.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, telemetry: Telemetry = new Telemetry()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TelemetryModule.forRoot(telemetry),
        MetricsModule,
        // Events are routed by their `type` string (see libs/kernel), not by class identity.
        CqrsModule.forRoot({ eventIdProvider: eventTypeIdProvider }),
        KernelModule,
        LifecycleModule,
        DatabaseModule,
        RedisModule,
        KeyValueModule,
        // The event log indexes the payload fields the live-event filters match as worker ids.
        OutboxModule.forRoot({ relatedIdFields: WORKER_REFERENCE_FIELDS }),
        CmlModule,
        AuthModule,
        SystemModule,
        WorkersModule,
        JobsModule,
        LabsModule,
        SchedulingModule,
        NotificationsModule,
        ActionLinksModule,
        BudgetsModule,
        SettingsModule,
        RealtimeModule,
      ],
    };
  }
}
