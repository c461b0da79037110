import type { CmlObservation } from '../../domain/cml-observation.value-object.js';

export interface CmlTarget {
  name: string;
  instanceId?: string;
  endpoint?: string;
  /** Why there is no endpoint although one was given (an invalid `cml-endpoint` tag). */
  endpointProblem?: string;
}

/** Reads a worker's CML controller (system information, health, stats, licensing). */
export abstract class CmlControllerPort {
  /**
   * Never throws for controller trouble: an unreachable or broken controller is an observation too.
   * `probe`: a person asked for this read, so a controller whose circuit is open is tried anyway.
   */
  abstract observe(target: CmlTarget, options?: { probe?: boolean }): Promise<CmlObservation>;
}
