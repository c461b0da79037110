import type { CmlObservation } from '../../domain/worker.aggregate.js';

export interface CmlTarget {
  name: string;
  instanceId?: string;
  endpoint?: string;
}

/** Reads a worker's CML controller (system information, health, stats, licensing). */
export abstract class CmlControllerPort {
  /** Never throws for controller trouble: an unreachable or broken controller is an observation too. */
  abstract observe(target: CmlTarget): Promise<CmlObservation>;
}
