import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { DeleteHolidayCalendarCommand, SaveHolidayCalendarCommand } from '../../application/commands/policy.commands.js';
import { GetHolidayCalendarQuery, type HolidayCalendarView, ListHolidayCalendarsQuery } from '../../application/queries/scheduling.queries.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { HolidayCalendarBodyDto, ImportHolidayCalendarDto, ImportHolidayCalendarQueryDto } from './scheduling-request.dto.js';
import { HolidayCalendarListResponse, HolidayCalendarResponse } from './scheduling-response.dto.js';
import { toHolidayCalendarListResponse, toHolidayCalendarResponse } from './scheduling.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => SchedulingErrors.calendarNotFound('(not an id)') });
/** The largest calendar file the import reads. */
export const MAX_CALENDAR_FILE_BYTES = 1_048_576;

const mediaTypeOf = (req: Request) => (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

/** Reads a raw body up to `limit` bytes (the JSON parser leaves other media types unread). */
function readBody(req: Request, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number(req.headers['content-length']) > limit;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(SchedulingErrors.calendarFileTooLarge(limit)) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', (err) => reject(SchedulingErrors.calendarFileInvalid(`The upload broke off (${err.message}); send it again`)));
  });
}

/** Named lists of days that schedules skip; one calendar serves many schedules. */
@ApiTags('scheduling')
@Controller('holiday-calendars')
export class HolidayCalendarsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Holiday calendars', description: 'Every calendar not deleted, each with the schedules that use it.' })
  @ApiOkResponse({ type: HolidayCalendarListResponse })
  async list(): Promise<Presented<HolidayCalendarListResponse>> {
    return toHolidayCalendarListResponse(await this.queries.execute<ListHolidayCalendarsQuery, HolidayCalendarView[]>(new ListHolidayCalendarsQuery()));
  }

  @Post()
  @RequireRole('manager')
  @ApiOperation({ summary: 'Create a holiday calendar from typed days' })
  @ApiCreatedResponse({ type: HolidayCalendarResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'CALENDAR.INVALID names every problem (a date that is not YYYY-MM-DD, no name), or REQUEST.INVALID' })
  async create(@Body() body: HolidayCalendarBodyDto, @CurrentActor() actor: Actor): Promise<Presented<HolidayCalendarResponse>> {
    const id = await this.commands.execute<SaveHolidayCalendarCommand, string>(new SaveHolidayCalendarCommand({ name: body.name, holidays: body.holidays }, actor));
    return this.view(id);
  }

  @Post('import')
  @RequireRole('manager')
  @ApiOperation({
    summary: 'Create a holiday calendar from an iCalendar file (.ics)',
    description: `Send the file as a text/calendar body with ?name=, or JSON {"name", "ics"}. At most ${MAX_CALENDAR_FILE_BYTES / 1_048_576} MiB. Every event's days are taken (a multi-day all-day event gives each of its days); repeating events are expanded from last year to three years ahead.`,
    requestBody: {
      required: true,
      content: {
        'text/calendar': { schema: { type: 'string', description: 'The iCalendar file' } },
        'application/json': { schema: { type: 'object', required: ['name', 'ics'], properties: { name: { type: 'string' }, ics: { type: 'string' } } } },
      },
    },
  })
  @ApiCreatedResponse({ type: HolidayCalendarResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'CALENDAR.INVALID (no name), REQUEST.INVALID' })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'CALENDAR.FILE_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetails, description: 'CALENDAR.MEDIA_TYPE: neither text/calendar nor JSON' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'CALENDAR.FILE_INVALID: not an iCalendar file, or no events; the message says which' })
  async import(@Req() req: Request, @Query() q: ImportHolidayCalendarQueryDto, @CurrentActor() actor: Actor): Promise<Presented<HolidayCalendarResponse>> {
    const type = mediaTypeOf(req);
    let input: { name: string; ics: string };
    if (type === 'text/calendar') {
      if (!q.name) throw SchedulingErrors.calendarInvalid(['name: give the calendar a name (?name=...)']);
      input = { name: q.name, ics: await readBody(req, MAX_CALENDAR_FILE_BYTES) };
    } else if (type === 'application/json') {
      input = await this.jsonImport(req.body);
    } else {
      throw SchedulingErrors.calendarFileMediaType(type);
    }
    const id = await this.commands.execute<SaveHolidayCalendarCommand, string>(new SaveHolidayCalendarCommand({ name: input.name, ics: input.ics }, actor));
    return this.view(id);
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One holiday calendar' })
  @ApiOkResponse({ type: HolidayCalendarResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'CALENDAR.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<HolidayCalendarResponse>> {
    return this.view(id);
  }

  @Put(':id')
  @RequireRole('manager')
  @ApiOperation({ summary: "Replace a calendar's name and days" })
  @ApiOkResponse({ type: HolidayCalendarResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'CALENDAR.INVALID, REQUEST.INVALID' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'CALENDAR.NOT_FOUND' })
  async update(@Param('id', ID) id: string, @Body() body: HolidayCalendarBodyDto, @CurrentActor() actor: Actor): Promise<Presented<HolidayCalendarResponse>> {
    await this.commands.execute(new SaveHolidayCalendarCommand({ name: body.name, holidays: body.holidays }, actor, id));
    return this.view(id);
  }

  @Delete(':id')
  @RequireRole('manager')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a holiday calendar', description: 'Refused while a schedule uses it.' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'CALENDAR.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'CALENDAR.IN_USE names the schedules that use it' })
  async remove(@Param('id', ID) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.commands.execute(new DeleteHolidayCalendarCommand(id, actor));
  }

  private async jsonImport(body: unknown): Promise<ImportHolidayCalendarDto> {
    const b = (body ?? {}) as Partial<Record<string, unknown>>;
    const problems: string[] = [];
    if (typeof b.name !== 'string' || !b.name.trim() || b.name.length > 100) problems.push('name: give the calendar a name of 1 to 100 characters');
    if (typeof b.ics !== 'string' || !b.ics) problems.push('ics: give the iCalendar file as text');
    else if (Buffer.byteLength(b.ics) > MAX_CALENDAR_FILE_BYTES) throw SchedulingErrors.calendarFileTooLarge(MAX_CALENDAR_FILE_BYTES);
    const unknown = Object.keys(b).filter((k) => k !== 'name' && k !== 'ics');
    if (unknown.length) problems.push(`${unknown.join(', ')}: not a field of the import; give name and ics`);
    if (problems.length) throw SchedulingErrors.calendarInvalid(problems);
    return { name: b.name as string, ics: b.ics as string };
  }

  private async view(id: string): Promise<Presented<HolidayCalendarResponse>> {
    return toHolidayCalendarResponse(await this.queries.execute<GetHolidayCalendarQuery, HolidayCalendarView>(new GetHolidayCalendarQuery(id)));
  }
}
