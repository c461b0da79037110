import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { type Actor, Clock } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { JobRunner } from '../../application/job-runner.js';
import { JobCatalog } from '../../application/job-definition.js';
import { JobRunStore } from '../../application/ports/job-run-store.port.js';
import { describeInterval, nextRunAt } from '../../domain/job-schedule.js';
import { JobResponse, JobRunResponse } from './job-response.dto.js';
import { toJobResponses, toJobRunResponse, toJobRunResponses } from './job.presenter.js';

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
  async list(): Promise<Presented<JobResponse[]>> {
    const now = this.clock.now().getTime();
    const jobs = await Promise.all(
      this.catalog.all().map(async (job) => ({
        job,
        schedule: describeInterval(job.intervalSeconds),
        running: await this.runner.isRunning(job.name),
        lastRun: await this.runs.last(job.name),
        nextRunAt: job.enabled ? nextRunAt(now, job.intervalSeconds).toISOString() : undefined,
      })),
    );
    return toJobResponses(jobs);
  }

  @Get(':name/runs')
  @RequireRole('user')
  @ApiOperation({ summary: 'Recent runs of a job, newest first' })
  @ApiOkResponse({ type: [JobRunResponse] })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async recent(@Param('name') name: string, @Query() q: RunsQueryDto): Promise<Presented<JobRunResponse[]>> {
    this.runner.find(name);
    return toJobRunResponses(await this.runs.recent(name, q.limit ?? 20));
  }

  @Post(':name/run')
  @RequireRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Start a job now', description: 'Answers 202 with the run; follow it in GET /api/jobs. A run still going is not started again (409).' })
  @ApiAcceptedResponse({ type: JobRunResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already running, or disabled' })
  async run(@Param('name') name: string, @CurrentActor() actor: Actor): Promise<Presented<JobRunResponse>> {
    return toJobRunResponse(await this.runner.runNow(name, actor));
  }
}
