import type { LabRecord } from './lab-record.aggregate.js';

/** Loads and stores LabRecord aggregates (one per worker and CML lab). */
export abstract class LabRecordRepository {
  abstract find(workerId: string, labId: string): Promise<LabRecord | undefined>;
  /** The worker's records that are present, plus any (removed or deleted) whose lab id is in `labIds`. */
  abstract forSync(workerId: string, labIds: string[]): Promise<LabRecord[]>;
  /**
   * Writes state and pending events atomically. A record another writer changed, or created,
   * meanwhile is a ConcurrencyError, so callers retry the whole unit with retryOnConflict.
   */
  abstract save(record: LabRecord): Promise<void>;
}
