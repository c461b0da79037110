import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { EventListing, LoggedEvent } from '../../application/queries/list-events/list-events.query.js';
import type { StreamEvent } from '../../domain/stream-event.js';
import type { EventListingResponse, LoggedEventResponse, StreamEventResponse } from './events-response.dto.js';

/** An event as the listing shows it: the same fields as a stream frame's data. */
export function toStreamEventResponse(e: StreamEvent): StreamEventResponse {
  // The payload as the event map declares it for `type` (toStreamEvent only drops secret-named keys, which payloads never have).
  return { id: e.id, type: e.type, workerId: e.workerId, at: e.at, data: e.data as StreamEventResponse['data'] };
}

/** An event of the log with who caused it. */
export function toLoggedEventResponse(e: LoggedEvent): LoggedEventResponse {
  return { ...toStreamEventResponse(e), actor: { kind: e.actor.kind, id: e.actor.id, name: e.actor.name } };
}

export function toEventListingResponse(listing: EventListing): Presented<EventListingResponse> {
  return present<EventListingResponse>({ items: listing.items.map(toLoggedEventResponse), nextAfter: listing.nextAfter, nextBefore: listing.nextBefore });
}
