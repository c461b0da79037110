import type { Actor, ServiceStatusName, WorkerStatusName } from '#kernel';
import type { CmlFreshness, NextStatusCheck } from '../domain/status-follow.rule.js';
import type { WorkerState } from '../domain/worker.aggregate.js';

/** A worker as the API shows it (the read model); no secrets. */
export interface WorkerView extends Omit<WorkerState, 'status' | 'serviceStatus' | 'provisioning' | 'cml'> {
  id: string;
  status: WorkerStatusName;
  serviceStatus: ServiceStatusName;
  version: number;
  provisioning?: WorkerState['provisioning'];
  cml: WorkerState['cml'] & { freshness?: CmlFreshness };
  /** When EC2 is read next (set by the queries, at the moment of the read). */
  nextStatusCheck?: NextStatusCheck;
}

export type WorkerSortField = 'name' | 'status' | 'region' | 'instanceType' | 'createdAt' | 'updatedAt' | 'cpu' | 'memory' | 'disk' | 'runningNodes';

export interface WorkerListFilter {
  region?: string;
  statuses?: WorkerStatusName[];
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
  byStatus: Partial<Record<WorkerStatusName, number>>;
  /** pending + running + stopping: instances EC2 bills by the hour. */
  billable: number;
}

/** What lists of other things (labs) show of their worker. */
export interface WorkerBrief {
  name: string;
  status: WorkerStatusName;
}

/** Reads the workers read model (filtering, sorting and paging happen in the database). */
export abstract class WorkerReadModel {
  abstract list(filter: WorkerListFilter): Promise<Page<WorkerView>>;
  abstract get(id: string): Promise<WorkerView | undefined>;
  abstract summary(region?: string): Promise<FleetSummary>;
  /** Every managed worker in one of `statuses`, oldest first, read in one pass (fleet-wide jobs; no paging, no count). */
  abstract allManaged(statuses: WorkerStatusName[]): Promise<WorkerView[]>;
  /** Name and status of the given workers in one read; unknown ids are left out. */
  abstract briefs(ids: string[]): Promise<Map<string, WorkerBrief>>;
  /** Managed workers of a region by instance id (for discovery and import). */
  abstract managedByInstance(region: string, instanceIds?: string[]): Promise<Map<string, { id: string; name: string }>>;
}

export type { Actor };
