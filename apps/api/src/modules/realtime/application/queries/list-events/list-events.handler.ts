import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { toStreamEvent } from '../../../domain/stream-event.js';
import { EventHistory, historyQueryOf } from '../../ports/event-history.port.js';
import { type EventListing, ListEventsQuery } from './list-events.query.js';

/** Events for the fleet activity page, for debugging and for the console to catch up without the stream. */
@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery, EventListing> {
  constructor(private readonly history: EventHistory) {}

  async execute({ filter, after, limit, narrowing, before, newestFirst }: ListEventsQuery): Promise<EventListing> {
    const query = { ...historyQueryOf(filter), ...narrowing, before };
    if (after) {
      const events = await this.history.after(after, limit, query);
      return { items: this.shown(filter, events), nextAfter: events.at(-1)?.id ?? after, nextBefore: null };
    }
    // Newest first as read; a full page may have older events behind it.
    const newest = await this.history.latest(limit, query);
    const nextBefore = newest.length === limit ? (newest.at(-1)?.id ?? null) : null;
    const events = newestFirst || before ? newest : [...newest].reverse();
    return { items: this.shown(filter, events), nextAfter: newest[0]?.id ?? null, nextBefore };
  }

  // Events addressed to someone else are left out after the read; paging continues from the events read.
  private shown(filter: ListEventsQuery['filter'], events: Parameters<typeof toStreamEvent>[0][]): EventListing['items'] {
    return events.filter((e) => filter.visible(e)).map((e) => ({ ...toStreamEvent(e), actor: { kind: e.actor.kind, id: e.actor.id, name: e.actor.name } }));
  }
}
