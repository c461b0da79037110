import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { FieldError } from '#kernel';
import { ApiBadRequestResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlatformErrors } from '../../../../platform/platform.errors.js';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { AccessRecheck, type AuthenticatedRequest, CurrentIdentity, DoesNotExtendSession, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { type EventListing, type EventNarrowing, ListEventsQuery } from '../../application/queries/list-events/list-events.query.js';
import { EventStreamService } from '../../application/stream/event-stream.service.js';
import { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { type EventFilterQueryDto, type EventNarrowingQueryDto, isEventId, LAST_EVENT_ID_MESSAGE, ListEventsQueryDto, StreamQueryDto } from './events-request.dto.js';
import { EventListingResponse, StreamEventResponse } from './events-response.dto.js';
import { toEventListingResponse } from './event.presenter.js';
import { openSseResponse } from './sse-response.js';

export function filterOf(q: EventFilterQueryDto): StreamFilter {
  const { filter, problems } = StreamFilter.parse(q);
  if (problems.length) throw PlatformErrors.requestInvalid(problems);
  return filter;
}

/** The actor and time range of a listing or its CSV, with what the DTO alone cannot check. */
export function narrowingOf(q: EventNarrowingQueryDto): EventNarrowing {
  for (const field of ['from', 'to'] as const) {
    const value = q[field];
    if (value !== undefined && Number.isNaN(Date.parse(value))) throw PlatformErrors.requestInvalid([{ field, messages: [`${field} must be an ISO 8601 time with a zone (e.g. 2026-12-01T09:00:00Z) or a day (2026-12-01)`] }]);
  }
  if (q.from !== undefined && q.to !== undefined && Date.parse(q.from) > Date.parse(q.to)) {
    throw PlatformErrors.requestInvalid([{ field: 'to', messages: [`to (${q.to}) must not be before from (${q.from})`] }]);
  }
  return { actor: q.actor, from: q.from, to: q.to };
}

function cursorProblems(q: ListEventsQueryDto): FieldError[] {
  if (q.after !== undefined && q.before !== undefined) return [{ field: 'before', messages: ['send after (newer events) or before (older events), not both'] }];
  if (q.after !== undefined && q.order === 'newest-first') return [{ field: 'order', messages: ['after reads oldest first: leave out order=newest-first, or page back with before'] }];
  if (q.before !== undefined && q.order === 'oldest-first') return [{ field: 'order', messages: ['before reads newest first: leave out order=oldest-first, or read forward with after'] }];
  return [];
}

const STREAM_DESCRIPTION = `Server-Sent Events (\`text/event-stream\`). The stream starts with \`retry: <ms>\`, then, when resuming,
the events missed since \`Last-Event-ID\` (or \`?lastEventId=\`) in order, then \`event: ready\`, then live events.

Each domain event is one frame:

    id: <event id>
    event: <event type>
    data: {"id","type","workerId","at","data"}

whose data is a \`StreamEventResponse\` (as in \`GET /api/events\`): \`data\` is the payload schema of its \`type\`
(\`<Name>EventData\`, e.g. \`WorkerStatusChangedEventData\` for \`worker.status-changed\`).

An event addressed to one person (\`notification.created\`, whose \`data.recipient\` names them) is sent only to
that person's streams; \`GET /api/events\` leaves out those addressed to others as well.

Control frames carry no \`id\`: \`heartbeat\` (every SSE_HEARTBEAT_SECONDS), \`ready\` (live from here on),
\`resync\` (too much was missed to replay: refetch what you show), \`overflow\` (the client read too slowly and is
disconnected) and \`auth.expired\` (the session ended or the token expired; the stream then closes).
Reading the stream does not extend a console session.

A caller may hold SSE_MAX_STREAMS_PER_IDENTITY streams open on one app instance (default 10), and an instance serves
SSE_MAX_STREAMS_PER_INSTANCE in all (default 1000); one more is refused with 429 \`EVENTS.TOO_MANY_STREAMS\` and
Retry-After (\`details.limit\` is \`per-identity\` or \`per-instance\`). A closed stream frees its slot.`;

@ApiTags('events')
// The stream's frames carry a StreamEventResponse (published for clients, though no JSON route answers with it).
@ApiExtraModels(StreamEventResponse)
@Controller('events')
export class EventsController {
  constructor(
    private readonly streams: EventStreamService,
    private readonly queries: QueryBus,
    private readonly access: AccessRecheck,
  ) {}

  @Get('stream')
  @RequireRole('user')
  @DoesNotExtendSession()
  @ApiOperation({ summary: 'The live event stream (SSE), resumable with Last-Event-ID', description: STREAM_DESCRIPTION })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id (browsers send it when they reconnect)' })
  // Only the stream itself is text/event-stream; refusals are problem details like everywhere else.
  @ApiOkResponse({
    description: 'The stream; it stays open until the client leaves, the session ends or the client falls too far behind',
    content: { 'text/event-stream': { schema: { type: 'string', example: 'id: 0193b2c4-5d6e-7000-8000-00000000abcd\nevent: worker.status-changed\ndata: {"id":"0193b2c4-5d6e-7000-8000-00000000abcd","type":"worker.status-changed","workerId":"0193b2c4-1111-7000-8000-000000000001","at":"2026-11-25T10:00:00.000Z","data":{"from":"running","to":"stopping","trigger":"user","reason":"stop requested"}}\n\n' } } },
  })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Unknown event type, malformed worker id or event id' })
  @ApiTooManyRequestsResponse({
    type: ProblemDetails,
    description: 'EVENTS.TOO_MANY_STREAMS: the caller already holds SSE_MAX_STREAMS_PER_IDENTITY open streams on this instance, or the instance serves SSE_MAX_STREAMS_PER_INSTANCE (`details.limit` says which); Retry-After in seconds',
  })
  async stream(
    @Query() q: StreamQueryDto,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @CurrentIdentity() identity: Identity,
    @Req() req: AuthenticatedRequest,
    @Res() res: Response,
  ): Promise<void> {
    const filter = filterOf(q).forViewer(identity.username);
    const header = lastEventIdHeader?.trim();
    if (header && !isEventId(header)) throw PlatformErrors.requestInvalid([{ field: 'Last-Event-ID', messages: [LAST_EVENT_ID_MESSAGE] }]);
    const lastEventId = (header || q.lastEventId)?.toLowerCase();
    // Before the response starts, so a refusal is still a problem (429) and not a broken stream.
    const slot = this.streams.admit(`${identity.kind}:${identity.id}`);
    try {
      await this.streams.open(openSseResponse(req, res), {
        filter,
        lastEventId,
        expiresAt: identity.via === 'bearer' ? new Date(identity.expiresAt) : undefined,
        stillAuthorised: () => this.access.stillAllowed(req, 'user'),
        slot,
      });
    } catch (err) {
      slot.release();
      throw err;
    }
  }

  @Get()
  @RequireRole('user')
  @DoesNotExtendSession()
  @ApiOperation({
    summary: 'Events from the log',
    description:
      'The fleet activity: filtered by worker, type, who caused them (`actor`) and when they occurred (`from`, `to`). ' +
      'With `after`: the events that followed it, oldest first (catch-up). With `before`: the events before it, newest first (paging back; pass `nextBefore`). ' +
      'Without either: the newest `limit` events, oldest first or, with `order=newest-first`, newest first. Same worker and type filters and event shape as the stream, plus `actor`. ' +
      '`GET /api/events.csv` exports the same filter.',
  })
  @ApiOkResponse({ type: EventListingResponse, description: 'Events in the order asked for, and where to continue either way' })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: an unknown type, a malformed worker id, event id or time, `to` before `from`, `after` with `before`' })
  async list(@Query() q: ListEventsQueryDto, @CurrentIdentity() identity: Identity): Promise<Presented<EventListingResponse>> {
    const filter = filterOf(q).forViewer(identity.username);
    const narrowing = narrowingOf(q);
    const problems = cursorProblems(q);
    if (problems.length) throw PlatformErrors.requestInvalid(problems);
    return toEventListingResponse(
      await this.queries.execute<ListEventsQuery, EventListing>(new ListEventsQuery(filter, q.after?.toLowerCase(), q.limit ?? 100, narrowing, q.before?.toLowerCase(), q.order === 'newest-first')),
    );
  }
}


