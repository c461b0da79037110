import type { ActivitySource } from '../../domain/idle.rule.js';
import type { CmlObservation } from '../../domain/cml-observation.value-object.js';
import type { CmlTarget } from './cml-controller.port.js';

export interface CmlCycleResult {
  /** Service status and telemetry (from system_stats). */
  observation: CmlObservation;
  /** Lab id -> state (from the lab tiles), when the controller answered. */
  labStates?: Record<string, string>;
  /** The newest human activity after `since` in the controller's telemetry. */
  latestActivity?: { at: string; source: ActivitySource };
}

/**
 * What the collection cycle reads from a running controller: at most three calls (stats, lab
 * tiles, telemetry events), sent together, with the token reused across cycles.
 */
export abstract class CmlCyclePort {
  abstract collect(target: CmlTarget, since?: string): Promise<CmlCycleResult>;
}
