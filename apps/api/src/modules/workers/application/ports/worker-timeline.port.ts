import type { EventEnvelope } from '#kernel';

/** A worker's stored events (audit timeline), including ones written but not yet relayed. */
export abstract class WorkerTimeline {
  /** Newest first; undefined when the worker does not exist. `hideSystem`: types left out when the system caused them. */
  abstract events(workerId: string, page: number, pageSize: number, hideSystem?: readonly string[]): Promise<{ items: EventEnvelope[]; total: number } | undefined>;
}
