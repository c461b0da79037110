import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { type Actor, Clock } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { JobRunner } from '../../application/job-runner.js';
import { JobCatalog } from '../../application/job-definition.js';
import { type JobRun, JobRunStore } from '../../application/ports/job-run-store.port.js';
import { describeInterval, nextRunAt } from '../../domain/job-schedule.js';

export class JobRunResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'metrics-collection' }) job!: string;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger!: string;
  @ApiProperty({ example: 'host-1:4242', description: 'The app instance that ran it' }) instance!: string;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional({ description: 'For a scheduled run: the start of the schedule slot it ran for (each slot runs once across app instances)' }) scheduledFor?: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed', 'skipped'] }) outcome!: string;
  @ApiPropertyOptional({ description: 'Milliseconds' }) durationMs?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Figures of the run (workers, AWS calls, imported, stopped, ...)' }) summary?: Record<string, unknown>;
  @ApiPropertyOptional() error?: string;
}

export class JobResponse {
  @ApiProperty({ example: 'metrics-collection' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional() disabledReason?: string;
  @ApiProperty({ example: 300, description: 'Seconds between runs' }) intervalSeconds!: number;
  @ApiProperty({ example: 'every 5 min' }) schedule!: string;
  @ApiProperty({ description: 'A run is going right now (in any instance)' }) running!: boolean;
  @ApiPropertyOptional({ type: JobRunResponse }) lastRun?: JobRunResponse;
  @ApiPropertyOptional() nextRunAt?: string;
}

class RunsQueryDto {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be between 1 and 100' })
  @Max(100, { message: 'limit must be between 1 and 100' })
  limit?: number;
}

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly catalog: JobCatalog,
    private readonly runner: JobRunner,
    private readonly runs: JobRunStore,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Scheduled jobs with their schedule, last run and next run' })
  @ApiOkResponse({ type: [JobResponse] })
  async list(): Promise<JobResponse[]> {
    const now = this.clock.now().getTime();
    return Promise.all(
      this.catalog.all().map(async (job) => ({
        name: job.name,
        description: job.description,
        enabled: job.enabled,
        disabledReason: job.disabledReason,
        intervalSeconds: job.intervalSeconds,
        schedule: describeInterval(job.intervalSeconds),
        running: await this.runner.isRunning(job.name),
        lastRun: await this.runs.last(job.name),
        nextRunAt: job.enabled ? nextRunAt(now, job.intervalSeconds).toISOString() : undefined,
      })),
    );
  }

  @Get(':name/runs')
  @RequireRole('user')
  @ApiOperation({ summary: 'Recent runs of a job, newest first' })
  @ApiOkResponse({ type: [JobRunResponse] })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async recent(@Param('name') name: string, @Query() q: RunsQueryDto): Promise<JobRun[]> {
    this.runner.find(name);
    return this.runs.recent(name, q.limit ?? 20);
  }

  @Post(':name/run')
  @RequireRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Start a job now', description: 'Answers 202 with the run; follow it in GET /api/jobs. A run still going is not started again (409).' })
  @ApiAcceptedResponse({ type: JobRunResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already running, or disabled' })
  run(@Param('name') name: string, @CurrentActor() actor: Actor): Promise<JobRun> {
    return this.runner.runNow(name, actor);
  }
}
