import type { Actor } from '#kernel';
import type { LabFacts, LabPresence, StateHistoryEntry } from '../domain/lab-record.aggregate.js';

/** A lab record as the API shows it (the read model): what the controller reports, plus the record's own facts. */
export interface LabView extends LabFacts {
  id: string;
  workerId: string;
  /** Absent when the worker record cannot be found any more. */
  workerName?: string;
  /** The worker's status: a lab of a worker that is not running is shown as last seen (`lastSyncedAt`). */
  workerStatus?: string;
  labId: string;
  presence: LabPresence;
  /** Only on single records; lists leave it out. */
  stateHistory?: StateHistoryEntry[];
  firstSeenAt: string;
  lastSyncedAt: string;
  updatedAt: string;
  importedAt?: string;
  importedBy?: Actor;
  removedAt?: string;
  deletedAt?: string;
  deletedBy?: Actor;
  version: number;
}

export const LAB_SORT_FIELDS = ['title', 'state', 'owner', 'nodes', 'links', 'created', 'modified', 'lastSynced'] as const;
export type LabSortField = (typeof LAB_SORT_FIELDS)[number];

export interface LabListFilter {
  workerId?: string;
  states?: string[];
  owner?: string;
  /** Searched in titles (case-insensitive). */
  q?: string;
  /** Also list records of labs that were removed from, or deleted on, their controller. */
  includeGone: boolean;
  page: number;
  pageSize: number;
  sort: { field: LabSortField; direction: 1 | -1 };
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Reads the lab records (filtering, sorting and paging happen in the database). */
export abstract class LabReadModel {
  abstract list(filter: LabListFilter): Promise<Page<LabView>>;
  abstract get(workerId: string, labId: string): Promise<LabView | undefined>;
}
