import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { DeleteRuntimeLimitCommand, SaveRuntimeLimitCommand } from '../../application/commands/policy.commands.js';
import { GetRuntimeLimitQuery, ListRuntimeLimitsQuery, type RuntimeLimitView } from '../../application/queries/scheduling.queries.js';
import type { RuntimeLimitDefinition } from '../../domain/runtime-limit.aggregate.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { RuntimeLimitBodyDto } from './scheduling-request.dto.js';
import { RuntimeLimitListResponse, RuntimeLimitResponse } from './scheduling-response.dto.js';
import { toRuntimeLimitListResponse, toRuntimeLimitResponse } from './scheduling.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => SchedulingErrors.runtimeLimitNotFound('(not an id)') });
const INVALID = 'RUNTIME_LIMIT.INVALID names every problem (hours out of range, no assignment, a selector that matches no worker, unknown workers), or REQUEST.INVALID';

const toDefinition = (body: RuntimeLimitBodyDto): RuntimeLimitDefinition => ({
  name: body.name,
  hours: body.hours,
  assignment: { workerIds: body.assignment.workerIds ?? [], ...(body.assignment.selector ? { selector: body.assignment.selector } : {}) },
});

/** "Stop after N hours running", outside schedule windows and reservations. */
@ApiTags('scheduling')
@Controller('runtime-limits')
export class RuntimeLimitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Runtime limits', description: 'Every limit not deleted, each with the workers it applies to now. Where several apply, the shortest counts.' })
  @ApiOkResponse({ type: RuntimeLimitListResponse })
  async list(): Promise<Presented<RuntimeLimitListResponse>> {
    return toRuntimeLimitListResponse(await this.queries.execute<ListRuntimeLimitsQuery, RuntimeLimitView[]>(new ListRuntimeLimitsQuery()));
  }

  @Post()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Create a runtime limit' })
  @ApiCreatedResponse({ type: RuntimeLimitResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  async create(@Body() body: RuntimeLimitBodyDto, @CurrentActor() actor: Actor): Promise<Presented<RuntimeLimitResponse>> {
    const id = await this.commands.execute<SaveRuntimeLimitCommand, string>(new SaveRuntimeLimitCommand(toDefinition(body), actor));
    return this.view(id);
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One runtime limit' })
  @ApiOkResponse({ type: RuntimeLimitResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'RUNTIME_LIMIT.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<RuntimeLimitResponse>> {
    return this.view(id);
  }

  @Put(':id')
  @RequireRole('manager')
  @ApiOperation({ summary: 'Replace a runtime limit' })
  @ApiOkResponse({ type: RuntimeLimitResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'RUNTIME_LIMIT.NOT_FOUND' })
  async update(@Param('id', ID) id: string, @Body() body: RuntimeLimitBodyDto, @CurrentActor() actor: Actor): Promise<Presented<RuntimeLimitResponse>> {
    await this.commands.execute(new SaveRuntimeLimitCommand(toDefinition(body), actor, id));
    return this.view(id);
  }

  @Delete(':id')
  @RequireRole('manager')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a runtime limit' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'RUNTIME_LIMIT.NOT_FOUND' })
  async remove(@Param('id', ID) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new DeleteRuntimeLimitCommand(id, actor));
  }

  private async view(id: string): Promise<Presented<RuntimeLimitResponse>> {
    return toRuntimeLimitResponse(await this.queries.execute<GetRuntimeLimitQuery, RuntimeLimitView>(new GetRuntimeLimitQuery(id)));
  }
}
