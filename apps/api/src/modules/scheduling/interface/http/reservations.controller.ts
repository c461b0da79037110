import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, CurrentIdentity, hasRole, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { CancelReservationCommand, CreateReservationCommand } from '../../application/commands/policy.commands.js';
import { GetReservationQuery, ListReservationsQuery, type ReservationView } from '../../application/queries/scheduling.queries.js';
import { SchedulingErrors } from '../../domain/scheduling.errors.js';
import { ListReservationsQueryDto, ReservationBodyDto } from './scheduling-request.dto.js';
import { ReservationListResponse, ReservationResponse } from './scheduling-response.dto.js';
import { toReservationListResponse, toReservationResponse } from './scheduling.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => SchedulingErrors.reservationNotFound('(not an id)') });

/** Workers held for a time window: started early enough to be ready at its start, protected inside it. */
@ApiTags('scheduling')
@Controller('reservations')
export class ReservationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({ summary: 'Reservations', description: 'Reservations not cancelled that end after `from` (default now) and start before `to`, oldest start first; each worker with its lead time.' })
  @ApiOkResponse({ type: ReservationListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async list(@Query() q: ListReservationsQueryDto): Promise<Presented<ReservationListResponse>> {
    const filter = { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, workerId: q.workerId };
    return toReservationListResponse(await this.queries.execute<ListReservationsQuery, ReservationView[]>(new ListReservationsQuery(filter)));
  }

  @Post()
  @RequireRole('user')
  @ApiOperation({
    summary: 'Reserve workers for a window',
    description:
      'Name the workers (`workerIds`), or ask for `count` workers matching a tag `selector` (the product picks free ones, running ones first, and says which). The owner of every named worker may reserve it; a manager may reserve any. Each worker is started its lead time before the start (its median boot-to-ready time plus RESERVATION_LEAD_MARGIN_MINUTES, or RESERVATION_LEAD_DEFAULT_MINUTES without history).',
  })
  @ApiCreatedResponse({ type: ReservationResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'RESERVATION.INVALID names every problem (end before start, over already, longer than 31 days, no workers), RESERVATION.SELECTOR_MATCHES_NOTHING, REQUEST.INVALID' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'SCHEDULING.NOT_YOURS: a named worker is not yours and you are not a manager' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'RESERVATION.CONFLICT names the reservation that holds a worker then (purpose, owner, window); RESERVATION.NOT_ENOUGH_WORKERS names the free ones' })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'RESERVATION.BUSY: another reservation was being made; try again after Retry-After' })
  async create(@Body() body: ReservationBodyDto, @CurrentActor() actor: Actor, @CurrentIdentity() identity: Identity): Promise<Presented<ReservationResponse>> {
    // A JSON null is no value: the optional fields are either given or left out.
    const input = { purpose: body.purpose, start: new Date(body.start), end: new Date(body.end), workerIds: body.workerIds ?? undefined, count: body.count ?? undefined, selector: body.selector ?? undefined };
    const id = await this.commands.execute<CreateReservationCommand, string>(new CreateReservationCommand(input, actor, hasRole(identity.roles, 'manager')));
    return toReservationResponse(await this.queries.execute<GetReservationQuery, ReservationView>(new GetReservationQuery(id)));
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One reservation' })
  @ApiOkResponse({ type: ReservationResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'RESERVATION.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<ReservationResponse>> {
    return toReservationResponse(await this.queries.execute<GetReservationQuery, ReservationView>(new GetReservationQuery(id)));
  }

  @Delete(':id')
  @RequireRole('user')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Cancel a reservation', description: 'Its owner or a manager. Its workers go back to what their other rules say at the next reconciler run.' })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'SCHEDULING.NOT_YOURS' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'RESERVATION.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'RESERVATION.OVER: ended or cancelled already' })
  async cancel(@Param('id', ID) id: string, @CurrentActor() actor: Actor, @CurrentIdentity() identity: Identity): Promise<void> {
    await this.commands.execute(new CancelReservationCommand(id, actor, hasRole(identity.roles, 'manager')));
  }
}
