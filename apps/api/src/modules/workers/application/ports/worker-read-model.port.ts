import type { WorkerStatus } from '#kernel';
import type { CollectionTarget, FleetSummary, Page, WorkerBrief, WorkerListFilter, WorkerView } from '../worker.view.js';

/** Reads the workers read model (filtering, sorting and paging happen in the database). */
export abstract class WorkerReadModel {
  abstract list(filter: WorkerListFilter): Promise<Page<WorkerView>>;
  abstract get(id: string): Promise<WorkerView | undefined>;
  abstract summary(region?: string): Promise<FleetSummary>;
  /** Every managed worker in one of `statuses`, oldest first, read in one pass (fleet-wide jobs; no paging, no count). */
  abstract allManaged(statuses: WorkerStatus[]): Promise<WorkerView[]>;
  /**
   * Like `allManaged`, but only what a collection cycle needs before it has read EC2 and the
   * controllers: the whole documents are read later, a batch at a time, when they are written.
   */
  abstract collectionTargets(statuses: WorkerStatus[]): Promise<CollectionTarget[]>;
  /** Ids of the workers whose capacity fallback has a try due at `now` (the `capacity-fallback` job). */
  abstract capacityFallbacksDue(now: Date): Promise<string[]>;
  /** Name and status of the given workers in one read; unknown ids are left out. */
  abstract briefs(ids: string[]): Promise<Map<string, WorkerBrief>>;
  /** Managed workers of a region by instance id (for discovery and import). */
  abstract managedByInstance(region: string, instanceIds?: string[]): Promise<Map<string, { id: string; name: string }>>;
}
