import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlatformErrors } from '../../../../platform/platform.errors.js';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { AccessRecheck, type AuthenticatedRequest, CurrentIdentity, DoesNotExtendSession, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { type EventListing, ListEventsQuery } from '../../application/queries/list-events/list-events.query.js';
import { EventStreamService } from '../../application/stream/event-stream.service.js';
import { StreamFilter } from '../../domain/stream-filter.value-object.js';
import { type EventFilterQueryDto, isEventId, LAST_EVENT_ID_MESSAGE, ListEventsQueryDto, StreamQueryDto } from './events-request.dto.js';
import { EventListingResponse } from './events-response.dto.js';
import { toEventListingResponse } from './event.presenter.js';
import { openSseResponse } from './sse-response.js';

function filterOf(q: EventFilterQueryDto): StreamFilter {
  const { filter, problems } = StreamFilter.parse(q);
  if (problems.length) throw PlatformErrors.requestInvalid(problems);
  return filter;
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
    description: 'With `after`: the events that followed it, oldest first (catch-up). Without: the newest `limit` events, oldest first. Same filters and event shape as the stream.',
  })
  @ApiOkResponse({ type: EventListingResponse, description: 'Events, oldest first, and where to continue' })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async list(@Query() q: ListEventsQueryDto, @CurrentIdentity() identity: Identity): Promise<Presented<EventListingResponse>> {
    return toEventListingResponse(await this.queries.execute<ListEventsQuery, EventListing>(new ListEventsQuery(filterOf(q).forViewer(identity.username), q.after?.toLowerCase(), q.limit ?? 100)));
  }
}
