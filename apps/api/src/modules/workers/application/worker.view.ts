import type { WorkerStatus } from '#kernel';
import type { StartupEstimate } from '../domain/boot-to-ready.rule.js';
import type { CmlFreshness, NextStatusCheck } from '../domain/status-follow.rule.js';
import type { WorkerState } from '../domain/worker.state.js';

/** A worker as the API shows it (the read model); no secrets. */
export interface WorkerView extends Omit<WorkerState, 'cml'> {
  id: string;
  version: number;
  cml: WorkerState['cml'] & { freshness?: CmlFreshness };
  /** When EC2 is read next (set by the queries, at the moment of the read). */
  nextStatusCheck?: NextStatusCheck;
  /** While a start is under way: when the controller is expected to answer (set by the queries). */
  startup?: StartupEstimate;
}

export type WorkerSortField = 'name' | 'status' | 'region' | 'instanceType' | 'createdAt' | 'updatedAt' | 'cpu' | 'memory' | 'disk' | 'runningNodes';

export interface WorkerListFilter {
  region?: string;
  statuses?: WorkerStatus[];
  q?: string;
  includeTerminated: boolean;
  includeUnregistered: boolean;
  page: number;
  pageSize: number;
  sort: { field: WorkerSortField; direction: 1 | -1 };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Counts for the fleet header: by status, and how many cost money right now. */
export interface FleetSummary {
  total: number;
  byStatus: Partial<Record<WorkerStatus, number>>;
  /** pending + running + stopping: instances EC2 bills by the hour. */
  billable: number;
}

/** What lists of other things (labs) show of their worker. */
/** What a collection cycle needs of a worker before it reads EC2 and the controller (a projection of the document). */
export interface CollectionTarget extends Pick<WorkerView, 'id' | 'name' | 'region' | 'status' | 'instanceId' | 'endpoint' | 'endpointOverride'> {
  idle?: { lastActivityCheckAt?: string };
}

export interface WorkerBrief {
  name: string;
  status: WorkerStatus;
}
