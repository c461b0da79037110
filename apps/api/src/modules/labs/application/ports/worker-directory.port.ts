import type { LabWorker } from '../../domain/lab-worker.rule.js';

/** The workers the labs module works on (backed by the workers module's public facade). */
export abstract class WorkerDirectory {
  /** One worker; WORKER.NOT_FOUND (404) when unknown. */
  abstract get(workerId: string): Promise<LabWorker>;
  /** Names of the given workers (unknown ids are left out). */
  abstract names(workerIds: string[]): Promise<Map<string, string>>;
}
