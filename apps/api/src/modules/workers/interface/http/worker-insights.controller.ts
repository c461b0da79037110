import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Clock } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { SnoozeWorkerCommand } from '../../application/commands/snooze-worker/snooze-worker.command.js';
import { GetWorkerIdleQuery, type WorkerIdleView } from '../../application/queries/get-worker-idle/get-worker-idle.query.js';
import { ACTION_ROLES } from '../../domain/worker-actions.rule.js';
import { WorkerErrors } from '../../domain/worker.errors.js';
import { GetWorkerMetricsQuery, type WorkerMetricsView } from '../../application/queries/get-worker-metrics/get-worker-metrics.query.js';
import { MetricsQueryDto, SnoozeDto, WorkerIdleResponse, WorkerMetricsResponse } from './worker-idle.dto.js';
import { toWorkerIdleResponse, toWorkerMetricsResponse } from './worker-insights.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => WorkerErrors.notFound() });
const WEEK_MS = 7 * 86_400_000;

/** Idle detection and metric history of a worker. */
@ApiTags('workers')
@Controller('workers/:id')
export class WorkerInsightsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  @Get('idle')
  @RequireRole('user')
  @ApiOperation({ summary: 'Idle state and recent decisions', description: 'Last activity and its source, the timeout, snooze, the pending warning and planned stop, and the last decisions with their reasons.' })
  @ApiOkResponse({ type: WorkerIdleResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  idle(@Param('id', ID) id: string): Promise<Presented<WorkerIdleResponse>> {
    return this.idleOf(id);
  }

  @Post('idle/snooze')
  @RequireRole(ACTION_ROLES.snooze)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Keep the worker running (no idle stop) for some minutes or until a time', description: 'Cancels a pending idle warning.' })
  @ApiOkResponse({ type: WorkerIdleResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'The worker is not running' })
  async snooze(@Param('id', ID) id: string, @Body() body: SnoozeDto, @CurrentActor() actor: Actor): Promise<Presented<WorkerIdleResponse>> {
    if ((body.minutes === undefined) === (body.until === undefined)) throw WorkerErrors.snoozeInvalid('minutes-or-until');
    const now = this.clock.now().getTime();
    const until = body.until ? new Date(body.until) : new Date(now + body.minutes! * 60_000);
    if (until.getTime() - now > WEEK_MS) throw WorkerErrors.snoozeInvalid('too-long');
    await this.commands.execute(new SnoozeWorkerCommand(id, until, actor));
    return this.idleOf(id);
  }

  @Get('metrics')
  @RequireRole('user')
  @ApiOperation({ summary: 'CPU, memory, disk and running nodes over time', description: 'Samples from the collection cycles (kept METRICS_RETENTION_DAYS), thinned to at most 500 points.' })
  @ApiOkResponse({ type: WorkerMetricsResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async metrics(@Param('id', ID) id: string, @Query() q: MetricsQueryDto): Promise<Presented<WorkerMetricsResponse>> {
    const to = q.to ?? this.clock.now();
    const from = q.from ?? new Date(to.getTime() - 6 * 3_600_000);
    if (from >= to) throw WorkerErrors.metricsRangeInvalid('order');
    if (to.getTime() - from.getTime() > 400 * 86_400_000) throw WorkerErrors.metricsRangeInvalid('too-long');
    return toWorkerMetricsResponse(await this.queries.execute<GetWorkerMetricsQuery, WorkerMetricsView>(new GetWorkerMetricsQuery(id, from, to)));
  }

  private async idleOf(id: string): Promise<Presented<WorkerIdleResponse>> {
    return toWorkerIdleResponse(await this.queries.execute<GetWorkerIdleQuery, WorkerIdleView>(new GetWorkerIdleQuery(id)));
  }
}
