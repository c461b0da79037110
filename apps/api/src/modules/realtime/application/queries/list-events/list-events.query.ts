import type { Actor } from '#kernel';
import type { StreamEvent } from '../../../domain/stream-event.js';
import type { StreamFilter } from '../../../domain/stream-filter.value-object.js';

/** An event as the log's listing shows it: the stream's fields and who caused it. */
export interface LoggedEvent extends StreamEvent {
  actor: Actor;
}

export interface EventListing {
  /** Oldest first; newest first when the query asked for that. */
  items: LoggedEvent[];
  /** Pass as `after` to get what follows (the newest id read; `after` itself when nothing followed). */
  nextAfter: string | null;
  /** Pass as `before` to get older events: the oldest id read when the page was full, null when nothing older matches. Null with `after`. */
  nextBefore: string | null;
}

/** Narrows a listing beyond the stream's filter: who caused the events and when they occurred (ISO 8601, both ends included). */
export interface EventNarrowing {
  actor?: string;
  from?: string;
  to?: string;
}

/**
 * Events from the log: those after an id (catch-up, oldest first), or the newest ones (oldest first,
 * or newest first with `newestFirst`), or those before an id (newest first: paging back).
 */
export class ListEventsQuery {
  constructor(
    readonly filter: StreamFilter,
    readonly after: string | undefined,
    readonly limit: number,
    readonly narrowing: EventNarrowing = {},
    readonly before?: string,
    readonly newestFirst = false,
  ) {}
}
