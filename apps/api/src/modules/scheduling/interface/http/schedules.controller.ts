import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { DeleteScheduleCommand, SaveScheduleCommand } from '../../application/commands/policy.commands.js';
import { GetScheduleQuery, ListSchedulesQuery, type ScheduleView } from '../../application/queries/scheduling.queries.js';
import type { ScheduleDefinition } from '../../domain/schedule.aggregate.js';
import type { Weekday } from '../../domain/zoned-time.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { ScheduleBodyDto } from './scheduling-request.dto.js';
import { ScheduleListResponse, ScheduleResponse } from './scheduling-response.dto.js';
import { toScheduleListResponse, toScheduleResponse } from './scheduling.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => SchedulingErrors.scheduleNotFound('(not an id)') });
const INVALID = 'SCHEDULE.INVALID names every problem (unknown time zone, overlapping periods, no days, a selector that matches no worker, unknown workers, a calendar that does not exist), or REQUEST.INVALID';

export function toScheduleDefinition(body: ScheduleBodyDto): ScheduleDefinition {
  return {
    name: body.name,
    timezone: body.timezone,
    periods: body.periods.map((p) => ({ days: p.days as Weekday[], start: p.start, end: p.end })),
    behaviour: body.behaviour,
    calendarId: body.calendarId,
    assignment: { workerIds: body.assignment.workerIds ?? [], ...(body.assignment.selector ? { selector: body.assignment.selector } : {}) },
  };
}

/** Named weekly schedules in a time zone, assigned to workers by id or tag selector. */
@ApiTags('scheduling')
@Controller('schedules')
export class SchedulesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Schedules', description: 'Every schedule not deleted, by name, each with the workers it applies to now.' })
  @ApiOkResponse({ type: ScheduleListResponse })
  async list(): Promise<Presented<ScheduleListResponse>> {
    return toScheduleListResponse(await this.queries.execute<ListSchedulesQuery, ScheduleView[]>(new ListSchedulesQuery()));
  }

  @Post()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Create a schedule', description: 'Weekly periods (days, HH:mm start and end in the IANA time zone; an end at or before the start runs over midnight), start-stop / start-only / stop-only, an optional holiday calendar, and the workers by id or tag selector.' })
  @ApiCreatedResponse({ type: ScheduleResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  async create(@Body() body: ScheduleBodyDto, @CurrentActor() actor: Actor): Promise<Presented<ScheduleResponse>> {
    const id = await this.commands.execute<SaveScheduleCommand, string>(new SaveScheduleCommand(toScheduleDefinition(body), actor));
    return this.view(id);
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One schedule' })
  @ApiOkResponse({ type: ScheduleResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'SCHEDULE.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<ScheduleResponse>> {
    return this.view(id);
  }

  @Put(':id')
  @RequireRole('manager')
  @ApiOperation({ summary: "Replace a schedule's definition", description: 'The same body as creating one; the workers follow the new definition at the next reconciler run.' })
  @ApiOkResponse({ type: ScheduleResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'SCHEDULE.NOT_FOUND' })
  async update(@Param('id', ID) id: string, @Body() body: ScheduleBodyDto, @CurrentActor() actor: Actor): Promise<Presented<ScheduleResponse>> {
    await this.commands.execute(new SaveScheduleCommand(toScheduleDefinition(body), actor, id));
    return this.view(id);
  }

  @Delete(':id')
  @RequireRole('manager')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a schedule', description: 'Its workers stop following it; it stays stored, marked deleted, for its history.' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'SCHEDULE.NOT_FOUND' })
  async remove(@Param('id', ID) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new DeleteScheduleCommand(id, actor));
  }

  private async view(id: string): Promise<Presented<ScheduleResponse>> {
    return toScheduleResponse(await this.queries.execute<GetScheduleQuery, ScheduleView>(new GetScheduleQuery(id)));
  }
}
