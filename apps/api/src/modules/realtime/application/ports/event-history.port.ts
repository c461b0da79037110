import type { EventEnvelope, EventType } from '#kernel';
import type { StreamFilter } from '../../domain/stream-filter.value-object.js';

/** A filter the event log applies itself. */
export interface HistoryQuery {
  types?: EventType[];
  /** Events of these workers, or naming them (lab events' `data.workerId`). */
  workerIds?: string[];
  /** Caused by this actor (its id or its name, exactly). */
  actor?: string;
  /** Occurred at or after this moment (ISO 8601). */
  from?: string;
  /** Occurred at or before this moment (ISO 8601). */
  to?: string;
  /** Only events with ids below this one (a newest-first cursor). */
  before?: string;
}

/** The durable, time-ordered log of every domain event, read for resuming streams and publishing CloudEvents. */
export abstract class EventHistory {
  /** Events after `afterId` (all when undefined), oldest first. */
  abstract after(afterId: string | undefined, limit: number, query?: HistoryQuery): Promise<EventEnvelope[]>;
  /** How many events `after` would return, counting no further than `max`. */
  abstract countAfter(afterId: string | undefined, max: number, query?: HistoryQuery): Promise<number>;
  /** The newest events, newest first (with `query.before`, the newest of those before it). */
  abstract latest(limit: number, query?: HistoryQuery): Promise<EventEnvelope[]>;
  /**
   * When the event `id` reached the log: undefined when the log does not hold it, null when it was
   * logged before the log recorded that.
   */
  abstract recordedAt(id: string): Promise<string | null | undefined>;
  /**
   * Events with ids before `beforeId` that reached the log at or after `recordedSince` (they
   * committed after later events), oldest first.
   */
  abstract recordedLate(beforeId: string, recordedSince: string, limit: number, query?: HistoryQuery): Promise<EventEnvelope[]>;
}

/** The part of a subscriber's filter the log can apply. */
export function historyQueryOf(filter: StreamFilter): HistoryQuery {
  return {
    types: filter.filtersTypes ? filter.eventTypes() : undefined,
    workerIds: filter.workerIds.length ? [...filter.workerIds] : undefined,
  };
}
