import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStreamEvent } from '../../../domain/stream-event.js';
import { EventHistory, historyQueryOf } from '../../ports/event-history.port.js';
import { type EventListing, ListEventsQuery } from './list-events.query.js';

/** Recent events for debugging and for the console to catch up without the stream. */
@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery, EventListing> {
  constructor(private readonly history: EventHistory) {}

  async execute({ filter, after, limit }: ListEventsQuery): Promise<EventListing> {
    const query = historyQueryOf(filter);
    const events = after ? await this.history.after(after, limit, query) : (await this.history.latest(limit, query)).reverse();
    // Events addressed to someone else are left out after the read; paging continues after the last one read.
    const items = events.filter((e) => filter.visible(e)).map(toStreamEvent);
    return { items, nextAfter: events.at(-1)?.id ?? after ?? null };
  }
}
