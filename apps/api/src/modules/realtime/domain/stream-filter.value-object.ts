import { EVENT_TYPES, type EventEnvelope, type EventType, isEventType } from '#kernel';

/** A field the caller got wrong and why, in the words the API answers with. */
export interface FilterProblem {
  field: string;
  messages: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_WORKER_IDS = 100;
const MAX_TYPE_PATTERNS = 50;

/** Payload fields through which an event names the worker it concerns without being about the worker aggregate itself (lab events). */
export const WORKER_REFERENCE_FIELDS: readonly string[] = ['workerId'];

/** The payload field naming the one person an event is for (ADR 0036). */
export const RECIPIENT_FIELD = 'recipient';

function split(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Which events a subscriber wants: some workers (by aggregate id, or named as `data.workerId`)
 * and some types (exact, or a prefix ending in `*` such as `worker.*`). Empty means everything.
 */
export class StreamFilter {
  private constructor(
    readonly workerIds: readonly string[],
    private readonly exactTypes: ReadonlySet<string>,
    private readonly typePrefixes: readonly string[],
    /** Who reads: events addressed to one person (`data.recipient`, e.g. `notification.created`) reach only them. */
    readonly viewer?: string,
  ) {}

  static readonly everything = new StreamFilter([], new Set(), []);

  /** Parses the comma-separated query values; unknown types and malformed ids are problems, not silently ignored. */
  static parse(input: { workerIds?: string; types?: string }): { filter: StreamFilter; problems: FilterProblem[] } {
    const problems: FilterProblem[] = [];
    const workerIds = [...new Set(split(input.workerIds).map((id) => id.toLowerCase()))];
    const badIds = workerIds.filter((id) => !UUID.test(id));
    if (badIds.length) problems.push({ field: 'workerIds', messages: [`workerIds must be worker ids (UUIDs), comma-separated; not ${badIds.slice(0, 3).join(', ')}`] });
    if (workerIds.length > MAX_WORKER_IDS) problems.push({ field: 'workerIds', messages: [`workerIds may name at most ${MAX_WORKER_IDS} workers`] });

    const exact = new Set<string>();
    const prefixes: string[] = [];
    const unknown: string[] = [];
    const patterns = [...new Set(split(input.types))];
    for (const pattern of patterns) {
      if (pattern.endsWith('*')) {
        const prefix = pattern.slice(0, -1);
        if (prefix.includes('*') || !EVENT_TYPES.some((t) => t.startsWith(prefix))) unknown.push(pattern);
        else prefixes.push(prefix);
      } else if (isEventType(pattern)) {
        exact.add(pattern);
      } else {
        unknown.push(pattern);
      }
    }
    if (unknown.length) {
      problems.push({
        field: 'types',
        messages: [`types must be event types or prefixes ending in * (such as worker.*); unknown: ${unknown.slice(0, 5).join(', ')}. Known types: ${EVENT_TYPES.join(', ')}`],
      });
    }
    if (patterns.length > MAX_TYPE_PATTERNS) problems.push({ field: 'types', messages: [`types may list at most ${MAX_TYPE_PATTERNS} entries`] });
    // A prefix of '' (the pattern '*') matches everything: no type filter at all.
    const filter = prefixes.includes('') ? new StreamFilter(workerIds, new Set(), []) : new StreamFilter(workerIds, exact, prefixes);
    return { filter, problems };
  }

  /** The same filter for `viewer`'s eyes: events addressed to someone else are left out. */
  forViewer(viewer: string): StreamFilter {
    return new StreamFilter(this.workerIds, this.exactTypes, this.typePrefixes, viewer);
  }

  /** False for an event addressed to one person (`data.recipient`) when that is not the viewer (or no viewer is known). */
  visible(event: Pick<EventEnvelope, 'data'>): boolean {
    const recipient = (event.data as Record<string, unknown> | undefined)?.[RECIPIENT_FIELD];
    return typeof recipient !== 'string' || recipient === this.viewer;
  }

  get filtersTypes(): boolean {
    return this.exactTypes.size > 0 || this.typePrefixes.length > 0;
  }

  /** The exact event types this filter lets through (all of them when it does not filter by type). */
  eventTypes(): EventType[] {
    return EVENT_TYPES.filter((t) => this.matchesType(t));
  }

  matchesType(type: string): boolean {
    if (!this.filtersTypes) return true;
    return this.exactTypes.has(type) || this.typePrefixes.some((p) => type.startsWith(p));
  }

  matchesWorker(event: Pick<EventEnvelope, 'aggregateId' | 'data'>): boolean {
    if (this.workerIds.length === 0) return true;
    if (this.workerIds.includes(event.aggregateId.toLowerCase())) return true;
    const data = event.data as Record<string, unknown> | undefined;
    return WORKER_REFERENCE_FIELDS.some((field) => {
      const value = data?.[field];
      return typeof value === 'string' && this.workerIds.includes(value.toLowerCase());
    });
  }

  matches(event: Pick<EventEnvelope, 'type' | 'aggregateId' | 'data'>): boolean {
    return this.matchesType(event.type) && this.matchesWorker(event) && this.visible(event);
  }
}
