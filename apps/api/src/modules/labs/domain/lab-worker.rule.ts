import { LabErrors } from './lab.errors.js';

/** The worker facts the labs module needs (from the workers module's facade). */
export interface LabWorker {
  id: string;
  name: string;
  status: string;
  managed: boolean;
  instanceId?: string;
  endpoint?: string;
}

/**
 * Lab actions reach the worker's controller, which only exists while the instance runs. The stored
 * service status is not consulted: it can be stale, and the controller's own answer (mapped to
 * LAB.CONTROLLER_UNAVAILABLE) is the better judge.
 */
export function ensureControllerUsable(worker: LabWorker): void {
  if (!worker.managed) throw LabErrors.workerNotManaged(worker);
  if (worker.status !== 'running') throw LabErrors.workerNotRunning(worker);
}
