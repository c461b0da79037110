import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { csvLine } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import { CurrentIdentity, DoesNotExtendSession, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { type EventListing, type LoggedEvent, ListEventsQuery } from '../../application/queries/list-events/list-events.query.js';
import { EventNarrowingQueryDto } from './events-request.dto.js';
import { filterOf, narrowingOf } from './events.controller.js';

/** Rows read from the log per round trip while the CSV streams out. */
const CSV_PAGE = 500;
/** The most events one export holds (the newest); narrow the time range for older ones. */
export const EVENTS_CSV_MAX_ROWS = 100_000;

export const EVENTS_CSV_COLUMNS = ['event_id', 'occurred_at_utc', 'type', 'worker_id', 'actor_kind', 'actor_id', 'actor_name', 'data_json'] as const;

/** One event as a CSV row: its payload as JSON (a spreadsheet can split it, a program can parse it). */
export function eventCsvRow(e: LoggedEvent): string {
  return csvLine([e.id, e.at, e.type, e.workerId, e.actor.kind, e.actor.id, e.actor.name, JSON.stringify(e.data)]);
}

/** The event log as CSV, with the filters of `GET /api/events`. */
@ApiTags('events')
@Controller('events.csv')
export class EventsCsvController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRole('user')
  @DoesNotExtendSession()
  @ApiOperation({
    summary: 'Events from the log as CSV',
    description: `The filter of \`GET /api/events\` (workerIds, types, actor, from, to), newest first, at most ${EVENTS_CSV_MAX_ROWS} events (narrow the time range for more). Columns: ${EVENTS_CSV_COLUMNS.join(', ')}; \`data_json\` is the payload as JSON. Read from the log and written out page by page.`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, a header row first', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID: an unknown type, a malformed worker id or time, `to` before `from`' })
  async csv(@Query() q: EventNarrowingQueryDto, @CurrentIdentity() identity: Identity, @Res() res: Response): Promise<void> {
    const filter = filterOf(q).forViewer(identity.username);
    const narrowing = narrowingOf(q);
    res.setHeader('Content-Disposition', 'attachment; filename="events.csv"');
    res.type('text/csv; charset=utf-8');
    let closed = false;
    res.on('close', () => (closed = true));
    res.write(csvLine(EVENTS_CSV_COLUMNS));
    let before: string | undefined;
    let written = 0;
    while (!closed && written < EVENTS_CSV_MAX_ROWS) {
      const page = await this.queries.execute<ListEventsQuery, EventListing>(new ListEventsQuery(filter, undefined, Math.min(CSV_PAGE, EVENTS_CSV_MAX_ROWS - written), narrowing, before, true));
      const chunk = page.items.map(eventCsvRow).join('');
      written += page.items.length;
      // Wait for the client to take what it has before reading more: memory stays one page whatever the log holds.
      if (chunk && !res.write(chunk) && !closed) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (!page.nextBefore) break;
      before = page.nextBefore;
    }
    res.end();
  }
}
