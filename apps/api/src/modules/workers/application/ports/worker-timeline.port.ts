import type { EventEnvelope } from '#kernel';

/** A worker's stored events (audit timeline), including ones written but not yet relayed. */
export abstract class WorkerTimeline {
  /** Newest first; undefined when the worker does not exist. */
  abstract events(workerId: string, page: number, pageSize: number): Promise<{ items: EventEnvelope[]; total: number } | undefined>;
}
