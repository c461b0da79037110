import type { StreamEvent } from '../../../domain/stream-event.js';
import type { StreamFilter } from '../../../domain/stream-filter.value-object.js';

export interface EventListing {
  /** Oldest first. */
  items: StreamEvent[];
  /** Pass as `after` to get what follows (the last item's id; `after` itself when nothing followed). */
  nextAfter: string | null;
}

/** Events from the log: those after an id (catch-up), or the newest ones. */
export class ListEventsQuery {
  constructor(
    readonly filter: StreamFilter,
    readonly after: string | undefined,
    readonly limit: number,
  ) {}
}
