import type { Worker } from './worker.aggregate.js';

/** Loads and stores Worker aggregates. */
export abstract class WorkerRepository {
  abstract newId(): string;
  abstract findById(id: string): Promise<Worker | undefined>;
  /** Like findById, but an unknown id is WORKER.NOT_FOUND (404). */
  abstract get(id: string): Promise<Worker>;
  /** Many workers in one read (unknown ids are left out of the map); for fleet-wide batch work. */
  abstract getMany(ids: readonly string[]): Promise<Map<string, Worker>>;
  /**
   * Writes state and pending events atomically. A second managed worker for the same
   * (region, instance id) is refused with IMPORT.ALREADY_REGISTERED naming the existing worker.
   * `grouped`: written together with the other grouped saves of the moment (a fleet-wide cycle), same guarantees.
   */
  abstract save(worker: Worker, options?: { grouped?: boolean }): Promise<void>;
}
