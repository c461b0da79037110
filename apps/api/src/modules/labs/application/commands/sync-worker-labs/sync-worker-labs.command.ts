import type { Actor } from '#kernel';

/** Read every lab of the worker's controller and bring the lab records in line with it. */
export class SyncWorkerLabsCommand {
  constructor(
    readonly workerId: string,
    readonly actor: Actor,
  ) {}
}

export interface LabSyncResult {
  workerId: string;
  /** Records created for labs seen for the first time (or seen again after they had disappeared). */
  created: number;
  /** Records whose facts or state changed. */
  updated: number;
  /** Records of labs that disappeared from the controller. */
  removed: number;
  /** Records that were already right (only their last-synced time moved). */
  unchanged: number;
  syncedAt: string;
}
