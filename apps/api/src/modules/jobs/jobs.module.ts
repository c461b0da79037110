import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ScheduleModule } from '@nestjs/schedule';
import { WorkersModule } from '../workers/workers.module.js';
import { BusJobCatalog } from './application/bus-job-catalog.js';
import { JobCatalog } from './application/job-definition.js';
import { JobRunner } from './application/job-runner.js';
import { JobRunStore } from './application/ports/job-run-store.port.js';
import { JobTelemetry } from './application/ports/job-telemetry.port.js';
import { MongoJobRunStore } from './infrastructure/job-run.mongo-store.js';
import { JOB_RUN_MODEL, jobRunSchema } from './infrastructure/job-run.schema.js';
import { JobSchedulerCron } from './infrastructure/job-scheduler.cron.js';
import { OtelJobTelemetry } from './infrastructure/otel-job-telemetry.adapter.js';
import { JobsController } from './interface/http/jobs.controller.js';

/** Scheduled work, run once across all app instances, every run recorded. */
@Module({
  imports: [ScheduleModule.forRoot(), WorkersModule, MongooseModule.forFeature([{ name: JOB_RUN_MODEL, schema: jobRunSchema }])],
  controllers: [JobsController],
  providers: [
    BusJobCatalog,
    { provide: JobCatalog, useExisting: BusJobCatalog },
    { provide: JobRunStore, useClass: MongoJobRunStore },
    { provide: JobTelemetry, useClass: OtelJobTelemetry },
    JobRunner,
    JobSchedulerCron,
  ],
  exports: [BusJobCatalog, JobRunner],
})
export class JobsModule {}
