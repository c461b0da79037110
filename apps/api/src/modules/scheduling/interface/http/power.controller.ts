import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import { WorkerErrors } from '../../../workers/workers.public.js';
import { GetPowerPlanQuery, GetWorkerPowerQuery, MAX_PLAN_DAYS, type PowerPlanView, type WorkerPowerView } from '../../application/queries/scheduling.queries.js';
import { PlanQueryDto } from './scheduling-request.dto.js';
import { PowerPlanResponse, WorkerPowerResponse } from './scheduling-response.dto.js';
import { toPowerPlanResponse, toWorkerPowerResponse } from './scheduling.presenter.js';

const WORKER_ID = new ParseUUIDPipe({ exceptionFactory: () => WorkerErrors.notFound() });

/** A worker's desired power, and the fleet's plan for the timeline: both from the one decision function. */
@ApiTags('scheduling')
@Controller()
export class PowerController {
  constructor(private readonly queries: QueryBus) {}

  @Get('workers/:id/power')
  @RequireRole('user')
  @ApiOperation({
    summary: "Why a worker is running or stopped, and what happens next",
    description: 'Computed live from the rules in force, by precedence: reservation (with its warm-up) > override > schedule (a manual start or stop respected until the next window edge) > runtime limit > none. The reconciler acts on the same decision.',
  })
  @ApiOkResponse({ type: WorkerPowerResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  async power(@Param('id', WORKER_ID) id: string): Promise<Presented<WorkerPowerResponse>> {
    return toWorkerPowerResponse(await this.queries.execute<GetWorkerPowerQuery, WorkerPowerView>(new GetWorkerPowerQuery(id)));
  }

  @Get('scheduling/plan')
  @RequireRole('user')
  @ApiOperation({
    summary: 'The fleet timeline over a range',
    description: `Per worker: when it ran (from its timeline), what its rules plan, its reservations and override. At most ${MAX_PLAN_DAYS} days.`,
  })
  @ApiOkResponse({ type: PowerPlanResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'PLAN.RANGE_INVALID (to not after from, or longer than 31 days), REQUEST.INVALID' })
  async plan(@Query() q: PlanQueryDto): Promise<Presented<PowerPlanResponse>> {
    return toPowerPlanResponse(await this.queries.execute<GetPowerPlanQuery, PowerPlanView>(new GetPowerPlanQuery(new Date(q.from), new Date(q.to))));
  }
}
