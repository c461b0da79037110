import type { LabWorker } from '../../domain/lab-worker.rule.js';

/** The workers the labs module works on (backed by the workers module's public facade). */
export abstract class WorkerDirectory {
  /** One worker; WORKER.NOT_FOUND (404) when unknown. */
  abstract get(workerId: string): Promise<LabWorker>;
  /** Name and status of the given workers, in one read (unknown ids are left out). */
  abstract briefs(workerIds: string[]): Promise<Map<string, { name: string; status: string }>>;
}
