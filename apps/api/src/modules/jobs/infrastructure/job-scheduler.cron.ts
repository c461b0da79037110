import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '../../../config/app-config.js';
import { JobRunner } from '../application/job-runner.js';

/**
 * The scheduler's heartbeat: every JOB_TICK_SECONDS it lets the runner claim due slots. Jobs run at
 * interval slots (ADR 0014), not cron expressions; ADR 0034 says why and what a cron path would take.
 */
@Injectable()
export class JobSchedulerCron implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobScheduler');

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly runner: JobRunner,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) {
      this.logger.log('Scheduled jobs are off in this instance (JOBS_ENABLED=false)');
      return;
    }
    const timer = setInterval(() => void this.runner.tick().catch((err: unknown) => this.logger.warn(`Scheduler tick failed: ${(err as Error).message}`)), this.config.jobs.tickSeconds * 1000);
    timer.unref();
    this.registry.addInterval('job-scheduler', timer);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', 'job-scheduler')) this.registry.deleteInterval('job-scheduler');
    await this.runner.drain();
  }
}
